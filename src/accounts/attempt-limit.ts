/**
 * Limits on repeated attempts (wrong passwords, reset requests), as pure rules over a counter.
 * The counter lives in the database (attempt-counter.store.ts) so that every replica shares it.
 * See docs/accounts.md, "Login limits".
 */

/** How many attempts are free, how long a block lasts, and when the counter is forgotten. */
export interface AttemptRule {
  /** Attempts allowed before the first block. */
  free: number;
  /** The first block; each further attempt doubles it, up to `maxBlockMs`. */
  blockMs: number;
  maxBlockMs: number;
  /** After this long without an attempt the counter starts again from zero. */
  forgetAfterMs: number;
}

/** A counter as stored. */
export interface AttemptCount {
  attempts: number;
  lastAttemptAt: Date;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Wrong passwords for one account (from any address): 5, then 1, 2, 4 … 60 minutes. */
export const ACCOUNT_LOGIN_RULE: AttemptRule = {
  free: 5,
  blockMs: MINUTE,
  maxBlockMs: HOUR,
  forgetAfterMs: 24 * HOUR,
};

/** Wrong passwords from one client address, whatever the email (password spraying). */
export const ADDRESS_LOGIN_RULE: AttemptRule = {
  free: 20,
  blockMs: 15 * MINUTE,
  maxBlockMs: 24 * HOUR,
  forgetAfterMs: HOUR,
};

/** Password-reset requests for one email: 3 an hour. */
export const ACCOUNT_RESET_RULE: AttemptRule = {
  free: 3,
  blockMs: HOUR,
  maxBlockMs: 24 * HOUR,
  forgetAfterMs: HOUR,
};

/** Password-reset requests from one client address. */
export const ADDRESS_RESET_RULE: AttemptRule = {
  free: 10,
  blockMs: HOUR,
  maxBlockMs: 24 * HOUR,
  forgetAfterMs: HOUR,
};

/** The counter that applies now: a stale one is forgotten. */
export function currentCount(
  count: AttemptCount | null,
  rule: AttemptRule,
  now: Date,
): AttemptCount | null {
  if (!count || now.getTime() - count.lastAttemptAt.getTime() >= rule.forgetAfterMs) return null;
  return count;
}

/** How long attempts are blocked after `attempts` of them (0 while some are still free). */
export function blockDuration(attempts: number, rule: AttemptRule): number {
  if (attempts < rule.free) return 0;
  const doublings = Math.min(attempts - rule.free, 30);
  return Math.min(rule.blockMs * 2 ** doublings, rule.maxBlockMs);
}

/** Until when a further attempt is refused, or null when it may go ahead. */
export function blockedUntil(
  count: AttemptCount | null,
  rule: AttemptRule,
  now: Date,
): Date | null {
  const current = currentCount(count, rule, now);
  if (!current) return null;
  const until = current.lastAttemptAt.getTime() + blockDuration(current.attempts, rule);
  return until > now.getTime() ? new Date(until) : null;
}

/** The counter after one more attempt now. */
export function countAttempt(
  count: AttemptCount | null,
  rule: AttemptRule,
  now: Date,
): AttemptCount {
  const current = currentCount(count, rule, now);
  return { attempts: (current?.attempts ?? 0) + 1, lastAttemptAt: now };
}

/** Whether this attempt is the one that starts the first block (the moment to tell the owner). */
export function startsFirstBlock(count: AttemptCount, rule: AttemptRule): boolean {
  return count.attempts === rule.free;
}

/** Self sign-ups from one client address: generous (a training centre shares an address). */
export const ADDRESS_SIGNUP_RULE: AttemptRule = {
  free: 30,
  blockMs: HOUR,
  maxBlockMs: 24 * HOUR,
  forgetAfterMs: HOUR,
};
