import type { Actor } from '../accounts/actor.js';
import { anyActor, definePolicies, holdsRole, isAdmin } from '../accounts/policy-rules.js';
import type { Role } from '../accounts/roles.js';
import type { ConsentPurpose } from './candidates/consent.js';

/** A candidate as a rule sees them: whose profile it is and what they consented to. */
export interface CandidateResource {
  userId: string | null;
  consents: readonly ConsentPurpose[];
}

/** An organisation's own record (vacancy of an employer, programme of a provider). */
export interface OwnedResource {
  organisationId: string;
}

const isSelf = (actor: Actor, c: CandidateResource) =>
  c.userId !== null && c.userId === actor.userId;

/** The actor holds the role in that very organisation. */
const actsFor = (actor: Actor, organisationId: string, ...roles: Role[]) =>
  actor.memberships.some((m) => m.organisationId === organisationId && roles.includes(m.role));

/** Who may see and change candidates, vacancies and programmes. */
export const peoplePolicies = definePolicies({
  // A profile is the person's own; others see it only under the purpose the person consented to.
  'candidate.read': (actor, c: CandidateResource) =>
    isSelf(actor, c) ||
    isAdmin(actor) ||
    (holdsRole(actor, 'coordinator') && c.consents.includes('partnership_matching')) ||
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
  'extraction.run': anyActor,
});
