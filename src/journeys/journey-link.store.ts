import { eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.js';
import { appUser } from '../accounts/accounts.schema.js';
import type { Database } from '../db/database.js';
import { partnership } from '../partnerships/partnerships.schema.js';
import { candidate, programme } from '../people/people.schema.js';
import { notFound, unauthenticated } from '../shared/errors.js';
import { evidenceInForce } from './journey-record.js';
import {
  recordEvidence,
  requireJourney,
  type Change,
  type EvidenceInput,
  type LoadedJourney,
} from './journey.store.js';
import { can, type JourneyStepResource } from './journey-steps.policy.js';
import { performersOf } from './journeys.policy.js';
import { orientationScope } from './orientation.store.js';
import { STAGE_INFO } from './stages.js';

type Reader = Pick<Database, 'select'>;

/**
 * A journey as its steps see it (the hook into J1's journey core): the loaded journey, who may
 * act on its steps, the corridor it travels and the person's preferred language.
 */
export interface StepJourney {
  loaded: LoadedJourney;
  resource: JourneyStepResource;
  corridor: { origin: string; destination: string } | null;
  /** The day the person arrived at destination, when the journey records it. */
  arrivedOn: string | null;
  residenceCountry: string;
  preferredLanguage: string | null;
}

/** Loads a journey for one of its steps; 404 when it does not exist or the actor may not see it. */
export async function loadStepJourney(
  db: Reader,
  journeyId: string,
  actor: Actor | null,
  action: 'journeyStep.read' | 'orientation.readProgress' = 'journeyStep.read',
): Promise<StepJourney> {
  // 401 before anything is looked up.
  if (!actor) throw unauthenticated();
  const loaded = await requireJourney(db, journeyId);
  const scope = await orientationScope(db, loaded.row.partnershipId);
  const [owner] = await db
    .select({ corridors: partnership.corridors })
    .from(partnership)
    .where(eq(partnership.id, loaded.row.partnershipId));
  const [person] = await db
    .select({ residenceCountry: candidate.residenceCountry, locale: appUser.locale })
    .from(candidate)
    .leftJoin(appUser, eq(appUser.id, candidate.userId))
    .where(eq(candidate.id, loaded.row.candidateId));
  const providerOfProgramme = loaded.row.programmeId
    ? (
        await db
          .select({ organisationId: programme.providerId })
          .from(programme)
          .where(eq(programme.id, loaded.row.programmeId))
      )[0]?.organisationId
    : undefined;
  const resource: JourneyStepResource = {
    partyOrganisationIds: scope.partyOrganisationIds,
    providerOrganisationIds: [
      ...new Set([
        ...scope.providerOrganisationIds,
        ...(providerOfProgramme ? [providerOfProgramme] : []),
      ]),
    ],
    personUserId: loaded.personUserId,
    employerOrganisationId: loaded.row.employerId,
    arrived: STAGE_INFO[loaded.state.stage].employerVisible,
  };
  // Anything the actor may not see answers 404, like a journey that does not exist.
  const visible =
    can(actor, action, resource) ||
    (action !== 'journeyStep.read' && can(actor, 'journeyStep.read', resource));
  if (!visible) throw notFound('journeys.unknown_journey', 'There is no such journey.');
  const residenceCountry = person?.residenceCountry ?? loaded.row.nationality;
  const corridors = owner?.corridors ?? [];
  const corridor =
    corridors.find((c) => c.origin === residenceCountry) ??
    corridors.find((c) => c.origin === loaded.row.nationality) ??
    corridors[0] ??
    null;
  const arrival = evidenceInForce(loaded.evidence).find((e) => e.kind === 'arrival_confirmed');
  return {
    loaded,
    resource,
    corridor: corridor ? { origin: corridor.origin, destination: corridor.destination } : null,
    arrivedOn: arrival?.occurredOn ?? loaded.state.entered.arrived ?? null,
    residenceCountry,
    preferredLanguage: person?.locale ?? null,
  };
}

/** The capacity an actor records a step in (`person`, `coordinator`, `employer`…). */
export function recordedAs(actor: Actor, j: StepJourney): string {
  const performers = performersOf(actor, {
    partyOrganisationIds: j.resource.partyOrganisationIds,
    personUserId: j.resource.personUserId,
    providerOrganisationId: j.resource.providerOrganisationIds[0] ?? null,
    employerOrganisationId: j.resource.employerOrganisationId,
    stage: j.loaded.state.stage,
  });
  return performers[0] ?? 'coordinator';
}

/** Records a step's evidence on the journey through the journey core (audited there). */
export async function recordStepEvidence(
  db: Database,
  j: StepJourney,
  inputs: readonly EvidenceInput[],
  actor: Actor,
  change: Change,
): Promise<void> {
  if (inputs.length === 0) return;
  await recordEvidence(db, j.loaded, inputs, recordedAs(actor, j), change);
}
