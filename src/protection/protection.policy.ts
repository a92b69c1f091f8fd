import { policyChecks, type Authorize, type Can } from '../accounts/policy.js';
import type { Actor } from '../accounts/actor.js';
import { definePolicies, holdsRole, isAdmin } from '../accounts/policy-rules.js';
import {
  coordinatesPartnership,
  type PartnershipResource,
} from '../partnerships/partnerships.policy.js';

/** A grievance as the rules see it: the accounts and organisations it involves. */
export interface GrievanceResource {
  personUserId: string | null;
  filedByUserId: string | null;
  handlerOrganisationId: string | null;
  /** The person's workers' organisation, when they consented to share the case with it. */
  sharedWithOrganisationId: string | null;
  concernedOrganisationId: string | null;
}

/** A member of the organisation in a role other than candidate (someone who acts for it). */
const actsFor = (actor: Actor, organisationId: string | null) =>
  organisationId !== null &&
  actor.memberships.some((m) => m.organisationId === organisationId && m.role !== 'candidate');

/** The person, or whoever filed the case for them. */
const isSubject = (actor: Actor, g: GrievanceResource) =>
  g.personUserId === actor.userId || g.filedByUserId === actor.userId;

/** The handling body. */
const handles = (actor: Actor, g: GrievanceResource) => actsFor(actor, g.handlerOrganisationId);

/** A representative of the workers' organisation the person shared the case with. */
const representsShared = (actor: Actor, g: GrievanceResource) =>
  g.sharedWithOrganisationId !== null &&
  actor.memberships.some(
    (m) => m.organisationId === g.sharedWithOrganisationId && m.role === 'worker_representative',
  );

/**
 * Grievances are confidential (docs/protection.md#confidentiality): the person (or their filer),
 * the handling body and — with the person's consent — their workers' organisation read them; the
 * organisation concerned sees only what the handler discloses. Administrators run the platform
 * but read no narrative.
 */
export const protectionPolicies = definePolicies({
  'grievance.file': () => true,
  'grievance.fileOnBehalf': (actor) => holdsRole(actor, 'worker_representative', 'coordinator'),
  'grievance.read': (actor, g: GrievanceResource) =>
    isSubject(actor, g) || handles(actor, g) || representsShared(actor, g),
  'grievance.handle': handles,
  'grievance.readDisclosed': (actor, g: GrievanceResource) =>
    actsFor(actor, g.concernedOrganisationId),
  'grievance.share': (actor, g: GrievanceResource) => g.personUserId === actor.userId,
  'grievance.appeal': isSubject,
  'grievance.statistics': (actor) =>
    isAdmin(actor) || holdsRole(actor, 'worker_representative', 'coordinator'),
  'grievance.manageRouting': (actor, p: PartnershipResource) =>
    isAdmin(actor) || coordinatesPartnership(actor, p),
  'grievance.runEscalation': isAdmin,
});

const checks = policyChecks(protectionPolicies);
/** Whether the actor may perform one of this area's actions. */
export const can: Can<typeof protectionPolicies> = checks.can;
/** 401 for anonymous actors, 403 when this area's policy refuses. */
export const authorize: Authorize<typeof protectionPolicies> = checks.authorize;
