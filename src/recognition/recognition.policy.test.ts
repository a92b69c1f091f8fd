import { describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor.js';
import { can, type Action } from '../accounts/policy.js';
import { ROLES, type Role } from '../accounts/roles.js';
import { recognitionPolicies } from './recognition.policy.js';

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
  { action: 'rpl.read', situation: 'themselves', resource: { userId: SELF }, allowed: ROLES },
  {
    action: 'rpl.read',
    situation: 'someone else',
    resource: { userId: OTHER },
    allowed: ['admin', 'recognition_officer'],
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
