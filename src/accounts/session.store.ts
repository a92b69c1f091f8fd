import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, lte, ne } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import type { Account } from './account.store.js';
import { userSession } from './accounts.schema.js';
import { SessionCache } from './session-cache.js';

/** A database handle or an open transaction that may end sessions. */
type SessionWriter = Pick<Database, 'delete'>;

/** How long a login lasts. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often, not on every request. */
const LAST_SEEN_PRECISION_MS = 60 * 1000;

/** How long a signed-in request's session and account are remembered in this process. */
export const DEFAULT_SESSION_CACHE_MS = 5_000;

/** A session and the account it acts for, as the session hook reads them. */
export interface SessionAndAccount {
  session: ActiveSession;
  account: Account;
}

/**
 * This process's memory of recently presented sessions (src/accounts/session-cache.ts): every
 * function here and in the other account stores that ends a session or changes what an actor
 * holds forgets the entries it touches.
 */
export const sessionCache = new SessionCache<SessionAndAccount>(DEFAULT_SESSION_CACHE_MS, () =>
  performance.now(),
);

/** Sets how long sessions are remembered (`SESSION_CACHE_MS`; 0 turns the memory off). */
export function useSessionCacheMs(ms: number): void {
  sessionCache.configure(ms);
}

/** Where a request comes from, as recorded with sessions and audit events. */
export interface ClientInfo {
  ip: string;
  userAgent: string;
}

/** A session just opened: the token goes to the cookie and is never stored. */
export interface OpenedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** A live session found from its cookie token. */
export interface ActiveSession {
  id: string;
  tokenHash: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date | null;
}

/** A session as its owner sees it in their sessions list. */
export interface SessionSummary {
  id: string;
  createdAt: Date;
  lastSeenAt: Date | null;
  expiresAt: Date;
  ip: string;
  userAgent: string;
}

/** The stored form of a token: a leaked table cannot be replayed as cookies. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Opens a session for the user, dropping that user's expired sessions on the way. */
export async function openSession(
  db: Database,
  userId: string,
  client: ClientInfo,
  now: Date,
): Promise<OpenedSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db.transaction(async (tx) => {
    await tx
      .delete(userSession)
      .where(and(eq(userSession.userId, userId), lte(userSession.expiresAt, now)));
    await tx.insert(userSession).values({
      tokenHash: hashToken(token),
      userId,
      csrfToken,
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
      ip: client.ip,
      userAgent: client.userAgent,
    });
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
      id: userSession.id,
      tokenHash: userSession.tokenHash,
      userId: userSession.userId,
      csrfToken: userSession.csrfToken,
      expiresAt: userSession.expiresAt,
      lastSeenAt: userSession.lastSeenAt,
    })
    .from(userSession)
    .where(and(eq(userSession.tokenHash, hashToken(token)), gt(userSession.expiresAt, now)));
  return row ?? null;
}

/** Records that the session was used now, at most once a minute; true when it wrote. */
export async function touchSession(
  db: Database,
  session: ActiveSession,
  now: Date,
): Promise<boolean> {
  const seen = session.lastSeenAt?.getTime() ?? 0;
  if (now.getTime() - seen < LAST_SEEN_PRECISION_MS) return false;
  await db
    .update(userSession)
    .set({ lastSeenAt: now })
    .where(eq(userSession.tokenHash, session.tokenHash));
  return true;
}

/** The user's unexpired sessions, most recently used first. */
export async function listSessions(
  db: Database,
  userId: string,
  now: Date,
): Promise<SessionSummary[]> {
  return db
    .select({
      id: userSession.id,
      createdAt: userSession.createdAt,
      lastSeenAt: userSession.lastSeenAt,
      expiresAt: userSession.expiresAt,
      ip: userSession.ip,
      userAgent: userSession.userAgent,
    })
    .from(userSession)
    .where(and(eq(userSession.userId, userId), gt(userSession.expiresAt, now)))
    .orderBy(desc(userSession.lastSeenAt), desc(userSession.createdAt));
}

/** Ends a session (logout). */
export async function closeSession(db: SessionWriter, tokenHash: string): Promise<void> {
  sessionCache.forgetToken(tokenHash);
  await db.delete(userSession).where(eq(userSession.tokenHash, tokenHash));
  sessionCache.forgetToken(tokenHash);
}

/** Ends the user's session with this id; false when the user has no such session. */
export async function closeOwnSession(
  db: SessionWriter,
  userId: string,
  id: string,
): Promise<boolean> {
  sessionCache.forgetUser(userId);
  const closed = await db
    .delete(userSession)
    .where(and(eq(userSession.userId, userId), eq(userSession.id, id)))
    .returning({ id: userSession.id });
  return closed.length > 0;
}

/** Ends every session of the user, but the one whose token hash is `except` when given. */
export async function closeAllSessions(
  db: SessionWriter,
  userId: string,
  except?: string,
): Promise<void> {
  sessionCache.forgetUser(userId);
  await db
    .delete(userSession)
    .where(
      except === undefined
        ? eq(userSession.userId, userId)
        : and(eq(userSession.userId, userId), ne(userSession.tokenHash, except)),
    );
}
