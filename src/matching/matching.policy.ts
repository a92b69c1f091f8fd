import type { Actor } from '../accounts/actor.js';
import {
  anyActor,
  definePolicies,
  holdsRole,
  isAdmin,
  isMemberOf,
} from '../accounts/policy-rules.js';
import type { PartnershipResource } from '../partnerships/partnerships.policy.js';
import type { CandidateResource, OwnedResource } from '../people/people.policy.js';

const isSelf = (actor: Actor, c: CandidateResource) =>
  c.userId !== null && c.userId === actor.userId;

/**
 * Who sees matches. A person sees their own; a coordinator sees those of people who consented to
 * partnership matching. A vacancy's shortlist is for its employer and for coordinators; which
 * candidates appear in it is decided by consent (docs/matching.md#privacy).
 */
export const matchingPolicies = definePolicies({
  'match.forCandidate': (actor, c: CandidateResource) =>
    isSelf(actor, c) ||
    isAdmin(actor) ||
    (holdsRole(actor, 'coordinator') && c.consents.includes('partnership_matching')),
  'match.shortlist': (actor, v: OwnedResource) =>
    isAdmin(actor) || holdsRole(actor, 'coordinator') || isMemberOf(actor, v.organisationId),
  'match.readWeights': anyActor,
  'match.setWeights': (actor, p: PartnershipResource) =>
    isAdmin(actor) ||
    (holdsRole(actor, 'coordinator') && p.partyOrganisationIds.some((id) => isMemberOf(actor, id))),
});

/**
 * Whose eyes a shortlist is for: coordinators and administrators see every candidate who
 * consented to matching; anyone else (an employer) only those who also consented to sharing.
 */
export function shortlistAudience(actor: Actor): 'employer' | 'coordinator' {
  return isAdmin(actor) || holdsRole(actor, 'coordinator') ? 'coordinator' : 'employer';
}
