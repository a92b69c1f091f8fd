import type { Actor } from './actor.js';
import type { Role } from './roles.js';

/**
 * A policy rule: whether a logged-in actor may perform an action, given the resource it acts on.
 * Rules are pure; anonymous requests never reach them (authorize refuses them first).
 */
export type Rule<Resource = void> = (actor: Actor, resource: Resource) => boolean;

/** A map of `entity.action` names to rules, as each area declares them. */
// The rule parameter is deliberately loose here; each map keeps its own precise types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PolicyMap = Record<`${string}.${string}`, Rule<any>>;

/** Declares an area's policies, keeping each action's resource type. */
export function definePolicies<const P extends PolicyMap>(policies: P): P {
  return policies;
}

/** The actor holds one of these roles in at least one organisation. */
export function holdsRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.memberships.some((m) => roles.includes(m.role));
}

/** The actor is a platform administrator. */
export function isAdmin(actor: Actor): boolean {
  return holdsRole(actor, 'admin');
}

/** The actor belongs to the organisation (in any role). */
export function isMemberOf(actor: Actor, organisationId: string): boolean {
  return actor.memberships.some((m) => m.organisationId === organisationId);
}

/** Any logged-in user. */
export const anyActor: Rule = () => true;
