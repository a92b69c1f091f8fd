import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext, HttpApp } from '../http/context.js';
import { forbidden } from '../shared/errors.js';
import { actorOf, findAccount } from './account.store.js';
import type { Actor } from './actor.js';
import {
  findActiveSession,
  hashToken,
  SESSION_LIFETIME_MS,
  sessionCache,
  touchSession,
  type ActiveSession,
  type ClientInfo,
  type SessionAndAccount,
} from './session.store.js';
import { CSRF_HEADER, SESSION_COOKIE } from './session-names.js';

export { CSRF_HEADER, SESSION_COOKIE };

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in user the request acts for, or null. */
    actor: Actor | null;
    /** The session behind `actor`, or null. */
    session: ActiveSession | null;
  }
  interface FastifyContextConfig {
    /** The route needs no CSRF token (login: there is no session yet). */
    csrfExempt?: boolean;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Reads the session cookie into `request.actor` and enforces CSRF on unsafe API requests. */
export function sessionHook(app: HttpApp, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !request.url.startsWith('/api/')) return;
    const now = ctx.now();
    const found = await sessionOf(ctx, token, now);
    if (!found) return; // an expired or unknown cookie is as good as none
    const { session, account } = found;
    if (unsafeMethods.has(request.method) && !request.routeOptions.config.csrfExempt) {
      requireCsrfToken(request, session);
    }
    request.session = session;
    request.actor = actorOf(account);
    if (await touchSession(ctx.db, session, now)) {
      sessionCache.update(session.tokenHash, {
        session: { ...session, lastSeenAt: now },
        account,
      });
    }
  });
}

/**
 * The live session of a cookie token and its account: from this process's short memory of
 * sessions when it has them (src/accounts/session-cache.ts), else from the database.
 */
async function sessionOf(
  ctx: AppContext,
  token: string,
  now: Date,
): Promise<SessionAndAccount | null> {
  const tokenHash = hashToken(token);
  const cached = sessionCache.get(tokenHash);
  if (cached && cached.session.expiresAt.getTime() > now.getTime()) return cached;
  const generation = sessionCache.begin();
  const session = await findActiveSession(ctx.db, token, now);
  if (!session) return null;
  const account = await findAccount(ctx.db, session.userId);
  if (!account) return null;
  const found = { session, account };
  sessionCache.put(
    tokenHash,
    { userId: session.userId, value: found },
    generation,
    session.expiresAt.getTime() - now.getTime(),
  );
  return found;
}

/** Longest user agent kept with a session or an audit event. */
const MAX_USER_AGENT_LENGTH = 256;

/**
 * The client's address (the socket's, or the one trusted proxies forwarded, see TRUST_PROXY)
 * and its user agent.
 */
export function clientOf(request: FastifyRequest): ClientInfo {
  const userAgent = request.headers['user-agent'];
  return {
    ip: request.ip,
    userAgent: typeof userAgent === 'string' ? userAgent.slice(0, MAX_USER_AGENT_LENGTH) : '',
  };
}

function requireCsrfToken(request: FastifyRequest, session: ActiveSession): void {
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) {
    throw forbidden('auth.csrf', `Send the session's CSRF token in the ${CSRF_HEADER} header.`);
  }
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Sets the session cookie on a reply. */
export function setSessionCookie(reply: FastifyReply, ctx: AppContext, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: ctx.config.secureCookies,
    maxAge: SESSION_LIFETIME_MS / 1000,
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(reply: FastifyReply, ctx: AppContext): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: ctx.config.secureCookies,
  });
}
