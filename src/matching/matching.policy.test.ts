import { describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor.js';
import { can, type Action } from '../accounts/policy.js';
import { ROLES } from '../accounts/roles.js';
import { matchingPolicies, shortlistAudience } from './matching.policy.js';
import { actor, matrix } from './matching.policy.cases.js';

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
