import { describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor.js';
import { can, type Action } from '../policies.js';
import { ROLES } from '../accounts/roles.js';
import { matchingPolicies, shortlistAudience } from './matching.policy.js';
import { actor, matrix, opening, ours, theirs } from './matching.policy.cases.js';

const canLoosely = can as (actor: Actor | null, action: string, resource?: unknown) => boolean;

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

  it('GIVEN a candidate-role member of the employer THEN they may not read its shortlists', () => {
    const member: Actor = {
      ...actor('candidate'),
      memberships: [
        { organisationId: 'org', organisationKind: 'employer', country: 'BE', role: 'candidate' },
        { organisationId: 'mine', organisationKind: 'individual', country: 'MA', role: 'employer' },
      ],
    };
    expect(canLoosely(member, 'match.shortlist', opening('vacancy', 'org', ours))).toBe(false);
  });
});

describe('shortlist audience', () => {
  it('GIVEN an admin THEN every consenting candidate, anywhere', () => {
    expect(shortlistAudience(actor('admin'), opening('vacancy', 'x', theirs))).toEqual({
      audience: 'coordinator',
    });
  });

  it("GIVEN a coordinator of the vacancy's partnership THEN its cohort: consenting people living where it starts", () => {
    expect(shortlistAudience(actor('coordinator'), opening('vacancy', 'x', ours))).toEqual({
      audience: 'coordinator',
      residenceCountries: ['MA'],
    });
  });

  it('GIVEN the employer, or a coordinator who does not coordinate the partnership THEN only those sharing with employers', () => {
    for (const [role, partnership] of [
      ['employer', ours],
      ['coordinator', theirs],
      ['coordinator', null],
    ] as const) {
      expect(shortlistAudience(actor(role), opening('vacancy', 'org', partnership))).toEqual({
        audience: 'employer',
      });
    }
  });
});
