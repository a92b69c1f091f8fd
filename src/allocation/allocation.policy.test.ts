import { describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor.js';
import { can, type Action } from '../policies.js';
import { ROLES, type Role } from '../accounts/roles.js';
import { allocationPolicies } from './allocation.policy.js';

const PARTY = 'org-party';
const ELSEWHERE = 'org-elsewhere';
const actor = (role: Role, organisationId: string): Actor => ({
  userId: '00000000-0000-4000-8000-000000000001',
  email: `${role}@example.org`,
  displayName: role,
  memberships: [{ organisationId, organisationKind: 'government', country: 'BE', role }],
});

const partnership = { partyOrganisationIds: [PARTY, 'org-other-party'] };
const ACTIONS = Object.keys(allocationPolicies) as Action[];

/** Who may act on a partnership's allocations, by where the actor works. */
const matrix: { situation: string; organisationId: string; allowed: readonly Role[] }[] = [
  { situation: 'at a party', organisationId: PARTY, allowed: ['admin', 'coordinator'] },
  { situation: 'elsewhere', organisationId: ELSEWHERE, allowed: ['admin'] },
];

const canLoosely = can as (actor: Actor | null, action: Action, resource?: unknown) => boolean;

describe('allocation policy matrix', () => {
  const rows = ACTIONS.flatMap((action) =>
    matrix.flatMap((m) =>
      ROLES.map((role) => ({ action, role, ...m, expected: m.allowed.includes(role) })),
    ),
  );
  it.each(rows)(
    'a $role $situation on $action: allowed = $expected',
    ({ role, organisationId, action, expected }) => {
      expect(canLoosely(actor(role, organisationId), action, partnership)).toBe(expected);
    },
  );

  it.each(ACTIONS)('an anonymous visitor may not %s', (action) => {
    expect(canLoosely(null, action, partnership)).toBe(false);
  });

  it('GIVEN a coordinator elsewhere who is a trainer at a party THEN they are still refused', () => {
    const mixed: Actor = {
      ...actor('coordinator', ELSEWHERE),
      memberships: [
        {
          organisationId: ELSEWHERE,
          organisationKind: 'government',
          country: 'BE',
          role: 'coordinator',
        },
        { organisationId: PARTY, organisationKind: 'government', country: 'BE', role: 'trainer' },
      ],
    };
    for (const action of ACTIONS) expect(canLoosely(mixed, action, partnership)).toBe(false);
  });

  it('covers the run, read and override actions', () => {
    expect(ACTIONS.sort()).toEqual(['allocation.override', 'allocation.read', 'allocation.run']);
  });
});
