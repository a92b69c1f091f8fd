import { z } from 'zod';
import type { AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { notFound } from '../shared/errors.js';
import { findAccount } from './account.store.js';
import { auditEventsAbout } from './audit.store.js';
import { meSchema, presentMe } from './me.js';
import { authenticated } from './policy.js';
import { authorize } from './accounts.policy.js';
import { profileChangeSchema, updateOwnProfile } from './profile.store.js';
import { newUserSchema, registerUser } from './user-registration.service.js';

const auditEventSchema = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime(),
    actorUserId: z.uuid().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string(),
    detail: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });

const userResponse = z.object({ user: meSchema });

/** The logged-in user's own data, and account creation by admins. */
export const userRoutes: AreaRoutes = async (app, ctx) => {
  const currentAccount = async (userId: string) => {
    const account = await findAccount(ctx.db, userId);
    if (!account) throw notFound('accounts.unknown_user', 'This user no longer exists.');
    return presentMe(account);
  };

  app.patch(
    '/api/users/me',
    {
      schema: {
        operationId: 'updateMyAccount',
        tags: ['users'],
        summary: 'Change your display name or language (audited)',
        security: [{ session: [] }],
        body: profileChangeSchema,
        response: { 200: userResponse, 400: problemSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      authorize(actor, 'user.updateSelf', { userId: actor.userId });
      await updateOwnProfile(ctx.db, actor.userId, request.body, ctx.now());
      return { user: await currentAccount(actor.userId) };
    },
  );

  app.get(
    '/api/users/me/audit',
    {
      schema: {
        operationId: 'listMyAuditEvents',
        tags: ['users'],
        summary: 'Every recorded change to your personal data (data subject access)',
        security: [{ session: [] }],
        response: { 200: z.object({ events: z.array(auditEventSchema) }), 401: problemSchema },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      authorize(actor, 'audit.readOwn', { userId: actor.userId });
      const events = await auditEventsAbout(ctx.db, actor.userId);
      return {
        events: events.map(({ id, at, actorUserId, action, entity, entityId, detail }) => ({
          id,
          at: at.toISOString(),
          actorUserId,
          action,
          entity,
          entityId,
          detail,
        })),
      };
    },
  );

  app.post(
    '/api/users',
    {
      schema: {
        operationId: 'createUser',
        tags: ['users'],
        summary: 'Create a user with a first membership (admins only; audited)',
        security: [{ session: [] }],
        body: newUserSchema,
        response: {
          201: userResponse,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          409: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request, reply) => {
      authorize(request.actor, 'user.create');
      const id = await registerUser(ctx.db, request.body, {
        actorUserId: request.actor.userId,
        now: ctx.now(),
      });
      return reply.status(201).send({ user: await currentAccount(id) });
    },
  );
};
