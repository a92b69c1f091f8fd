import { forbidden, unauthenticated } from '../shared/errors.js';
import type { Actor } from './actor.js';
import { accountsPolicies } from './accounts.policy.js';
import { platformPolicies } from './platform.policy.js';
import { recognitionPolicies } from '../recognition/recognition.policy.js';
import { partnershipsPolicies } from '../partnerships/partnerships.policy.js';
import { peoplePolicies } from '../people/people.policy.js';
import { labourMarketPolicies } from '../labour-market/labour-market.policy.js';
import { allocationPolicies } from '../allocation/allocation.policy.js';
import { matchingPolicies } from '../matching/matching.policy.js';

export { definePolicies, holdsRole, isAdmin, isMemberOf, type Rule } from './policy-rules.js';

/**
 * Every policy of the platform, `entity.action → rule(actor, resource)`. Each area declares its
 * map with definePolicies in its own `<area>.policy.ts` and adds it here.
 */
export const policies = {
  ...accountsPolicies,
  ...platformPolicies,
  ...recognitionPolicies,
  ...partnershipsPolicies,
  ...peoplePolicies,
  ...labourMarketPolicies,
  ...allocationPolicies,
  ...matchingPolicies,
};

/** The name of an action some policy governs, e.g. `organisation.readMembers`. */
export type Action = keyof typeof policies;

/** The resource an action's rule needs, or `void` when it needs none. */
export type ResourceOf<A extends Action> = Parameters<(typeof policies)[A]>[1];

/** Resource argument: omitted for actions whose rule takes none. */
type ResourceArgs<A extends Action> = ResourceOf<A> extends void ? [] : [resource: ResourceOf<A>];

/** Whether the actor may perform the action; anonymous actors may do nothing that is governed. */
export function can<A extends Action>(
  actor: Actor | null,
  action: A,
  ...args: ResourceArgs<A>
): boolean {
  if (!actor) return false;
  const rule = policies[action] as (actor: Actor, resource: unknown) => boolean;
  return rule(actor, args[0]);
}

/** The actor, or unauthenticated (401) for an anonymous request. */
export function authenticated(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

/** Throws unauthenticated (401) for anonymous actors and forbidden (403) when the policy refuses. */
export function authorize<A extends Action>(
  actor: Actor | null,
  action: A,
  ...args: ResourceArgs<A>
): asserts actor is Actor {
  if (!actor) throw unauthenticated();
  if (!can(actor, action, ...args)) {
    throw forbidden('auth.forbidden', `You are not allowed to ${action}.`);
  }
}
