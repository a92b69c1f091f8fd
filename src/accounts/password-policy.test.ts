import { describe, expect, it } from 'vitest';
import { passwordProblems, type PasswordProblem } from './password-policy.js';

const email = 'amina.haddad@example.org';
const codes = (password: string, forEmail = email) =>
  passwordProblems(password, { email: forEmail }).map((p: PasswordProblem) => p.code);

describe('password policy (NIST SP 800-63B)', () => {
  it.each([
    ['eleven char', 'too_short'],
    ['😀😀😀😀😀😀', 'too_short'], // 12 UTF-16 units but 6 characters
    ['aaaaaaaaaaaaaaaa', 'one_character'],
    ['                ', 'one_character'],
    ['amina.haddad@example.org', 'contains_email'],
    ['my-AMINA.HADDAD@example.org-pass', 'contains_email'],
    ['amina.haddad-rocks-2026', 'contains_email'],
    ['1qaz2wsx3edc', 'common'],
    ['QWERTY123456', 'common'],
    ['password1234', 'common'],
    ['monkeymonkey', 'easy_to_guess'],
    ['abcdefghijkl', 'easy_to_guess'],
    ['iloveyou1234', 'easy_to_guess'],
  ])('GIVEN %s WHEN choosing it THEN it is refused as %s', (password, code) => {
    expect(codes(password)).toEqual([code]);
  });

  it.each([
    ['correct horse battery staple'],
    ['a-long-enough-password'],
    ['ceci est ma phrase secrète'],
    ['كلمة مرور طويلة جدا'],
    ['Tr0ub4dor&3xx'],
    ['😀 mon chat mange des 🍕 le lundi'],
    [
      'When the tide came in at Tangier we counted forty-one boats, three of them blue, ' +
        'and the ferry to Algeciras left late because of a goat on the gangway.',
    ],
  ])('GIVEN %s WHEN choosing it THEN it is accepted, with no composition rules', (password) => {
    expect(codes(password)).toEqual([]);
  });

  it('GIVEN more than 1024 characters WHEN choosing them THEN they are refused as too long', () => {
    expect(codes('ab'.repeat(513))).toEqual(['too_long']);
  });

  it('GIVEN a very short email name WHEN choosing a password holding it THEN it is not refused for that', () => {
    expect(codes('correct horse battery staple', 'or@example.org')).toEqual([]);
  });

  it('GIVEN the demo logins WHEN checking them against the policy THEN they fail (they are demo-only and loaded without it)', () => {
    expect(codes('demo-coordinator-2026', 'coordinator@demo.passerelle.dev')).toEqual([
      'contains_email',
    ]);
  });
});
