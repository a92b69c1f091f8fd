import { describe, expect, it } from 'vitest';
import type { Actor, Membership } from '../accounts/actor.js';
import { can, type Action } from '../policies.js';
import { ROLES, type Role } from '../accounts/roles.js';
import {
  assessorMemberships,
  recognitionPolicies,
  type RplEntitlement,
} from './recognition.policy.js';
import { actor, matrix, OTHER } from './recognition.policy.cases.js';

const canLoosely = can as (actor: Actor | null, action: string, resource?: unknown) => boolean;

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
