import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/**
 * The password policy, after NIST SP 800-63B: a minimum length, no composition rules, any
 * Unicode, long passphrases welcome; refused when common, guessable, made of one character, or
 * built from the account's email. See docs/accounts.md, "Passwords".
 */

/** Shortest password accepted, in characters (Unicode code points, not bytes). */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest password accepted: argon2 hashes any length, the cap only bounds the work. */
export const MAX_PASSWORD_LENGTH = 1024;
/** Lowest zxcvbn score (0–4) accepted: 3 means about 10^8 guesses or more. */
const MIN_STRENGTH_SCORE = 3;
/** Shorter email local parts (e.g. `jo`) are too short to look for inside a password. */
const MIN_CONTEXT_WORD_LENGTH = 3;

/** Why a password is refused, with a stable code and a sentence for the person choosing it. */
export interface PasswordProblem {
  code: 'too_short' | 'too_long' | 'one_character' | 'contains_email' | 'common' | 'easy_to_guess';
  reason: string;
}

const commonPasswords = new Set(dictionary['passwords-common']);
const strength = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/** The words of the account a password must not be built from: the email and its local part. */
function contextWords(email: string): string[] {
  const normalised = email.trim().toLowerCase();
  const localPart = normalised.split('@')[0] ?? '';
  return [normalised, localPart].filter((w) => w.length >= MIN_CONTEXT_WORD_LENGTH);
}

/** The problems with a new password for the account with this email (empty → acceptable). */
export function passwordProblems(password: string, context: { email: string }): PasswordProblem[] {
  const characters = [...password.normalize('NFC')];
  if (characters.length < MIN_PASSWORD_LENGTH) {
    return [{ code: 'too_short', reason: `must be at least ${MIN_PASSWORD_LENGTH} characters` }];
  }
  if (characters.length > MAX_PASSWORD_LENGTH) {
    return [{ code: 'too_long', reason: `must be at most ${MAX_PASSWORD_LENGTH} characters` }];
  }
  if (new Set(characters).size === 1) {
    return [{ code: 'one_character', reason: 'must not repeat a single character' }];
  }
  const lower = password.toLowerCase();
  const words = contextWords(context.email);
  if (words.some((word) => lower.includes(word))) {
    return [{ code: 'contains_email', reason: 'must not contain your email or its name part' }];
  }
  if (commonPasswords.has(lower)) {
    return [{ code: 'common', reason: 'is one of the most common passwords' }];
  }
  if (strength.check(password, words).score < MIN_STRENGTH_SCORE) {
    return [
      {
        code: 'easy_to_guess',
        reason:
          'is easy to guess (a common word, name, date or keyboard pattern); try a passphrase',
      },
    ];
  }
  return [];
}
