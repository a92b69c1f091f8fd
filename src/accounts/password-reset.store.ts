import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { appUser, passwordReset } from './accounts.schema.js';
import { hashToken } from './session.store.js';

/** How long a reset link works. */
export const RESET_TOKEN_LIFETIME_MS = 30 * 60 * 1000;

type Tx = Pick<Database, 'insert' | 'update' | 'delete' | 'select'>;

/** Creates a single-use reset token for the user; only its hash is stored. */
export async function issueResetToken(tx: Tx, userId: string, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx.insert(passwordReset).values({
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + RESET_TOKEN_LIFETIME_MS),
  });
  return token;
}

const usable = (token: string, now: Date) =>
  and(
    eq(passwordReset.tokenHash, hashToken(token)),
    isNull(passwordReset.usedAt),
    gt(passwordReset.expiresAt, now),
  );

/** The account an unused, unexpired token resets, or null. */
export async function findResetTarget(
  db: Tx,
  token: string,
  now: Date,
): Promise<{ userId: string; email: string } | null> {
  const [row] = await db
    .select({ userId: appUser.id, email: appUser.email })
    .from(passwordReset)
    .innerJoin(appUser, eq(appUser.id, passwordReset.userId))
    .where(usable(token, now));
  return row ?? null;
}

/**
 * Uses up the token (atomically: of two concurrent uses only one succeeds) and drops the
 * user's other unused tokens. Returns the user id, or null when the token was not usable.
 */
export async function consumeResetToken(tx: Tx, token: string, now: Date): Promise<string | null> {
  const [used] = await tx
    .update(passwordReset)
    .set({ usedAt: now })
    .where(usable(token, now))
    .returning({ userId: passwordReset.userId });
  if (!used) return null;
  await dropResetTokens(tx, used.userId);
  return used.userId;
}

/** Drops the user's unused reset tokens (after any password change). */
export async function dropResetTokens(tx: Tx, userId: string): Promise<void> {
  await tx
    .delete(passwordReset)
    .where(and(eq(passwordReset.userId, userId), isNull(passwordReset.usedAt)));
}
