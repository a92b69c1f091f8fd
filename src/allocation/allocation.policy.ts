import { policyChecks, type Authorize, type Can } from '../accounts/policy.js';
import type { Actor } from '../accounts/actor.js';
import { definePolicies, isAdmin } from '../accounts/policy-rules.js';
import { coordinatesPartnership } from '../partnerships/partnerships.policy.js';

/** A partnership as the allocation rules see it: the organisations that are its parties. */
export interface AllocationResource {
  partyOrganisationIds: readonly string[];
}

/**
 * A coordinator of one of the partnership's parties (or an admin): allocation runs hold the
 * personal data of the whole cohort, so a coordinator role elsewhere is not enough.
 */
const coordinatesParty = (actor: Actor, p: AllocationResource) =>
  isAdmin(actor) || coordinatesPartnership(actor, p);

/** Who runs, reads and overrides a partnership's cohort allocations (docs/allocation.md). */
export const allocationPolicies = definePolicies({
  'allocation.run': coordinatesParty,
  'allocation.read': coordinatesParty,
  'allocation.override': coordinatesParty,
});

const checks = policyChecks(allocationPolicies);
/** Whether the actor may perform one of this area's actions. */
export const can: Can<typeof allocationPolicies> = checks.can;
/** 401 for anonymous actors, 403 when this area's policy refuses. */
export const authorize: Authorize<typeof allocationPolicies> = checks.authorize;
