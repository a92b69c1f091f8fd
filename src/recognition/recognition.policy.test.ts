import { describe, expect, it } from 'vitest';
import type { Actor, Membership } from '../accounts/actor.js';
import { can, type Action } from '../accounts/policy.js';
import { ROLES, type Role } from '../accounts/roles.js';
import {
  assessorMemberships,
  recognitionPolicies,
  type RplEntitlement,
} from './recognition.policy.js';

const SELF = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const actor = (role: Role, country = 'BE'): Actor => ({
  userId: SELF,
  email: `${role}@example.org`,
  displayName: role,
  memberships: [{ organisationId: 'org', organisationKind: 'government', country, role }],
});

const theirCase = { applicantUserId: OTHER, targetCountry: 'BE' };
const ownCase = { applicantUserId: SELF, targetCountry: 'BE' };
const abroadCase = { applicantUserId: OTHER, targetCountry: 'IT' };

/** Every recognition action in some situation, and which roles may perform it there. */
const matrix: {
  action: Action;
  situation: string;
  resource?: unknown;
  allowed: readonly Role[];
}[] = [
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

const canLoosely = can as (actor: Actor | null, action: Action, resource?: unknown) => boolean;

describe('recognition policy matrix', () => {
  const rows = matrix.flatMap((c) =>
    ROLES.map((role) => ({ ...c, role, expected: c.allowed.includes(role) })),
  );
  it.each(rows)(
    'a $role on $action ($situation): allowed = $expected',
    ({ role, action, resource, expected }) => {
      expect(canLoosely(actor(role), action, resource)).toBe(expected);
    },
  );

  it.each(matrix)('an anonymous visitor may not $action ($situation)', ({ action, resource }) => {
    expect(canLoosely(null, action, resource)).toBe(false);
  });

  it('covers every recognition action', () => {
    const covered = new Set(matrix.map((c) => c.action));
    expect(Object.keys(recognitionPolicies).filter((a) => !covered.has(a as Action))).toEqual([]);
  });
});

describe('who may assess a person for RPL (rpl.recordFor)', () => {
  const assessor = (
    role: Role,
    organisationKind: Membership['organisationKind'],
    country = 'BE',
    organisationId = 'org',
  ): Actor => ({
    ...actor(role),
    memberships: [{ organisationId, organisationKind, country, role }],
  });
  const cases: { who: string; actor: Actor; entitled: RplEntitlement; expected: boolean }[] = [
    {
      who: 'a trainer of a training provider in the country the person lives in',
      actor: assessor('trainer', 'training_provider', 'MA'),
      entitled: { countries: ['MA'], partnershipBodyIds: [] },
      expected: true,
    },
    {
      who: 'an officer of a recognition body of the country the person applies to',
      actor: assessor('recognition_officer', 'recognition_body', 'BE'),
      entitled: { countries: ['MA', 'BE'], partnershipBodyIds: [] },
      expected: true,
    },
    {
      who: 'an officer of a recognition body of another country',
      actor: assessor('recognition_officer', 'recognition_body', 'FR'),
      entitled: { countries: ['MA', 'BE'], partnershipBodyIds: [] },
      expected: false,
    },
    {
      who: "a trainer of a partnership's training provider in a third country",
      actor: assessor('trainer', 'training_provider', 'FR', 'provider'),
      entitled: { countries: ['MA'], partnershipBodyIds: ['provider'] },
      expected: true,
    },
    {
      who: 'a trainer of an employer in the right country',
      actor: assessor('trainer', 'employer', 'MA'),
      entitled: { countries: ['MA'], partnershipBodyIds: [] },
      expected: false,
    },
    {
      who: 'a coordinator of a recognition body in the right country',
      actor: assessor('coordinator', 'recognition_body', 'MA'),
      entitled: { countries: ['MA'], partnershipBodyIds: [] },
      expected: false,
    },
  ];
  it.each(cases)('$who: allowed = $expected', ({ actor: a, entitled, expected }) => {
    expect(can(a, 'rpl.recordFor', entitled)).toBe(expected);
    expect(assessorMemberships(a, entitled).length > 0).toBe(expected);
  });

  it.each([
    ['an entitled officer', assessor('recognition_officer', 'recognition_body', 'MA'), true],
    ['an entitled trainer', assessor('trainer', 'training_provider', 'MA'), false],
    ['an officer of another country', assessor('recognition_officer', 'recognition_body'), false],
  ] as const)("%s reads the person's RPL results: %s", (_, a, expected) => {
    const entitled = { countries: ['MA'], partnershipBodyIds: [] };
    expect(can(a, 'rpl.read', { userId: OTHER, entitled })).toBe(expected);
  });
});
