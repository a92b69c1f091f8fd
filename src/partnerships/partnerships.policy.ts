import { policyChecks, type Authorize, type Can } from '../accounts/policy.js';
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

/** A vacancy or programme link: the partnership's parties and the party proposing it. */
export interface SlotLinkResource extends PartnershipResource {
  proposerOrganisationId: string;
}

/** Members of the proposing organisation, when it is a party (the employer or the provider). */
const speaksForProposer = (actor: Actor, l: SlotLinkResource) =>
  l.partyOrganisationIds.includes(l.proposerOrganisationId) &&
  isMemberOf(actor, l.proposerOrganisationId);

/** A workshop as the rules see it: the organisations its delegations speak for. */
export interface WorkshopResource {
  delegationOrganisationIds: readonly string[];
}

const isParty = (actor: Actor, p: PartnershipResource) =>
  p.partyOrganisationIds.some((id) => isMemberOf(actor, id));

const isCoordinator = (actor: Actor) => holdsRole(actor, 'coordinator');

/** The actor holds the coordinator role in one of these organisations. */
const coordinatesFor = (actor: Actor, organisationIds: readonly string[]) =>
  actor.memberships.some(
    (m) => m.role === 'coordinator' && organisationIds.includes(m.organisationId),
  );

/**
 * The actor coordinates the partnership: they hold the coordinator role in one of its party
 * organisations (a coordinator role elsewhere, or another role at a party, is not enough).
 */
export const coordinatesPartnership = (actor: Actor, p: PartnershipResource) =>
  coordinatesFor(actor, p.partyOrganisationIds);

/** A coordinator of the partnership (or an admin). */
const manages = (actor: Actor, p: PartnershipResource) =>
  isAdmin(actor) || coordinatesPartnership(actor, p);

/**
 * Access to a partnership follows party membership: members of a party organisation read it
 * (documents included), its coordinators manage it, admins see all (docs/partnerships.md#access).
 */
export const partnershipsPolicies = definePolicies({
  'partnership.list': anyActor,
  'partnership.create': (actor) => isAdmin(actor) || isCoordinator(actor),
  'partnership.read': (actor, p: PartnershipResource) => isAdmin(actor) || isParty(actor, p),
  'partnership.manage': manages,
  'partnership.updateAction': (actor, a: PlanActionResource) =>
    manages(actor, a) || isMemberOf(actor, a.ownerOrganisationId),
  // Vacancies and programmes join a partnership by a link: its party proposes, a coordinator decides.
  'partnership.proposeLink': (actor, l: SlotLinkResource) =>
    isAdmin(actor) || speaksForProposer(actor, l),
  'partnership.withdrawLink': (actor, l: SlotLinkResource) =>
    isAdmin(actor) || speaksForProposer(actor, l),
  'partnership.decideLink': manages,
  'workshop.list': anyActor,
  'workshop.create': (actor) => isAdmin(actor) || isCoordinator(actor),
  // A delegation's ideas are submitted by people of the organisation that sends it.
  'workshop.submitIdea': (actor, delegation: { organisationId: string }) =>
    isAdmin(actor) || isMemberOf(actor, delegation.organisationId),
  // Crowdsourced evaluation: every participant but candidates scores ideas.
  'workshop.score': (actor) => actor.memberships.some((m) => m.role !== 'candidate'),
  // The workshop's own coordinators (of an organisation sending a delegation) pick its winners.
  'workshop.selectWinners': (actor, w: WorkshopResource) =>
    isAdmin(actor) || coordinatesFor(actor, w.delegationOrganisationIds),
});

const checks = policyChecks(partnershipsPolicies);
/** Whether the actor may perform one of this area's actions. */
export const can: Can<typeof partnershipsPolicies> = checks.can;
/** 401 for anonymous actors, 403 when this area's policy refuses. */
export const authorize: Authorize<typeof partnershipsPolicies> = checks.authorize;
