// The matching policy cases (not a test file).
import type { Actor } from '../accounts/actor.js';
import type { Role } from '../accounts/roles.js';
import { ROLES } from '../accounts/roles.js';
import type { PolicyCase, PolicyTable } from '../../test/support/policy-cases.js';

const SELF = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
export const actor = (role: Role): Actor => ({
  userId: SELF,
  email: `${role}@example.org`,
  displayName: role,
  memberships: [{ organisationId: 'org', organisationKind: 'employer', country: 'BE', role }],
});

const own = { userId: SELF, consents: [] };
const consenting = { userId: OTHER, consents: ['partnership_matching'] };
const notConsenting = { userId: OTHER, consents: ['employer_sharing'] };

/** Every matching action in some situation, and which roles may perform it there. */
export const matrix: PolicyCase[] = [
  { action: 'match.forCandidate', situation: 'their own matches', resource: own, allowed: ROLES },
  {
    action: 'match.forCandidate',
    situation: 'a person who consented to matching',
    resource: consenting,
    allowed: ['admin', 'coordinator'],
  },
  {
    action: 'match.forCandidate',
    situation: 'a person who did not consent to matching',
    resource: notConsenting,
    allowed: ['admin'],
  },
  {
    action: 'match.shortlist',
    situation: 'a vacancy of their organisation',
    resource: { organisationId: 'org' },
    allowed: ROLES,
  },
  {
    action: 'match.shortlist',
    situation: 'a vacancy of another organisation',
    resource: { organisationId: 'elsewhere' },
    allowed: ['admin', 'coordinator'],
  },
  { action: 'match.readWeights', situation: 'any', allowed: ROLES },
  {
    action: 'match.setWeights',
    situation: 'a partnership of their organisation',
    resource: { partyOrganisationIds: ['org'] },
    allowed: ['admin', 'coordinator'],
  },
  {
    action: 'match.setWeights',
    situation: 'a partnership of others',
    resource: { partyOrganisationIds: ['elsewhere'] },
    allowed: ['admin'],
  },
];

export const matchingPolicyTable: PolicyTable = {
  area: 'matching',
  actorFor: actor,
  cases: matrix,
};
