import { z } from 'zod';
import type { AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { notFound } from '../shared/errors.js';
import { recordAccountEvent } from './account-events.service.js';
import { authenticated } from './policy.js';
import { authorize } from './accounts.policy.js';
import { clearSessionCookie, clientOf } from './session.hook.js';
import { closeAllSessions, closeOwnSession, listSessions } from './session.store.js';

const sessionSummarySchema = z
  .object({
    id: z.uuid(),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime(),
    ip: z.string(),
    userAgent: z.string(),
    current: z.boolean().describe('This is the session making the request'),
  })
  .meta({ id: 'SessionSummary' });

const noSuchSession = () => notFound('auth.unknown_session', 'You have no session with this id.');

/** The logged-in user's own sessions: list, end one, end all. */
export const sessionRoutes: AreaRoutes = async (app, ctx) => {
  app.get(
    '/api/auth/sessions',
    {
      schema: {
        operationId: 'listMySessions',
        tags: ['auth'],
        summary: 'Your open sessions (where and when you are logged in)',
        security: [{ session: [] }],
        response: {
          200: z.object({ sessions: z.array(sessionSummarySchema) }),
          401: problemSchema,
        },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      authorize(actor, 'user.readSelf');
      const sessions = await listSessions(ctx.db, actor.userId, ctx.now());
      return {
        sessions: sessions.map((s) => ({
          id: s.id,
          createdAt: s.createdAt.toISOString(),
          lastSeenAt: s.lastSeenAt?.toISOString() ?? null,
          expiresAt: s.expiresAt.toISOString(),
          ip: s.ip,
          userAgent: s.userAgent,
          current: s.id === request.session?.id,
        })),
      };
    },
  );

  app.delete(
    '/api/auth/sessions/:id',
    {
      schema: {
        operationId: 'endMySession',
        tags: ['auth'],
        summary: 'End one of your sessions (another user’s session id is a 404)',
        security: [{ session: [] }],
        params: z.object({ id: z.string() }),
        response: {
          204: z.null().describe('Session ended'),
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = authenticated(request.actor);
      authorize(actor, 'user.updateSelf', { userId: actor.userId });
      const id = request.params.id;
      if (!z.uuid().safeParse(id).success) throw noSuchSession();
      await ctx.db.transaction(async (tx) => {
        if (!(await closeOwnSession(tx, actor.userId, id))) throw noSuchSession();
        await recordAccountEvent(tx, {
          action: 'user.session_revoke',
          userId: actor.userId,
          client: clientOf(request),
          at: ctx.now(),
          detail: { sessionId: id },
        });
      });
      if (id === request.session?.id) clearSessionCookie(reply, ctx);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/logout-everywhere',
    {
      schema: {
        operationId: 'logOutEverywhere',
        tags: ['auth'],
        summary: 'Sign out everywhere: ends every one of your sessions, this one included',
        security: [{ session: [] }],
        response: {
          204: z.null().describe('Signed out everywhere'),
          401: problemSchema,
          403: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = authenticated(request.actor);
      authorize(actor, 'user.updateSelf', { userId: actor.userId });
      await ctx.db.transaction(async (tx) => {
        await closeAllSessions(tx, actor.userId);
        await recordAccountEvent(tx, {
          action: 'user.logout_everywhere',
          userId: actor.userId,
          client: clientOf(request),
          at: ctx.now(),
        });
      });
      clearSessionCookie(reply, ctx);
      return reply.status(204).send(null);
    },
  );
};
