import { policyChecks, type Authorize, type Can } from '../accounts/policy.js';
import type { Actor } from '../accounts/actor.js';
import { anyActor, definePolicies, isAdmin } from '../accounts/policy-rules.js';
import {
  coordinatesPartnership,
  type PartnershipResource,
} from '../partnerships/partnerships.policy.js';
import type { CohortPartnership } from '../people/candidates/candidate-scope.js';
import { actsFor, coordinatesCohortOf, type CandidateResource } from '../people/people.policy.js';

const isSelf = (actor: Actor, c: CandidateResource) =>
  c.userId !== null && c.userId === actor.userId;

/** A vacancy or programme as the shortlist rules see it. */
export interface OpeningResource {
  kind: 'vacancy' | 'programme';
  /** The employer (vacancy) or training provider (programme). */
  organisationId: string;
  /** The partnership the opening is a slot of, when it names one that exists. */
  partnership: CohortPartnership | null;
}

/** The roles that manage an opening inside its own organisation (as for writing it). */
const OWNER_ROLES = {
  vacancy: ['employer', 'coordinator'],
  programme: ['trainer', 'coordinator'],
} as const;

const coordinatesOpening = (actor: Actor, o: OpeningResource) =>
  o.partnership !== null && coordinatesPartnership(actor, o.partnership);

/**
 * Who sees matches. A person sees their own; a coordinator those of the people of the
 * partnerships they coordinate who consented to partnership matching. A shortlist is for the
 * opening's own staff (employer or trainer role there), the coordinators of its partnership and
 * admins; which candidates appear in it is decided by consent (docs/matching.md#privacy).
 */
export const matchingPolicies = definePolicies({
  'match.forCandidate': (actor, c: CandidateResource) =>
    isSelf(actor, c) || isAdmin(actor) || coordinatesCohortOf(actor, c),
  'match.shortlist': (actor, o: OpeningResource) =>
    isAdmin(actor) ||
    coordinatesOpening(actor, o) ||
    actsFor(actor, o.organisationId, ...OWNER_ROLES[o.kind]),
  'match.readWeights': anyActor,
  'match.setWeights': (actor, p: PartnershipResource) =>
    isAdmin(actor) || coordinatesPartnership(actor, p),
});

/** Whose eyes a shortlist is for, and where its people may live (absent: anywhere). */
export interface ShortlistAudience {
  audience: 'employer' | 'coordinator';
  residenceCountries?: readonly string[];
}

/**
 * Admins see every candidate who consented to matching; the coordinators of the opening's
 * partnership, those of its cohort (living where its corridors start); anyone else (the
 * opening's staff) only those who also consented to sharing with employers.
 */
export function shortlistAudience(actor: Actor, opening: OpeningResource): ShortlistAudience {
  if (isAdmin(actor)) return { audience: 'coordinator' };
  if (opening.partnership && coordinatesOpening(actor, opening)) {
    return { audience: 'coordinator', residenceCountries: opening.partnership.originCountries };
  }
  return { audience: 'employer' };
}

const checks = policyChecks(matchingPolicies);
/** Whether the actor may perform one of this area's actions. */
export const can: Can<typeof matchingPolicies> = checks.can;
/** 401 for anonymous actors, 403 when this area's policy refuses. */
export const authorize: Authorize<typeof matchingPolicies> = checks.authorize;
