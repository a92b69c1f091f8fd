import { describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor.js';
import { ROLES } from '../accounts/roles.js';
import { can } from './passport.policy.js';
import { passportActor, passportCases } from './passport.policy.cases.js';
import { passportPolicies } from './passport.policy.js';

const canLoosely = can as (actor: Actor | null, action: string, resource?: unknown) => boolean;

describe('passport policy matrix', () => {
  const rows = passportCases.flatMap((c) =>
    ROLES.map((role) => ({ ...c, role, expected: c.allowed.includes(role) })),
  );
  it.each(rows)(
    'a $role on $action ($situation): allowed = $expected',
    ({ role, action, resource, expected }) => {
      expect(canLoosely(passportActor(role), action, resource)).toBe(expected);
    },
  );

  it.each(passportCases)(
    'an anonymous visitor may not $action ($situation)',
    ({ action, resource }) => {
      expect(canLoosely(null, action, resource)).toBe(false);
    },
  );

  it('covers every passport action', () => {
    const covered = new Set(passportCases.map((c) => c.action));
    expect(Object.keys(passportPolicies).filter((a) => !covered.has(a))).toEqual([]);
  });
});
