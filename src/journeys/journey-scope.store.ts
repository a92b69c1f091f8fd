import { and, eq, exists, inArray, or, sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.js';
import type { Database } from '../db/database.js';
import { requirePartnership, type PartnershipRecord } from '../partnerships/partnership.store.js';
import { partnershipSlotLink } from '../people/slot-links/slot-link.schema.js';
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

/**
 * Whether the programme belongs to the partnership: its provider is a party, or its link to the
 * partnership was accepted. A programme of anyone else would let its trainers see the journey.
 */
export async function programmeOfPartnership(
  db: Db,
  partnership: PartnershipRecord,
  programmeId: string,
): Promise<boolean> {
  const parties = partnership.parties.map((p) => p.organisationId);
  const [row] = await db
    .select({ id: programme.id })
    .from(programme)
    .where(
      and(
        eq(programme.id, programmeId),
        or(
          parties.length > 0 ? inArray(programme.providerId, parties) : sql`false`,
          exists(
            db
              .select({ one: sql`1` })
              .from(partnershipSlotLink)
              .where(
                and(
                  eq(partnershipSlotLink.partnershipId, partnership.id),
                  eq(partnershipSlotLink.programmeId, programme.id),
                  eq(partnershipSlotLink.status, 'accepted'),
                ),
              ),
          ),
        ),
      ),
    );
  return row !== undefined;
}
