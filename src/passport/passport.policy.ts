import type { Actor } from '../accounts/actor.js';
import { policyChecks, type Authorize, type Can } from '../accounts/policy.js';
import { definePolicies, isAdmin } from '../accounts/policy-rules.js';
import type { Role } from '../accounts/roles.js';

/** Roles whose holders act for their organisation as an issuer (docs/passport.md#who). */
export const ISSUER_ROLES: readonly Role[] = ['recognition_officer', 'trainer', 'coordinator'];

/** A credential as a rule sees it: whose it is and who issued it. */
export interface CredentialResource {
  personUserId: string;
  issuerOrganisationId: string;
}

/** An issuing organisation. */
export interface IssuerResource {
  organisationId: string;
}

/**
 * An orientation to record: the coordinating organisation, and the partnerships whose cohort the
 * person belongs to (their parties).
 */
export interface OrientationResource {
  organisationId: string;
  cohortOf: readonly { partyOrganisationIds: readonly string[] }[];
}

const actsAsIssuer = (actor: Actor, organisationId: string) =>
  actor.memberships.some(
    (m) => m.organisationId === organisationId && ISSUER_ROLES.includes(m.role),
  );

/** Who may see, issue, revoke and present credentials; verifying is public and needs no rule. */
export const passportPolicies = definePolicies({
  // The holder, the issuing organisation's staff, or a platform administrator.
  'credential.read': (actor, c: CredentialResource) =>
    actor.userId === c.personUserId ||
    actsAsIssuer(actor, c.issuerOrganisationId) ||
    isAdmin(actor),
  // A person asks for the credentials of their own older records.
  'credential.issueOwn': (actor, person: { userId: string }) => actor.userId === person.userId,
  // An issuer's staff issue their organisation's credentials for someone else's records.
  'credential.issueFor': (actor, r: IssuerResource & { personUserId: string }) =>
    actsAsIssuer(actor, r.organisationId) && actor.userId !== r.personUserId,
  'credential.register': (actor, r: IssuerResource) =>
    actsAsIssuer(actor, r.organisationId) || isAdmin(actor),
  // Revoking, suspending and reinstating: the issuing organisation only, never on oneself.
  'credential.changeStatus': (actor, c: CredentialResource) =>
    actsAsIssuer(actor, c.issuerOrganisationId) && actor.userId !== c.personUserId,
  'issuerKey.rotate': (actor, r: IssuerResource) =>
    actsAsIssuer(actor, r.organisationId) || isAdmin(actor),
  // A coordinator of a party to a partnership whose cohort the person belongs to.
  'orientation.record': (actor, r: OrientationResource) =>
    actor.memberships.some(
      (m) => m.organisationId === r.organisationId && m.role === 'coordinator',
    ) && r.cohortOf.some((p) => p.partyOrganisationIds.includes(r.organisationId)),
  'presentation.create': (actor, person: { userId: string }) => actor.userId === person.userId,
  'passportHolder.set': (actor, person: { userId: string }) => actor.userId === person.userId,
});

const checks = policyChecks(passportPolicies);
/** Whether the actor may perform one of this area's actions. */
export const can: Can<typeof passportPolicies> = checks.can;
/** 401 for anonymous actors, 403 when this area's policy refuses. */
export const authorize: Authorize<typeof passportPolicies> = checks.authorize;
