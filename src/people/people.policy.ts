import { policyChecks, type Authorize, type Can } from '../accounts/policy.js';
import type { Actor } from '../accounts/actor.js';
import { anyActor, definePolicies, holdsRole, isAdmin } from '../accounts/policy-rules.js';
import type { Role } from '../accounts/roles.js';
import {
  coordinatesPartnership,
  type PartnershipResource,
} from '../partnerships/partnerships.policy.js';
import type { ConsentPurpose } from './candidates/consent.js';

/**
 * A candidate as a rule sees them: whose profile it is, what they consented to, and the
 * partnerships whose cohort they belong to (corridors starting where they live).
 */
export interface CandidateResource {
  userId: string | null;
  consents: readonly ConsentPurpose[];
  cohortOf: readonly PartnershipResource[];
}

/** An organisation's own record (vacancy of an employer, programme of a provider). */
export interface OwnedResource {
  organisationId: string;
}

const isSelf = (actor: Actor, c: CandidateResource) =>
  c.userId !== null && c.userId === actor.userId;

/**
 * A coordinator of a partnership whose cohort the person belongs to, who consented to partnership
 * matching: a coordinator role elsewhere is not enough (docs/people.md#who-sees-a-profile).
 */
export const coordinatesCohortOf = (actor: Actor, c: CandidateResource) =>
  c.consents.includes('partnership_matching') &&
  c.cohortOf.some((p) => coordinatesPartnership(actor, p));

/** The actor holds one of the roles in that very organisation. */
export const actsFor = (actor: Actor, organisationId: string, ...roles: Role[]) =>
  actor.memberships.some((m) => m.organisationId === organisationId && roles.includes(m.role));

/** Who may see and change candidates, vacancies and programmes. */
export const peoplePolicies = definePolicies({
  // A profile is the person's own; others see it only under the purpose the person consented to.
  'candidate.read': (actor, c: CandidateResource) =>
    isSelf(actor, c) ||
    isAdmin(actor) ||
    coordinatesCohortOf(actor, c) ||
    (holdsRole(actor, 'employer') && c.consents.includes('employer_sharing')),
  'candidate.list': (actor) => holdsRole(actor, 'admin', 'coordinator', 'employer'),
  'candidate.writeOwn': (actor) => holdsRole(actor, 'candidate'),
  'candidate.update': (actor, c: CandidateResource) => isSelf(actor, c) || isAdmin(actor),
  'candidate.manageConsent': (actor, c: CandidateResource) => isSelf(actor, c),
  'candidate.exportData': (actor, c: CandidateResource) => isSelf(actor, c) || isAdmin(actor),
  'candidate.erase': (actor, c: CandidateResource) => isSelf(actor, c) || isAdmin(actor),
  'vacancy.read': anyActor,
  'vacancy.write': (actor, v: OwnedResource) =>
    isAdmin(actor) || actsFor(actor, v.organisationId, 'employer', 'coordinator'),
  'programme.read': anyActor,
  'programme.write': (actor, p: OwnedResource) =>
    isAdmin(actor) || actsFor(actor, p.organisationId, 'trainer', 'coordinator'),
  // Only the provider's trainers (or an admin) attest that a person completed its programme.
  'programme.recordCompletion': (actor, p: OwnedResource) =>
    isAdmin(actor) || actsFor(actor, p.organisationId, 'trainer'),
});

const checks = policyChecks(peoplePolicies);
/** Whether the actor may perform one of this area's actions. */
export const can: Can<typeof peoplePolicies> = checks.can;
/** 401 for anonymous actors, 403 when this area's policy refuses. */
export const authorize: Authorize<typeof peoplePolicies> = checks.authorize;
