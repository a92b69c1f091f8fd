import { z } from 'zod';
import { authenticated } from '../../accounts/policy.js';
import type { Actor } from '../../accounts/actor.js';
import type { AppContext, HttpApp } from '../../http/context.js';
import { problemResponses } from '../../http/openapi.js';
import { notFound } from '../../shared/errors.js';
import { authorize, can } from '../protection.policy.js';
import type { GrievanceKeyring } from './grievance-cipher.service.js';
import type { GrievanceRow } from './grievance-events.store.js';
import { presentGrievanceSummary } from './grievance.presenters.js';
import { asGrievanceResource, readGrievance, viewOf } from './grievance-read.service.js';
import {
  appealInputSchema,
  attachmentContentSchema,
  grievanceSchema,
  grievanceSummarySchema,
  informationInputSchema,
  sharingInputSchema,
  stepInputSchema,
} from './grievance.schemas.js';
import {
  appealGrievance,
  provideInformation,
  setSharing,
  takeStep,
} from './grievance-steps.store.js';
import {
  attachmentContent,
  grievancesVisibleTo,
  organisationNames,
  requireGrievance,
} from './grievance.store.js';

const idParams = z.object({ id: z.uuid() });

/** Why the actor sees a case in their list. */
function relationOf(actor: Actor, g: GrievanceRow) {
  const r = asGrievanceResource(g);
  if (r.personUserId === actor.userId || r.filedByUserId === actor.userId) return 'own' as const;
  if (can(actor, 'grievance.handle', r)) return 'handling' as const;
  if (can(actor, 'grievance.read', r)) return 'shared' as const;
  return 'concerned' as const;
}

/** The actor's own cases, their body's queue, shared cases and cases against their organisation. */
export async function grievanceHandlingRoutes(
  app: HttpApp,
  ctx: AppContext,
  keyring: GrievanceKeyring,
) {
  const gctx = () => ({ db: ctx.db, keyring, now: ctx.now() });
  /** A case the actor may see at least in part (else 404), and how. */
  const visible = async (actor: Actor, id: string) => {
    const g = await requireGrievance(ctx.db, id);
    return { g, view: viewOf(actor, g) };
  };

  app.get(
    '/api/grievances',
    {
      schema: {
        operationId: 'listGrievances',
        tags: ['grievances'],
        summary:
          'The grievances the caller may see: their own, their body’s queue (with deadlines and ' +
          'escalations), those shared with their workers’ organisation, those against their organisation',
        security: [{ session: [] }],
        response: {
          200: z.object({ grievances: z.array(grievanceSummarySchema) }),
          ...problemResponses(401),
        },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const orgs = actor.memberships
        .filter((m) => m.role !== 'candidate')
        .map((m) => m.organisationId);
      const rows = (await grievancesVisibleTo(ctx.db, actor.userId, orgs)).filter((g) => {
        const r = asGrievanceResource(g);
        return can(actor, 'grievance.read', r) || can(actor, 'grievance.readDisclosed', r);
      });
      const names = await organisationNames(
        ctx.db,
        rows
          .flatMap((g) => [g.handlerOrganisationId, g.concernedOrganisationId])
          .filter((id) => id !== null),
      );
      const now = ctx.now();
      return {
        grievances: rows.map((g) => ({
          ...presentGrievanceSummary(g, names, now),
          view: can(actor, 'grievance.read', asGrievanceResource(g))
            ? ('full' as const)
            : ('disclosed' as const),
          relation: relationOf(actor, g),
        })),
      };
    },
  );

  app.get(
    '/api/grievances/:id',
    {
      schema: {
        operationId: 'getGrievance',
        tags: ['grievances'],
        summary:
          'A grievance: in full for the person, the handler and a consented representative; the disclosed parts for the organisation concerned',
        security: [{ session: [] }],
        params: idParams,
        response: { 200: grievanceSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const g = await requireGrievance(ctx.db, request.params.id);
      return readGrievance(ctx.db, keyring, g, actor, ctx.now());
    },
  );

  app.post(
    '/api/grievances/:id/steps',
    {
      schema: {
        operationId: 'takeGrievanceStep',
        tags: ['grievances'],
        summary:
          'Take a step on a case (handling body): acknowledge, request information, refer, mediate, resolve with remedy, close, reopen, disclose',
        security: [{ session: [] }],
        params: idParams,
        body: stepInputSchema,
        response: { 200: grievanceSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const { g } = await visible(actor, request.params.id);
      authorize(actor, 'grievance.handle', asGrievanceResource(g));
      await takeStep(gctx(), g, request.body, actor.userId);
      return readGrievance(ctx.db, keyring, await requireGrievance(ctx.db, g.id), actor, ctx.now());
    },
  );

  app.post(
    '/api/grievances/:id/information',
    {
      schema: {
        operationId: 'addGrievanceInformation',
        tags: ['grievances'],
        summary: 'Add information to one’s own grievance (answers a request for information)',
        security: [{ session: [] }],
        params: idParams,
        body: informationInputSchema,
        response: { 200: grievanceSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const { g } = await visible(actor, request.params.id);
      authorize(actor, 'grievance.appeal', asGrievanceResource(g));
      await provideInformation(gctx(), g, request.body.note, actor.userId);
      return readGrievance(ctx.db, keyring, await requireGrievance(ctx.db, g.id), actor, ctx.now());
    },
  );

  app.post(
    '/api/grievances/:id/appeal',
    {
      schema: {
        operationId: 'appealGrievance',
        tags: ['grievances'],
        summary: 'Appeal one’s resolved or closed grievance to the next body of its chain',
        security: [{ session: [] }],
        params: idParams,
        body: appealInputSchema,
        response: { 200: grievanceSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const { g } = await visible(actor, request.params.id);
      authorize(actor, 'grievance.appeal', asGrievanceResource(g));
      await appealGrievance(gctx(), g, request.body.note, actor.userId);
      return readGrievance(ctx.db, keyring, await requireGrievance(ctx.db, g.id), actor, ctx.now());
    },
  );

  app.put(
    '/api/grievances/:id/sharing',
    {
      schema: {
        operationId: 'shareGrievance',
        tags: ['grievances'],
        summary:
          'Share one’s grievance with one’s workers’ organisation (consent), or stop sharing (null)',
        security: [{ session: [] }],
        params: idParams,
        body: sharingInputSchema,
        response: { 200: grievanceSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const { g } = await visible(actor, request.params.id);
      authorize(actor, 'grievance.share', asGrievanceResource(g));
      await setSharing(gctx(), g, request.body.organisationId, actor.userId);
      return readGrievance(ctx.db, keyring, await requireGrievance(ctx.db, g.id), actor, ctx.now());
    },
  );

  app.get(
    '/api/grievances/:id/attachments/:attachmentId',
    {
      schema: {
        operationId: 'getGrievanceAttachment',
        tags: ['grievances'],
        summary: 'An attachment of a grievance, decrypted (full readers only)',
        security: [{ session: [] }],
        params: idParams.extend({ attachmentId: z.uuid() }),
        response: { 200: attachmentContentSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const { g, view } = await visible(actor, request.params.id);
      if (view !== 'full')
        throw notFound('grievance.unknown_attachment', 'There is no such attachment.');
      const file = await attachmentContent(ctx.db, keyring, g.id, request.params.attachmentId);
      return {
        name: file.name,
        mediaType: file.mediaType,
        contentBase64: file.content.toString('base64'),
      };
    },
  );
}
