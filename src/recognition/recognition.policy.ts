import type { Actor } from '../accounts/actor.js';
import { anyActor, definePolicies, holdsRole, isAdmin } from '../accounts/policy-rules.js';

/** The case a rule is asked about: whose it is and which country decides it. */
export interface CaseResource {
  applicantUserId: string;
  targetCountry: string;
}

/** A recognition officer of an organisation in that country (recognition bodies are national). */
const officerIn = (actor: Actor, country: string) =>
  actor.memberships.some((m) => m.role === 'recognition_officer' && m.country === country);

/** Who may evaluate, describe recognition data, apply, decide and see cases and RPL results. */
export const recognitionPolicies = definePolicies({
  'recognition.evaluate': anyActor,
  // Frameworks, qualifications, agreements and the catalogue are shared rules: officers and admins write them.
  'recognition.manageData': (actor) => isAdmin(actor) || holdsRole(actor, 'recognition_officer'),
  'recognitionCase.submit': (actor) => holdsRole(actor, 'candidate'),
  'recognitionCase.read': (actor, c: CaseResource) =>
    actor.userId === c.applicantUserId || officerIn(actor, c.targetCountry) || isAdmin(actor),
  'recognitionCase.listAll': (actor) => isAdmin(actor) || holdsRole(actor, 'recognition_officer'),
  'recognitionCase.review': (actor, c: CaseResource) =>
    officerIn(actor, c.targetCountry) && actor.userId !== c.applicantUserId,
  'recognitionCase.appeal': (actor, c: CaseResource) => actor.userId === c.applicantUserId,
  'rpl.record': (actor, person: { userId: string }) =>
    holdsRole(actor, 'recognition_officer', 'trainer') && actor.userId !== person.userId,
  'rpl.read': (actor, person: { userId: string }) =>
    actor.userId === person.userId || holdsRole(actor, 'recognition_officer') || isAdmin(actor),
});
