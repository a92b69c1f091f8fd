// The recognition policy cases (not a test file).
import type { Actor } from '../accounts/actor.js';
import type { Role } from '../accounts/roles.js';
import { ROLES } from '../accounts/roles.js';
import type { PolicyCase, PolicyTable } from '../../test/support/policy-cases.js';

const SELF = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
export const actor = (role: Role, country = 'BE'): Actor => ({
  userId: SELF,
  email: `${role}@example.org`,
  displayName: role,
  memberships: [{ organisationId: 'org', organisationKind: 'government', country, role }],
});

const theirCase = { applicantUserId: OTHER, targetCountry: 'BE' };
const ownCase = { applicantUserId: SELF, targetCountry: 'BE' };
const abroadCase = { applicantUserId: OTHER, targetCountry: 'IT' };

/** Every recognition action in some situation, and which roles may perform it there. */
export const matrix: PolicyCase[] = [
  { action: 'recognition.evaluate', situation: 'any', allowed: ROLES },
  { action: 'recognition.manageData', situation: 'any', allowed: ['admin', 'recognition_officer'] },
  { action: 'recognitionCase.submit', situation: 'any', allowed: ['candidate'] },
  {
    action: 'recognitionCase.read',
    situation: 'their own case',
    resource: ownCase,
    allowed: ROLES,
  },
  {
    action: 'recognitionCase.read',
    situation: "someone's case in their country",
    resource: theirCase,
    allowed: ['admin', 'recognition_officer'],
  },
  {
    action: 'recognitionCase.read',
    situation: "someone's case elsewhere",
    resource: abroadCase,
    allowed: ['admin'],
  },
  {
    action: 'recognitionCase.listAll',
    situation: 'any',
    allowed: ['admin', 'recognition_officer'],
  },
  {
    action: 'recognitionCase.review',
    situation: "someone's case in their country",
    resource: theirCase,
    allowed: ['recognition_officer'],
  },
  { action: 'recognitionCase.review', situation: 'their own case', resource: ownCase, allowed: [] },
  {
    action: 'recognitionCase.review',
    situation: "someone's case elsewhere",
    resource: abroadCase,
    allowed: [],
  },
  {
    action: 'recognitionCase.appeal',
    situation: 'their own case',
    resource: ownCase,
    allowed: ROLES,
  },
  {
    action: 'recognitionCase.appeal',
    situation: "someone else's case",
    resource: theirCase,
    allowed: [],
  },
  {
    action: 'rpl.record',
    situation: 'someone else',
    resource: { userId: OTHER },
    allowed: ['recognition_officer', 'trainer'],
  },
  { action: 'rpl.record', situation: 'themselves', resource: { userId: SELF }, allowed: [] },
  { action: 'rpl.read', situation: 'themselves', resource: { userId: SELF }, allowed: ROLES },
  {
    action: 'rpl.read',
    situation: 'someone else',
    resource: { userId: OTHER },
    allowed: ['admin', 'recognition_officer'],
  },
];

export const recognitionPolicyTable: PolicyTable = {
  area: 'recognition',
  actorFor: (role) => actor(role),
  cases: matrix,
};
