import { z } from 'zod';
import type { Actor } from '../accounts/actor.js';
import { authenticated } from '../accounts/policy.js';
import type { AreaRoutes } from '../http/context.js';
import { problemResponses, sessionSecurity } from '../http/openapi.js';
import { notFound } from '../shared/errors.js';
import { authorize, can, type OrientationResource } from './journey-steps.policy.js';
import {
  deleteModule,
  listModules,
  orientationScope,
  requireModule,
  saveModule,
  type OrientationModuleRecord,
} from './orientation.store.js';
import { moduleInputSchema, moduleListSchema, moduleSchema } from './orientation.schemas.js';

const partnershipParams = z.object({ id: z.uuid() });
const moduleParams = partnershipParams.extend({ moduleId: z.uuid() });

/** A module as its editors see it. */
export const presentModule = (m: OrientationModuleRecord) => ({
  id: m.id,
  partnershipId: m.partnershipId,
  origin: m.origin,
  destination: m.destination,
  topic: m.topic,
  language: m.language,
  title: m.title,
  body: m.body,
  questions: m.questions,
  passMark: m.passMark,
  version: m.version,
  updatedAt: m.updatedAt.toISOString(),
});

/** The orientation of a partnership its actor may see; a partnership they are no party to is 404. */
function visible(actor: Actor | null, scope: OrientationResource) {
  if (actor && !can(actor, 'orientation.readModules', scope)) {
    throw notFound('partnerships.unknown_partnership', 'There is no such partnership.');
  }
  authorize(actor, 'orientation.readModules', scope);
}

/** Pre-departure orientation modules of a partnership: its coordinators and providers edit them. */
export const orientationModuleRoutes: AreaRoutes = async (app, ctx) => {
  const change = (actor: Actor) => ({ actorUserId: actor.userId, now: ctx.now() });

  app.get(
    '/api/partnerships/:id/orientation-modules',
    {
      schema: {
        operationId: 'listOrientationModules',
        tags: ['journeys'],
        summary: "A partnership's orientation modules with their checks (its parties' staff)",
        security: sessionSecurity,
        params: partnershipParams,
        querystring: z.object({
          origin: z
            .string()
            .regex(/^[A-Z]{2}$/)
            .optional(),
          destination: z
            .string()
            .regex(/^[A-Z]{2}$/)
            .optional(),
        }),
        response: { 200: moduleListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      authenticated(request.actor); // 401 before anything is looked up
      const scope = await orientationScope(ctx.db, request.params.id);
      visible(request.actor, scope);
      const { origin, destination } = request.query;
      const modules = await listModules(
        ctx.db,
        request.params.id,
        origin && destination ? { origin, destination } : undefined,
      );
      return {
        modules: modules
          .filter(
            (m) =>
              (!origin || m.origin === origin) && (!destination || m.destination === destination),
          )
          .map(presentModule),
      };
    },
  );

  app.put(
    '/api/partnerships/:id/orientation-modules',
    {
      schema: {
        operationId: 'saveOrientationModule',
        tags: ['journeys'],
        summary:
          'Write the module of a corridor, topic and language (a new version when one exists; coordinators and training providers)',
        security: sessionSecurity,
        params: partnershipParams,
        body: moduleInputSchema,
        response: {
          200: moduleSchema,
          201: moduleSchema,
          ...problemResponses(400, 401, 403, 404, 422),
        },
      },
    },
    async (request, reply) => {
      authenticated(request.actor); // 401 before anything is looked up
      const scope = await orientationScope(ctx.db, request.params.id);
      visible(request.actor, scope);
      authorize(request.actor, 'orientation.manage', scope);
      const { origin, destination, topic, language, ...content } = request.body;
      const saved = await saveModule(
        ctx.db,
        request.params.id,
        { origin, destination, topic, language },
        content,
        change(request.actor),
      );
      const module = await requireModule(ctx.db, request.params.id, saved.id);
      return reply.status(saved.created ? 201 : 200).send(presentModule(module));
    },
  );

  app.delete(
    '/api/partnerships/:id/orientation-modules/:moduleId',
    {
      schema: {
        operationId: 'deleteOrientationModule',
        tags: ['journeys'],
        summary: 'Remove an orientation module (coordinators and training providers)',
        security: sessionSecurity,
        params: moduleParams,
        response: { 204: z.null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      authenticated(request.actor); // 401 before anything is looked up
      const scope = await orientationScope(ctx.db, request.params.id);
      visible(request.actor, scope);
      authorize(request.actor, 'orientation.manage', scope);
      const module = await requireModule(ctx.db, request.params.id, request.params.moduleId);
      await deleteModule(ctx.db, module, change(request.actor));
      return reply.status(204).send(null);
    },
  );
};
