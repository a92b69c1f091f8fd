import { z } from 'zod';
import type { AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { notFound } from '../shared/errors.js';
import { newPasswordSchema } from './account-fields.js';
import {
  firstAdministratorSchema,
  setUpFirstAdministrator,
  setupNeeded,
} from './first-administrator.service.js';
import {
  acceptInvitation,
  invitationAcceptanceSchema,
  lookUpInvitation,
} from './invitation.service.js';
import { sessionSchema } from './me.js';
import { startSessionFor } from './session-start.service.js';

const tokenSchema = z.object({ token: z.string().min(1).max(200) });
const offerSchema = z.object({
  email: z.string(),
  organisationName: z.string(),
  role: z.string(),
  expiresAt: z.iso.datetime(),
});
const setupPageSchema = firstAdministratorSchema.extend({ password: newPasswordSchema });

/**
 * The ways in without an account: the first-visit setup (only while no administrator exists,
 * never with the demo) and accepting an invitation. Each signs the new user in.
 */
export const onboardingRoutes: AreaRoutes = async (app, ctx) => {
  app.get(
    '/api/setup',
    {
      schema: {
        operationId: 'getSetupStatus',
        security: [],
        tags: ['auth'],
        summary: 'Whether the first-visit setup is open (no administrator yet, demo off)',
        response: { 200: z.object({ needed: z.boolean() }) },
      },
    },
    async () => ({ needed: await setupNeeded(ctx.db, ctx.config.demo) }),
  );

  app.post(
    '/api/setup',
    {
      schema: {
        operationId: 'setUpFirstAdministrator',
        security: [],
        tags: ['auth'],
        summary:
          'Create the first administrator and their organisation, and sign them in (only while ' +
          'no administrator exists and the demo is off; 404 otherwise)',
        body: setupPageSchema,
        response: {
          201: sessionSchema,
          400: problemSchema,
          404: problemSchema,
          409: problemSchema,
        },
      },
      config: { csrfExempt: true },
    },
    async (request, reply) => {
      if (!(await setupNeeded(ctx.db, ctx.config.demo))) {
        throw notFound('setup.closed', 'Setup is closed: an administrator exists.');
      }
      const { userId } = await setUpFirstAdministrator(ctx.db, request.body, {
        now: ctx.now(),
        publicUrl: ctx.config.publicUrl,
      });
      const session = await startSessionFor(ctx, request, reply, userId);
      return reply.status(201).send(session);
    },
  );

  app.post(
    '/api/invitations/lookup',
    {
      schema: {
        operationId: 'lookUpInvitation',
        security: [],
        tags: ['auth'],
        summary: 'What an invitation offers (the token from the link is the credential)',
        body: tokenSchema,
        response: { 200: offerSchema, 400: problemSchema },
      },
      config: { csrfExempt: true },
    },
    async (request) => {
      const offer = await lookUpInvitation(ctx.db, request.body.token, ctx.now());
      return {
        email: offer.email,
        organisationName: offer.organisationName,
        role: offer.role,
        expiresAt: offer.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/api/invitations/accept',
    {
      schema: {
        operationId: 'acceptInvitation',
        security: [],
        tags: ['auth'],
        summary: 'Accept an invitation: set your name and password, and sign in (single use)',
        body: invitationAcceptanceSchema,
        response: { 201: sessionSchema, 400: problemSchema, 409: problemSchema },
      },
      config: { csrfExempt: true },
    },
    async (request, reply) => {
      const userId = await acceptInvitation(ctx.db, request.body, ctx.now());
      return reply.status(201).send(await startSessionFor(ctx, request, reply, userId));
    },
  );
};
