import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { unauthenticated } from '../shared/errors.js';
import { findAccount } from './account.store.js';
import { recordAccountEvent } from './account-events.service.js';
import { logIn, TooManyAttempts } from './login.service.js';
import { presentMe, sessionSchema } from './me.js';
import { authorize } from './accounts.policy.js';
import { clearSessionCookie, clientOf, setSessionCookie } from './session.hook.js';
import { closeSession } from './session.store.js';

const credentialsSchema = z.object({
  email: z.string().min(1).max(254),
  password: z.string().min(1).max(4096),
});

/** Tells a refused client when to come back (RFC 9110 Retry-After, in seconds). */
export async function withRetryAfter<T>(
  reply: FastifyReply,
  now: Date,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TooManyAttempts) {
      const seconds = Math.ceil((error.retryAt.getTime() - now.getTime()) / 1000);
      reply.header('retry-after', String(Math.max(seconds, 1)));
    }
    throw error;
  }
}

/** Login, logout and the current session. */
export const authRoutes: AreaRoutes = async (app, ctx) => {
  app.post(
    '/api/auth/login',
    {
      schema: {
        operationId: 'logIn',
        security: [],
        tags: ['auth'],
        summary:
          'Log in with email and password; sets the session cookie. Failures are limited per ' +
          'account and per client address (429 with Retry-After)',
        body: credentialsSchema,
        response: { 200: sessionSchema, 401: problemSchema, 429: problemSchema },
      },
      config: { csrfExempt: true },
    },
    async (request, reply) => {
      const now = ctx.now();
      const { account, session } = await withRetryAfter(reply, now, () =>
        logIn(ctx.db, request.body, clientOf(request), now),
      );
      setSessionCookie(reply, ctx, session.token);
      return { user: presentMe(account), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        operationId: 'logOut',
        tags: ['auth'],
        summary: 'Log out: ends the session and clears the cookie',
        security: [{ session: [] }],
        response: { 204: z.null().describe('Logged out'), 403: problemSchema },
      },
    },
    async (request, reply) => {
      const session = request.session;
      if (session) {
        await ctx.db.transaction(async (tx) => {
          await closeSession(tx, session.tokenHash);
          await recordAccountEvent(tx, {
            action: 'user.logout',
            userId: session.userId,
            client: clientOf(request),
            at: ctx.now(),
          });
        });
      }
      clearSessionCookie(reply, ctx);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        operationId: 'getCurrentSession',
        tags: ['auth'],
        summary: 'The logged-in user and the CSRF token of the session',
        security: [{ session: [] }],
        response: { 200: sessionSchema, 401: problemSchema },
      },
    },
    async (request) => {
      authorize(request.actor, 'user.readSelf');
      const account = await findAccount(ctx.db, request.actor.userId);
      if (!account || !request.session) throw unauthenticated();
      return { user: presentMe(account), csrfToken: request.session.csrfToken };
    },
  );
};
