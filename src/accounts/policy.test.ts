import { describe, expect, it } from 'vitest';
import { forbidden, unauthenticated } from '../shared/errors.js';
import type { Actor } from './actor.js';
import { accountsPolicies } from './accounts.policy.js';
import { platformPolicies } from './platform.policy.js';
import { authorize, can, type Action } from '../policies.js';
import { ROLES } from './roles.js';
import { actorWithRole, matrix } from './policy.cases.js';

// The matrix exercises actions with loosely typed resources; the real call sites are typed.
const canLoosely = can as (actor: Actor | null, action: string, resource?: unknown) => boolean;

describe('authorisation policy matrix', () => {
  const rows = matrix.flatMap((c) =>
    ROLES.map((role) => ({ ...c, role, expected: c.allowed.includes(role) })),
  );

  it.each(rows)(
    'a $role on $action ($situation): allowed = $expected',
    ({ role, action, resource, expected }) => {
      expect(canLoosely(actorWithRole(role), action, resource)).toBe(expected);
    },
  );

  it.each(matrix)('an anonymous visitor may not $action ($situation)', ({ action, resource }) => {
    expect(canLoosely(null, action, resource)).toBe(false);
  });

  // Other areas test their own actions in their own matrix (e.g. recognition.policy.test.ts).
  it('covers every action declared by the accounts and platform policies', () => {
    const covered = new Set(matrix.map((c) => c.action));
    const declared = Object.keys({ ...accountsPolicies, ...platformPolicies });
    expect(declared.filter((a) => !covered.has(a as Action))).toEqual([]);
  });
});

describe('authorize', () => {
  it('GIVEN no one logged in WHEN authorising THEN it refuses as unauthenticated', () => {
    expect(() => authorize(null, 'organisation.list')).toThrow(unauthenticated());
  });

  it('GIVEN a candidate WHEN creating a user THEN it refuses as forbidden', () => {
    expect(() => authorize(actorWithRole('candidate'), 'user.create')).toThrow(
      expect.objectContaining({ kind: forbidden('x', 'y').kind, code: 'auth.forbidden' }),
    );
  });

  it('GIVEN an admin WHEN creating a user THEN it lets them through', () => {
    expect(() => authorize(actorWithRole('admin'), 'user.create')).not.toThrow();
  });
});
