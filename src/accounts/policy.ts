import { forbidden, unauthenticated } from '../shared/errors.js';
import type { Actor } from './actor.js';
import type { PolicyMap } from './policy-rules.js';

export {
  definePolicies,
  holdsRole,
  isAdmin,
  isMemberOf,
  type PolicyMap,
  type Rule,
} from './policy-rules.js';

/** The resource an action's rule needs, or `void` when it needs none. */
export type ResourceOf<P extends PolicyMap, A extends keyof P> = P[A] extends (
  ...args: infer Args
) => boolean
  ? Args[1]
  : never;

/** Resource argument: omitted for actions whose rule takes none. */
type ResourceArgs<P extends PolicyMap, A extends keyof P> =
  ResourceOf<P, A> extends void ? [] : [resource: ResourceOf<P, A>];

/** Whether the actor may perform one of the map's actions; anonymous actors may do nothing. */
export type Can<P extends PolicyMap> = <A extends keyof P & string>(
  actor: Actor | null,
  action: A,
  ...args: ResourceArgs<P, A>
) => boolean;

/** Throws unauthenticated (401) for anonymous actors and forbidden (403) when the rule refuses. */
export type Authorize<P extends PolicyMap> = <A extends keyof P & string>(
  actor: Actor | null,
  action: A,
  ...args: ResourceArgs<P, A>
) => asserts actor is Actor;

/**
 * The checks of one policy map. Each area binds its own map in its `<area>.policy.ts`
 * (`export const can: Can<typeof xPolicies> = policyChecks(xPolicies).can`), so no area needs the
 * registry of every policy: that lives in the composition root, `src/policies.ts`.
 */
export function policyChecks<P extends PolicyMap>(
  policies: P,
): { can: Can<P>; authorize: Authorize<P> } {
  const can: Can<P> = (actor, action, ...args) => {
    if (!actor) return false;
    const rule = policies[action] as (actor: Actor, resource: unknown) => boolean;
    return rule(actor, args[0]);
  };
  const authorize: Authorize<P> = (actor, action, ...args) => {
    if (!actor) throw unauthenticated();
    if (!can(actor, action, ...args)) {
      throw forbidden('auth.forbidden', `You are not allowed to ${action}.`);
    }
  };
  return { can, authorize };
}

/** The actor, or unauthenticated (401) for an anonymous request. */
export function authenticated(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}
