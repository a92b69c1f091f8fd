import { describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor.js';
import { can, type Action } from '../accounts/policy.js';
import { ROLES, type Role } from '../accounts/roles.js';
import { matchingPolicies, shortlistAudience } from './matching.policy.js';

const SELF = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const actor = (role: Role): Actor => ({
  userId: SELF,
  email: `${role}@example.org`,
  displayName: role,
  memberships: [{ organisationId: 'org', organisationKind: 'employer', country: 'BE', role }],
});

const own = { userId: SELF, consents: [] };
const consenting = { userId: OTHER, consents: ['partnership_matching'] };
const notConsenting = { userId: OTHER, consents: ['employer_sharing'] };

/** Every matching action in some situation, and which roles may perform it there. */
const matrix: {
  action: Action;
  situation: string;
  resource?: unknown;
  allowed: readonly Role[];
}[] = [
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

const canLoosely = can as (actor: Actor | null, action: Action, resource?: unknown) => boolean;

describe('matching policy matrix', () => {
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

  it('covers every matching action', () => {
    const covered = new Set(matrix.map((c) => c.action));
    expect(Object.keys(matchingPolicies).filter((a) => !covered.has(a as Action))).toEqual([]);
  });

  it('shows employers only the candidates who consented to sharing', () => {
    expect(ROLES.filter((r) => shortlistAudience(actor(r)) === 'coordinator')).toEqual([
      'admin',
      'coordinator',
    ]);
  });
});
