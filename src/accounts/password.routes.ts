import { z } from 'zod';
import type { AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { unauthenticated } from '../shared/errors.js';
import { emailSchema, newPasswordSchema } from './account-fields.js';
import { withRetryAfter } from './auth.routes.js';
import { changePassword, confirmPasswordReset, requestPasswordReset } from './password.service.js';
import { authenticated } from './policy.js';
import { authorize } from './accounts.policy.js';
import { clientOf } from './session.hook.js';

const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1).max(4096),
  newPassword: newPasswordSchema,
});

const resetRequestSchema = z.object({ email: emailSchema });

const resetConfirmSchema = z.object({
  token: z.string().min(1).max(200),
  password: newPasswordSchema,
});

const resetRequested = z
  .object({ message: z.string() })
  .describe('Same answer whether or not the email has an account');

/** The same words for every reset request, so that it reveals nothing. */
const RESET_REQUESTED =
  'If an account uses this email, a link to choose a new password is on its way. It works for 30 minutes.';

/** Password change (logged in) and password reset by a one-time link. */
export const passwordRoutes: AreaRoutes = async (app, ctx) => {
  app.post(
    '/api/auth/password',
    {
      schema: {
        operationId: 'changeMyPassword',
        tags: ['auth'],
        summary: 'Change your password (ends your other sessions; audited)',
        security: [{ session: [] }],
        body: passwordChangeSchema,
        response: {
          204: z.null().describe('Password changed'),
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = authenticated(request.actor);
      authorize(actor, 'user.updateSelf', { userId: actor.userId });
      if (!request.session) throw unauthenticated();
      const now = ctx.now();
      const by = { sessionTokenHash: request.session.tokenHash, client: clientOf(request), now };
      await withRetryAfter(reply, now, () =>
        changePassword(ctx.db, { userId: actor.userId, ...request.body }, by),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      schema: {
        operationId: 'requestPasswordReset',
        security: [],
        tags: ['auth'],
        summary:
          'Ask for a password-reset link by email (the same answer for every email; limited ' +
          'per email and per client address)',
        body: resetRequestSchema,
        response: { 202: resetRequested, 400: problemSchema, 429: problemSchema },
      },
      config: { csrfExempt: true },
    },
    async (request, reply) => {
      const now = ctx.now();
      const by = { client: clientOf(request), now, publicUrl: ctx.config.publicUrl };
      await withRetryAfter(reply, now, () => requestPasswordReset(ctx.db, request.body.email, by));
      return reply.status(202).send({ message: RESET_REQUESTED });
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      schema: {
        operationId: 'confirmPasswordReset',
        security: [],
        tags: ['auth'],
        summary: 'Choose a new password with a reset token (single use; ends every session)',
        body: resetConfirmSchema,
        response: { 204: z.null().describe('Password set'), 400: problemSchema },
      },
      config: { csrfExempt: true },
    },
    async (request, reply) => {
      await confirmPasswordReset(ctx.db, request.body, {
        client: clientOf(request),
        now: ctx.now(),
      });
      return reply.status(204).send(null);
    },
  );
};
