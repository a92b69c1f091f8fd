import { createHash } from 'node:crypto';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { attemptCounter } from './accounts.schema.js';
import {
  blockedUntil,
  countAttempt,
  type AttemptCount,
  type AttemptRule,
} from './attempt-limit.js';

/** One thing whose attempts are counted: e.g. logins to an email, or from an address. */
export interface AttemptSubject {
  /** What kind of attempt this is, e.g. `login-account`. */
  scope: string;
  /** What is counted (an email, an address); only its hash is stored. */
  value: string;
  rule: AttemptRule;
}

/** The outcome of asking to make an attempt. */
export type Admission =
  { admitted: true; counts: AttemptCount[] } | { admitted: false; retryAt: Date };

const keyOf = (subject: AttemptSubject) =>
  createHash('sha256').update(`${subject.scope}\u0000${subject.value}`).digest('hex');

/**
 * Counts an attempt against every subject, unless one of them is blocked. Counted BEFORE the
 * attempt is checked, under row locks, so that parallel requests (on any replica) cannot all
 * slip in before the first failure is recorded; a success is forgiven afterwards.
 * `counts` follow the order of `subjects`.
 */
export async function admitAttempt(
  db: Database,
  subjects: AttemptSubject[],
  now: Date,
): Promise<Admission> {
  const keyed = subjects.map((subject) => ({ subject, key: keyOf(subject) }));
  const keys = [...new Set(keyed.map((k) => k.key))].sort();
  return db.transaction(async (tx) => {
    // Rows exist before they are locked; keys in order so that transactions never deadlock.
    await tx
      .insert(attemptCounter)
      .values(keys.map((key) => ({ key, attempts: 0, lastAttemptAt: now })))
      .onConflictDoNothing();
    const rows = await tx
      .select()
      .from(attemptCounter)
      .where(inArray(attemptCounter.key, keys))
      .orderBy(asc(attemptCounter.key))
      .for('update');
    const stored = new Map(rows.map((r) => [r.key, r]));
    const blocks = keyed
      .map(({ subject, key }) => blockedUntil(stored.get(key) ?? null, subject.rule, now))
      .filter((until): until is Date => until !== null);
    if (blocks.length > 0) {
      return { admitted: false, retryAt: new Date(Math.max(...blocks.map((b) => b.getTime()))) };
    }
    const counts = keyed.map(({ subject, key }) =>
      countAttempt(stored.get(key) ?? null, subject.rule, now),
    );
    for (const [i, { key }] of keyed.entries()) {
      await tx
        .update(attemptCounter)
        .set(counts[i] as AttemptCount)
        .where(eq(attemptCounter.key, key));
    }
    return { admitted: true, counts };
  });
}

/** Forgets the subject's attempts (a successful login clears its account's failures). */
export async function forgetAttempts(db: Database, subject: AttemptSubject): Promise<void> {
  await db.delete(attemptCounter).where(eq(attemptCounter.key, keyOf(subject)));
}

/** Takes back one counted attempt (a successful login does not count against its address). */
export async function refundAttempt(db: Database, subject: AttemptSubject): Promise<void> {
  await db
    .update(attemptCounter)
    .set({ attempts: sql`greatest(${attemptCounter.attempts} - 1, 0)` })
    .where(eq(attemptCounter.key, keyOf(subject)));
}
