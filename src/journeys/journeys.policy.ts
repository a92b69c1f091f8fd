import { policyChecks, type Authorize, type Can } from '../accounts/policy.js';
import type { Actor } from '../accounts/actor.js';
import { definePolicies, isAdmin } from '../accounts/policy-rules.js';
import {
  coordinatesPartnership,
  type PartnershipResource,
} from '../partnerships/partnerships.policy.js';
import { STAGE_INFO, type Stage } from './stages.js';
import type { Performer } from './transitions.js';

/**
 * A journey as the rules see it: the partnership's parties, the person's account, the provider
 * of the person's programme, the employer of their job, and the stage it is at.
 */
export interface JourneyResource extends PartnershipResource {
  personUserId: string | null;
  providerOrganisationId: string | null;
  employerOrganisationId: string | null;
  stage: Stage;
}

const holdsAt = (actor: Actor, organisationId: string | null, roles: readonly string[]) =>
  organisationId !== null &&
  actor.memberships.some((m) => m.organisationId === organisationId && roles.includes(m.role));

/**
 * The capacities an actor holds on one journey (docs/journeys.md#who): the person themself; a
 * coordinator of one of the partnership's parties (or an admin); a trainer or coordinator of the
 * programme's provider while the journey is at a training stage; an employer-role member of the
 * employer from arrival on — never before.
 */
export function performersOf(actor: Actor, j: JourneyResource): Performer[] {
  const out: Performer[] = [];
  if (j.personUserId !== null && actor.userId === j.personUserId) out.push('person');
  if (isAdmin(actor) || coordinatesPartnership(actor, j)) out.push('coordinator');
  if (
    STAGE_INFO[j.stage].training &&
    holdsAt(actor, j.providerOrganisationId, ['trainer', 'coordinator'])
  )
    out.push('training_provider');
  if (STAGE_INFO[j.stage].employerVisible && holdsAt(actor, j.employerOrganisationId, ['employer']))
    out.push('employer');
  return out;
}

const involved = (actor: Actor, j: JourneyResource) => performersOf(actor, j).length > 0;
const coordinates = (actor: Actor, p: PartnershipResource) =>
  isAdmin(actor) || coordinatesPartnership(actor, p);

/** Who reads and moves journeys; anything else answers 404 (docs/journeys.md#who). */
export const journeysPolicies = definePolicies({
  'journey.read': involved,
  // Which moves each capacity may make is declared with the transitions (transitions.ts).
  'journey.advance': involved,
  'journey.recordEvidence': involved,
  'journey.correct': (actor, j: JourneyResource) => performersOf(actor, j).includes('coordinator'),
  'journey.open': coordinates,
  'journey.acceptRun': coordinates,
  'journey.cohort': coordinates,
});

const checks = policyChecks(journeysPolicies);
/** Whether the actor may perform one of this area's actions. */
export const can: Can<typeof journeysPolicies> = checks.can;
/** 401 for anonymous actors, 403 when this area's policy refuses. */
export const authorize: Authorize<typeof journeysPolicies> = checks.authorize;
