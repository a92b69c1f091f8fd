import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { unauthenticated } from '../shared/errors.js';
import { findAccount, normaliseEmail } from './account.store.js';
import { logIn } from './login.js';
import { presentMe, sessionSchema } from './me.js';
import { authorize } from './policy.js';
import { clearSessionCookie, setSessionCookie } from './session.hook.js';
import { closeSession } from './session.store.js';

const credentialsSchema = z.object({
  email: z.string().min(1).max(254),
  password: z.string().min(1).max(1024),
});

/** Login attempts are counted per client address and email, so one account cannot be guessed at. */
function loginAttemptKey(request: FastifyRequest): string {
  const body = request.body as { email?: unknown } | undefined;
  const email = typeof body?.email === 'string' ? normaliseEmail(body.email) : '';
  return `${request.ip}|${email}`;
}

/** Login, logout and the current session. */
export const authRoutes: AreaRoutes = async (app, ctx) => {
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in with email and password; sets the session cookie',
        body: credentialsSchema,
        response: { 200: sessionSchema, 401: problemSchema, 429: problemSchema },
      },
      config: {
        csrfExempt: true,
        // preHandler: the body is parsed by then, so the key can include the email.
        rateLimit: {
          max: 10,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: loginAttemptKey,
        },
      },
    },
    async (request, reply) => {
      const { account, session } = await logIn(ctx.db, request.body, ctx.now());
      setSessionCookie(reply, ctx, session.token);
      return { user: presentMe(account), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log out: ends the session and clears the cookie',
        security: [{ session: [] }],
        response: { 204: z.null().describe('Logged out'), 403: problemSchema },
      },
    },
    async (request, reply) => {
      if (request.session) await closeSession(ctx.db, request.session.tokenHash);
      clearSessionCookie(reply, ctx);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
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
