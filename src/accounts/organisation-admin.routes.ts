import { z } from 'zod';
import type { AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { notFound } from '../shared/errors.js';
import {
  createOrganisation,
  deactivateOrganisation,
  organisationChangeSchema,
  organisationInputSchema,
  updateOrganisation,
} from './organisation-admin.service.js';
import { organisationSchema } from './organisation.routes.js';
import { findOrganisation } from './organisation.store.js';
import { invitationRequestSchema, inviteToOrganisation } from './invitation.service.js';
import { listMessages } from './outbox.store.js';
import { authorize } from './accounts.policy.js';

const params = z.object({ id: z.uuid() });
const refusals = { 400: problemSchema, 401: problemSchema, 403: problemSchema };
const tags = ['organisations'];
const security = [{ session: [] }];

const invitationSchema = z
  .object({ id: z.uuid(), email: z.string(), role: z.string(), expiresAt: z.iso.datetime() })
  .describe('The invitation; its link goes to the invitee by e-mail only');

const invitationMessageSchema = z.object({
  id: z.number().int(),
  recipient: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
});

/** Administrators create, change and deactivate organisations, and invite people to them. */
export const organisationAdminRoutes: AreaRoutes = async (app, ctx) => {
  const by = (actorUserId: string) => ({ actorUserId, now: ctx.now() });
  const existing = async (id: string) => {
    const found = await findOrganisation(ctx.db, id);
    if (!found) throw notFound('accounts.unknown_organisation', 'There is no such organisation.');
    return found;
  };

  app.post(
    '/api/organisations',
    {
      schema: {
        operationId: 'createOrganisation',
        tags,
        summary: 'Create an organisation (administrators; a name is unique within a country)',
        security,
        body: organisationInputSchema,
        response: { 201: organisationSchema, ...refusals, 422: problemSchema },
      },
    },
    async (request, reply) => {
      authorize(request.actor, 'organisation.create');
      const id = await createOrganisation(ctx.db, request.body, by(request.actor.userId));
      return reply.status(201).send(await existing(id));
    },
  );

  app.patch(
    '/api/organisations/:id',
    {
      schema: {
        operationId: 'updateOrganisation',
        tags,
        summary: "Change an organisation's name, kind, country or city (administrators)",
        security,
        params,
        body: organisationChangeSchema,
        response: { 200: organisationSchema, ...refusals, 404: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      authorize(request.actor, 'organisation.update');
      await updateOrganisation(ctx.db, request.params.id, request.body, by(request.actor.userId));
      return existing(request.params.id);
    },
  );

  app.post(
    '/api/organisations/:id/deactivate',
    {
      schema: {
        operationId: 'deactivateOrganisation',
        tags,
        summary: 'Deactivate an organisation: kept for history, takes no new members',
        security,
        params,
        response: { 200: organisationSchema, ...refusals, 404: problemSchema },
      },
    },
    async (request) => {
      authorize(request.actor, 'organisation.update');
      await deactivateOrganisation(ctx.db, request.params.id, by(request.actor.userId));
      return existing(request.params.id);
    },
  );

  app.post(
    '/api/organisations/:id/invitations',
    {
      schema: {
        operationId: 'inviteToOrganisation',
        tags,
        summary:
          'Invite someone by e-mail with a role: a single-use link valid 7 days goes to the outbox',
        security,
        params,
        body: invitationRequestSchema,
        response: {
          201: invitationSchema,
          ...refusals,
          404: problemSchema,
          409: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request, reply) => {
      authorize(request.actor, 'organisation.update');
      const org = await existing(request.params.id);
      authorize(request.actor, 'organisation.invite', org);
      const invited = await inviteToOrganisation(ctx.db, org.id, request.body, {
        ...by(request.actor.userId),
        publicUrl: ctx.config.publicUrl,
      });
      return reply.status(201).send({
        id: invited.id,
        email: invited.email,
        role: request.body.role,
        expiresAt: invited.expiresAt.toISOString(),
      });
    },
  );

  app.get(
    '/api/outbox/invitations',
    {
      schema: {
        operationId: 'listInvitationMessages',
        tags,
        summary:
          'The latest invitation messages with their links and delivery state (administrators; ' +
          'for handing a link over when no mail server is configured)',
        security,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) }),
        response: { 200: z.object({ messages: z.array(invitationMessageSchema) }), ...refusals },
      },
    },
    async (request) => {
      authorize(request.actor, 'outbox.readInvitations');
      const messages = await listMessages(ctx.db, {
        unsentOnly: false,
        limit: request.query.limit,
        kind: 'invitation',
      });
      return {
        messages: messages.map((m) => ({
          id: m.id,
          recipient: m.recipient,
          subject: m.subject,
          body: m.body,
          createdAt: m.createdAt.toISOString(),
          sentAt: m.sentAt?.toISOString() ?? null,
          attempts: m.attempts,
          lastError: m.lastError,
        })),
      };
    },
  );
};
