import { describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor.js';
import { can, type Action } from '../accounts/policy.js';
import { ROLES } from '../accounts/roles.js';
import { recognitionPolicies } from './recognition.policy.js';
import { actor, matrix } from './recognition.policy.cases.js';

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
