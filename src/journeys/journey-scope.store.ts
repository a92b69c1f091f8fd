import { eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.js';
import type { Database } from '../db/database.js';
import { requirePartnership } from '../partnerships/partnership.store.js';
import { programme } from '../people/people.schema.js';
import type { ListScope } from './journeys.queries.js';
import type { JourneyResource } from './journeys.policy.js';
import type { LoadedJourney } from './journey.store.js';

type Db = Pick<Database, 'select' | 'insert' | 'update' | 'delete'>;

/** A journey as its policy sees it: parties, person, provider of the programme, employer, stage. */
export async function journeyResource(db: Db, loaded: LoadedJourney): Promise<JourneyResource> {
  const partnership = await requirePartnership(db, loaded.row.partnershipId);
  let providerOrganisationId: string | null = null;
  if (loaded.row.programmeId) {
    const [p] = await db
      .select({ providerId: programme.providerId })
      .from(programme)
      .where(eq(programme.id, loaded.row.programmeId));
    providerOrganisationId = p?.providerId ?? null;
  }
  return {
    partyOrganisationIds: partnership.parties.map((p) => p.organisationId),
    personUserId: loaded.personUserId,
    providerOrganisationId,
    employerOrganisationId: loaded.row.employerId,
    stage: loaded.row.stage,
  };
}

/** Which journeys of a partnership the actor may list (see ListScope). */
export function listScopeOf(actor: Actor, coordinates: boolean): ListScope {
  const orgs = (roles: string[]) =>
    actor.memberships.filter((m) => roles.includes(m.role)).map((m) => m.organisationId);
  return {
    all: coordinates,
    personUserId: actor.userId,
    providerOrganisationIds: orgs(['trainer', 'coordinator']),
    employerOrganisationIds: orgs(['employer']),
  };
}
