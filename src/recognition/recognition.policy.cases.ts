// The recognition policy cases (not a test file).
import type { Actor } from '../accounts/actor.js';
import type { Role } from '../accounts/roles.js';
import { ROLES } from '../accounts/roles.js';
import type { PolicyCase, PolicyTable } from '../accounts/policy-cases.js';

const SELF = '00000000-0000-4000-8000-000000000001';
export const OTHER = '00000000-0000-4000-8000-000000000002';
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
  {
    action: 'recognitionAgreement.write',
    situation: 'recognised in their country',
    resource: { recognisingCountries: ['BE'], partnerships: [] },
    allowed: ['recognition_officer'],
  },
  {
    action: 'recognitionAgreement.write',
    situation: 'recognised elsewhere',
    resource: { recognisingCountries: ['IT'], partnerships: [] },
    allowed: [],
  },
  {
    action: 'recognitionAgreement.write',
    situation: 'mutual with another country',
    resource: { recognisingCountries: ['BE', 'MA'], partnerships: [] },
    allowed: [],
  },
  {
    action: 'recognitionAgreement.write',
    situation: 'between countries of a partnership their organisation is party to',
    resource: { recognisingCountries: ['IT'], partnerships: [{ partyOrganisationIds: ['org'] }] },
    allowed: ['coordinator'],
  },
  {
    action: 'recognitionAgreement.write',
    situation: "between countries of other organisations' partnership",
    resource: { recognisingCountries: ['IT'], partnerships: [{ partyOrganisationIds: ['x'] }] },
    allowed: [],
  },
  {
    action: 'rpl.recordFor',
    situation: 'a person of their country, from a government organisation',
    resource: { countries: ['BE'], partnershipBodyIds: [] },
    allowed: [],
  },
  {
    action: 'rpl.read',
    situation: 'themselves',
    resource: { userId: SELF, entitled: { countries: [], partnershipBodyIds: [] } },
    allowed: ROLES,
  },
  {
    action: 'rpl.read',
    situation: 'someone else of their country, from a government organisation',
    resource: { userId: OTHER, entitled: { countries: ['BE'], partnershipBodyIds: [] } },
    allowed: ['admin'],
  },
];

export const recognitionPolicyTable: PolicyTable = {
  area: 'recognition',
  actorFor: (role) => actor(role),
  cases: matrix,
};

/** A user holding the role in the kind of organisation that role works for, in Morocco. */
const assessorActor = (role: Role): Actor => ({
  ...actor(role, 'MA'),
  memberships: [
    {
      organisationId: 'org',
      organisationKind:
        role === 'trainer'
          ? 'training_provider'
          : role === 'recognition_officer'
            ? 'recognition_body'
            : 'government',
      country: 'MA',
      role,
    },
  ],
});

/** Who may assess a person for RPL, from assessing organisations (rpl.recordFor, rpl.read). */
export const assessorPolicyTable: PolicyTable = {
  area: 'recognition (assessing organisations)',
  actorFor: assessorActor,
  cases: [
    {
      action: 'rpl.recordFor',
      situation: 'a person living in or applying to their country',
      resource: { countries: ['MA'], partnershipBodyIds: [] },
      allowed: ['recognition_officer', 'trainer'],
    },
    {
      action: 'rpl.recordFor',
      situation: 'a person of a partnership their organisation assesses for',
      resource: { countries: ['SN'], partnershipBodyIds: ['org'] },
      allowed: ['recognition_officer', 'trainer'],
    },
    {
      action: 'rpl.recordFor',
      situation: 'a person with no tie to their country or partnerships',
      resource: { countries: ['SN'], partnershipBodyIds: [] },
      allowed: [],
    },
    {
      action: 'rpl.read',
      situation: 'the RPL results of a person they may assess',
      resource: { userId: OTHER, entitled: { countries: ['MA'], partnershipBodyIds: [] } },
      allowed: ['admin', 'recognition_officer'],
    },
  ],
};
