import { policyChecks, type Authorize, type Can } from './policy.js';
import type { OrganisationKind } from './roles.js';
import { anyActor, definePolicies, isAdmin, isMemberOf } from './policy-rules.js';

/** The organisation a rule is asked about. */
export interface OrganisationResource {
  id: string;
  kind: OrganisationKind;
}

/** The organisation someone would be invited to. */
export interface InvitableOrganisation {
  id: string;
  active: boolean;
}

/** The person a rule about personal data is asked about. */
export interface PersonResource {
  userId: string;
}

/** Who may see and change organisations, users and their audit trail. */
export const accountsPolicies = definePolicies({
  'organisation.list': anyActor,
  // An `individual` organisation is one person's account: its name is personal data.
  'organisation.read': (actor, org: OrganisationResource) =>
    org.kind !== 'individual' || isAdmin(actor) || isMemberOf(actor, org.id),
  // Members' names and roles are personal data: only fellow members and admins see them.
  'organisation.readMembers': (actor, org: Pick<OrganisationResource, 'id'>) =>
    isAdmin(actor) || isMemberOf(actor, org.id),
  'organisation.create': (actor) => isAdmin(actor),
  'organisation.update': (actor) => isAdmin(actor),
  // A deactivated organisation takes no new members, whoever asks.
  'organisation.invite': (actor, org: InvitableOrganisation) => org.active && isAdmin(actor),
  // Administrators issue invitations; they may read the invitation messages (not other mail).
  'outbox.readInvitations': (actor) => isAdmin(actor),
  'user.create': (actor) => isAdmin(actor),
  'user.readSelf': anyActor,
  'user.updateSelf': (actor, person: PersonResource) => actor.userId === person.userId,
  'audit.readOwn': (actor, person: PersonResource) => actor.userId === person.userId,
});

const checks = policyChecks(accountsPolicies);
/** Whether the actor may perform one of this area's actions. */
export const can: Can<typeof accountsPolicies> = checks.can;
/** 401 for anonymous actors, 403 when this area's policy refuses. */
export const authorize: Authorize<typeof accountsPolicies> = checks.authorize;
