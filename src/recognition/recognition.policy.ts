import { policyChecks, type Authorize, type Can } from '../accounts/policy.js';
import type { Actor, Membership } from '../accounts/actor.js';
import { anyActor, definePolicies, holdsRole, isAdmin } from '../accounts/policy-rules.js';

/** The case a rule is asked about: whose it is and which country decides it. */
export interface CaseResource {
  applicantUserId: string;
  targetCountry: string;
}

/**
 * Who may write an agreement: the countries whose decisions it changes, and the partnerships
 * (their party organisations) between its two countries.
 */
export interface AgreementAuthority {
  recognisingCountries: readonly string[];
  partnerships: readonly { partyOrganisationIds: readonly string[] }[];
}

/**
 * Who may assess a person for RPL: organisations of the countries the person lives in or applies
 * to, and the training providers and recognition bodies of partnerships the person takes part in.
 */
export interface RplEntitlement {
  countries: readonly string[];
  partnershipBodyIds: readonly string[];
}

/** A recognition officer of an organisation in that country (recognition bodies are national). */
const officerIn = (actor: Actor, country: string) =>
  actor.memberships.some((m) => m.role === 'recognition_officer' && m.country === country);

const ASSESSOR_ROLES = new Set(['recognition_officer', 'trainer']);
const ASSESSOR_KINDS = new Set(['training_provider', 'recognition_body']);

/** The actor's memberships under which they may assess this person, in a stable order. */
export const assessorMemberships = (actor: Actor, entitled: RplEntitlement): Membership[] =>
  actor.memberships
    .filter(
      (m) =>
        ASSESSOR_ROLES.has(m.role) &&
        ASSESSOR_KINDS.has(m.organisationKind) &&
        (entitled.countries.includes(m.country) ||
          entitled.partnershipBodyIds.includes(m.organisationId)),
    )
    .sort((a, b) => a.organisationId.localeCompare(b.organisationId));

/** Who may evaluate, describe recognition data, apply, decide and see cases and RPL results. */
export const recognitionPolicies = definePolicies({
  'recognition.evaluate': anyActor,
  // Frameworks, qualifications and the catalogue are shared rules: officers and admins write them.
  'recognition.manageData': (actor) => isAdmin(actor) || holdsRole(actor, 'recognition_officer'),
  // An agreement changes the recognising countries' decisions: their officers write it, or a
  // coordinator of a party to a partnership between the two countries (docs/recognition.md).
  'recognitionAgreement.write': (actor, a: AgreementAuthority) =>
    a.recognisingCountries.every((country) => officerIn(actor, country)) ||
    a.partnerships.some((p) =>
      actor.memberships.some(
        (m) => m.role === 'coordinator' && p.partyOrganisationIds.includes(m.organisationId),
      ),
    ),
  'recognitionCase.submit': (actor) => holdsRole(actor, 'candidate'),
  'recognitionCase.read': (actor, c: CaseResource) =>
    actor.userId === c.applicantUserId || officerIn(actor, c.targetCountry) || isAdmin(actor),
  'recognitionCase.listAll': (actor) => isAdmin(actor) || holdsRole(actor, 'recognition_officer'),
  'recognitionCase.review': (actor, c: CaseResource) =>
    officerIn(actor, c.targetCountry) && actor.userId !== c.applicantUserId,
  'recognitionCase.appeal': (actor, c: CaseResource) => actor.userId === c.applicantUserId,
  // Assessors in general; whether they may assess this person is `rpl.recordFor` (404 otherwise).
  'rpl.record': (actor, person: { userId: string }) =>
    holdsRole(actor, 'recognition_officer', 'trainer') && actor.userId !== person.userId,
  'rpl.recordFor': (actor, entitled: RplEntitlement) =>
    assessorMemberships(actor, entitled).length > 0,
  // The person, an admin, or a recognition officer of an organisation entitled to assess them.
  'rpl.read': (actor, person: { userId: string; entitled: RplEntitlement }) =>
    actor.userId === person.userId ||
    isAdmin(actor) ||
    assessorMemberships(actor, person.entitled).some((m) => m.role === 'recognition_officer'),
});

const checks = policyChecks(recognitionPolicies);
/** Whether the actor may perform one of this area's actions. */
export const can: Can<typeof recognitionPolicies> = checks.can;
/** 401 for anonymous actors, 403 when this area's policy refuses. */
export const authorize: Authorize<typeof recognitionPolicies> = checks.authorize;
