import type { Actor } from '../accounts/actor.js';
import {
  anyActor,
  definePolicies,
  holdsRole,
  isAdmin,
  isMemberOf,
} from '../accounts/policy-rules.js';

/** A partnership as the rules see it: who its parties are. */
export interface PartnershipResource {
  partyOrganisationIds: readonly string[];
}

/** An action of a plan: the partnership's parties and the organisation owning the action. */
export interface PlanActionResource extends PartnershipResource {
  ownerOrganisationId: string;
}

const isParty = (actor: Actor, p: PartnershipResource) =>
  p.partyOrganisationIds.some((id) => isMemberOf(actor, id));

const isCoordinator = (actor: Actor) => holdsRole(actor, 'coordinator');

/** A coordinator working for one of the partnership's parties (or an admin). */
const manages = (actor: Actor, p: PartnershipResource) =>
  isAdmin(actor) || (isCoordinator(actor) && isParty(actor, p));

/**
 * Access to a partnership follows party membership: members of a party organisation read it,
 * coordinators of a party manage it; coordinators anywhere may read it to build corridors.
 */
export const partnershipsPolicies = definePolicies({
  'partnership.list': anyActor,
  'partnership.create': (actor) => isAdmin(actor) || isCoordinator(actor),
  'partnership.read': (actor, p: PartnershipResource) =>
    isAdmin(actor) || isCoordinator(actor) || isParty(actor, p),
  'partnership.manage': manages,
  'partnership.updateAction': (actor, a: PlanActionResource) =>
    manages(actor, a) || isMemberOf(actor, a.ownerOrganisationId),
  'workshop.list': anyActor,
  'workshop.create': (actor) => isAdmin(actor) || isCoordinator(actor),
  // A delegation's ideas are submitted by people of the organisation that sends it.
  'workshop.submitIdea': (actor, delegation: { organisationId: string }) =>
    isAdmin(actor) || isMemberOf(actor, delegation.organisationId),
  // Crowdsourced evaluation: every participant but candidates scores ideas.
  'workshop.score': (actor) => actor.memberships.some((m) => m.role !== 'candidate'),
  'workshop.selectWinners': (actor) => isAdmin(actor) || isCoordinator(actor),
});
