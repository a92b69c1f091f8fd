import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lte } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { userSession } from './accounts.schema.js';

/** How long a login lasts. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** A session just opened: the token goes to the cookie and is never stored. */
export interface OpenedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** A live session found from its cookie token. */
export interface ActiveSession {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
}

/** The stored form of a token: a leaked table cannot be replayed as cookies. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Opens a session for the user, dropping that user's expired sessions on the way. */
export async function openSession(db: Database, userId: string, now: Date): Promise<OpenedSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db.transaction(async (tx) => {
    await tx
      .delete(userSession)
      .where(and(eq(userSession.userId, userId), lte(userSession.expiresAt, now)));
    await tx
      .insert(userSession)
      .values({ tokenHash: hashToken(token), userId, csrfToken, createdAt: now, expiresAt });
  });
  return { token, csrfToken, expiresAt };
}

/** The unexpired session a cookie token opens, or null. */
export async function findActiveSession(
  db: Database,
  token: string,
  now: Date,
): Promise<ActiveSession | null> {
  const [row] = await db
    .select({
      tokenHash: userSession.tokenHash,
      userId: userSession.userId,
      csrfToken: userSession.csrfToken,
      expiresAt: userSession.expiresAt,
    })
    .from(userSession)
    .where(and(eq(userSession.tokenHash, hashToken(token)), gt(userSession.expiresAt, now)));
  return row ?? null;
}

/** Ends a session (logout). */
export async function closeSession(db: Database, tokenHash: string): Promise<void> {
  await db.delete(userSession).where(eq(userSession.tokenHash, tokenHash));
}
