import { policyChecks, type Authorize, type Can } from '../../accounts/policy.js';
import type { Actor } from '../../accounts/actor.js';
import type { Role } from '../../accounts/roles.js';
import { definePolicies, isAdmin } from '../../accounts/policy-rules.js';
import {
  coordinatesPartnership,
  type PartnershipResource,
} from '../../partnerships/partnerships.policy.js';

/** A person's placement in a partnership: their account, the employer and the recruiter. */
export interface PlacementResource extends PartnershipResource {
  /** The person's account; null when they have none. */
  personUserId: string | null;
  employerId: string | null;
  recruiterId: string | null;
}

/** An employer's or recruiter's compliance record in a partnership. */
export interface ComplianceResource extends PartnershipResource {
  organisationId: string;
}

const manages = (actor: Actor, p: PartnershipResource) =>
  isAdmin(actor) || coordinatesPartnership(actor, p);

/** The actor holds one of these roles in a party organisation of the partnership. */
const holdsAtParty = (actor: Actor, p: PartnershipResource, ...roles: Role[]) =>
  actor.memberships.some(
    (m) => roles.includes(m.role) && p.partyOrganisationIds.includes(m.organisationId),
  );

/** Members of the placement's employer or recruiter, when that organisation is a party. */
const speaksForEmployerOrRecruiter = (actor: Actor, p: PlacementResource) =>
  [p.employerId, p.recruiterId].some(
    (id) =>
      id !== null &&
      p.partyOrganisationIds.includes(id) &&
      actor.memberships.some((m) => m.organisationId === id && m.role !== 'candidate'),
  );

/** Members of the record's organisation, when it is a party (it knows what it charged). */
const isTheOrganisation = (actor: Actor, c: ComplianceResource) =>
  c.partyOrganisationIds.includes(c.organisationId) &&
  actor.memberships.some((m) => m.organisationId === c.organisationId && m.role !== 'candidate');

const isThePerson = (actor: Actor, p: PlacementResource) =>
  p.personUserId !== null && actor.userId === p.personUserId;

/**
 * Fair recruitment (docs/protection.md#fair-recruitment): the person, their employer and
 * recruiter record costs and contract terms of the person's placement; the partnership's
 * coordinators see every placement and suspend; workers' representatives and analysts of a party
 * read the aggregated figures; an employer or recruiter reads its own compliance record in full,
 * representatives the others' with small counts withheld.
 */
export const fairRecruitmentPolicies = definePolicies({
  'recruitmentCost.record': (actor, p: PlacementResource) =>
    manages(actor, p) || isThePerson(actor, p) || speaksForEmployerOrRecruiter(actor, p),
  'contract.read': (actor, p: PlacementResource) =>
    manages(actor, p) || isThePerson(actor, p) || speaksForEmployerOrRecruiter(actor, p),
  // The offer and the signed contract: the employer or recruiter states them, or a coordinator.
  'contract.state': (actor, p: PlacementResource) =>
    manages(actor, p) || speaksForEmployerOrRecruiter(actor, p),
  // The actual terms come from the person (at check-ins), or a coordinator on their behalf.
  'contract.reportActual': (actor, p: PlacementResource) =>
    manages(actor, p) || isThePerson(actor, p),
  'fairRecruitment.report': (actor, p: PartnershipResource) =>
    manages(actor, p) || holdsAtParty(actor, p, 'worker_representative', 'analyst'),
  'fairRecruitment.setRules': (actor, p: PartnershipResource) => manages(actor, p),
  'compliance.read': (actor, c: ComplianceResource) =>
    manages(actor, c) ||
    holdsAtParty(actor, c, 'worker_representative') ||
    isTheOrganisation(actor, c),
  // Every figure of the record, small counts included: those who manage the partnership (the
  // report's rule) and the organisation itself, which knows what it charged and whom it placed.
  'compliance.readFigures': (actor, c: ComplianceResource) =>
    manages(actor, c) || isTheOrganisation(actor, c),
  'compliance.suspend': (actor, c: ComplianceResource) => manages(actor, c),
});

const checks = policyChecks(fairRecruitmentPolicies);
/** Whether the actor may perform one of this area's actions. */
export const can: Can<typeof fairRecruitmentPolicies> = checks.can;
/** 401 for anonymous actors, 403 when this area's policy refuses. */
export const authorize: Authorize<typeof fairRecruitmentPolicies> = checks.authorize;
