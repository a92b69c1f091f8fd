import { z } from 'zod';
import { asResource } from './partnership.js';
import type { Actor } from '../accounts/actor.js';
import { authenticated } from '../accounts/policy.js';
import { authorize, can } from './partnerships.policy.js';
import type { AppContext, HttpApp } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { partnershipDashboard } from './partnership-dashboard.service.js';
import type { PartnershipSources } from './partnership-sources.js';
import {
  createPartnership,
  listPartnerships,
  requirePartnership,
  unknownPartnership,
  updatePartnership,
  type PartnershipRecord,
  type Tx,
} from './partnership.store.js';
import { presentPartnership, presentSummary } from './partnerships.presenters.js';
import {
  assessmentInputSchema,
  dashboardSchema,
  partnershipDraftSchema,
  partnershipSchema,
  partnershipSummarySchema,
  scorecardSchema,
} from './partnerships.schemas.js';
import { PREREQUISITES } from './scorecard.js';
import { assessPrerequisite } from './scorecard.store.js';

export { asResource }; // its home is partnership.ts; kept here for the routes that import it

/**
 * The partnership, once the actor may read it. One the actor may not see answers 404 exactly like
 * a missing id, so that ids reveal nothing (anonymous callers get 401).
 */
export async function visiblePartnership(
  db: Tx,
  actor: Actor | null,
  id: string,
): Promise<PartnershipRecord> {
  const who = authenticated(actor);
  const record = await requirePartnership(db, id);
  if (!can(who, 'partnership.read', asResource(record))) throw unknownPartnership();
  return record;
}

export const idParams = z.object({ id: z.uuid() });
const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  422: problemSchema,
};

/** Partnerships: list, create, replace, the dashboard and the readiness assessment. (what they read
 * from recognition comes in `sources`). */
export async function partnershipRoutes(
  app: HttpApp,
  ctx: AppContext,
  sources: PartnershipSources,
) {
  app.get(
    '/api/partnerships',
    {
      schema: {
        operationId: 'listPartnerships',
        tags: ['partnerships'],
        summary:
          'The partnerships you may see (those your organisations are parties to; all for admins)',
        security: [{ session: [] }],
        response: {
          200: z.object({ partnerships: z.array(partnershipSummarySchema) }),
          401: problemSchema,
        },
      },
    },
    async (request) => {
      authorize(request.actor, 'partnership.list');
      const actor = request.actor;
      const all = await listPartnerships(ctx.db);
      return {
        partnerships: all
          .filter((p) => can(actor, 'partnership.read', asResource(p)))
          .map(presentSummary),
      };
    },
  );

  app.post(
    '/api/partnerships',
    {
      schema: {
        operationId: 'createPartnership',
        tags: ['partnerships'],
        summary: 'Create a partnership (coordinators; audited)',
        security: [{ session: [] }],
        body: partnershipDraftSchema,
        response: { 201: z.object({ partnership: partnershipSchema }), ...problems },
      },
    },
    async (request, reply) => {
      authorize(request.actor, 'partnership.create');
      const id = await createPartnership(ctx.db, request.body, {
        actorUserId: request.actor.userId,
        now: ctx.now(),
      });
      const record = await requirePartnership(ctx.db, id);
      return reply.status(201).send({ partnership: presentPartnership(record) });
    },
  );

  app.get(
    '/api/partnerships/:id',
    {
      schema: {
        operationId: 'getPartnershipDashboard',
        tags: ['partnerships'],
        summary:
          'A partnership dashboard: stakeholder map, quotas, agreements, plan timeline, scorecard',
        security: [{ session: [] }],
        params: idParams,
        response: { 200: dashboardSchema, ...problems },
      },
    },
    async (request) => {
      const record = await visiblePartnership(ctx.db, request.actor, request.params.id);
      const dashboard = await partnershipDashboard(ctx.db, record, ctx.now(), sources);
      return { ...dashboard, partnership: presentPartnership(record) };
    },
  );

  app.put(
    '/api/partnerships/:id',
    {
      schema: {
        operationId: 'replacePartnership',
        tags: ['partnerships'],
        summary:
          "Replace a partnership's terms, parties and commitments (its coordinators; audited)",
        security: [{ session: [] }],
        params: idParams,
        body: partnershipDraftSchema,
        response: { 200: z.object({ partnership: partnershipSchema }), ...problems },
      },
    },
    async (request) => {
      const record = await visiblePartnership(ctx.db, request.actor, request.params.id);
      authorize(request.actor, 'partnership.manage', asResource(record));
      await updatePartnership(ctx.db, record.id, request.body, {
        actorUserId: request.actor.userId,
        now: ctx.now(),
      });
      return { partnership: presentPartnership(await requirePartnership(ctx.db, record.id)) };
    },
  );

  app.put(
    '/api/partnerships/:id/scorecard/:prerequisite',
    {
      schema: {
        operationId: 'assessScorecardPrerequisite',
        tags: ['partnerships'],
        summary: "Record the coordinator's assessment of a readiness prerequisite (0–4)",
        security: [{ session: [] }],
        params: idParams.extend({ prerequisite: z.enum(PREREQUISITES) }),
        body: assessmentInputSchema,
        response: { 200: z.object({ scorecard: scorecardSchema }), ...problems },
      },
    },
    async (request) => {
      const record = await visiblePartnership(ctx.db, request.actor, request.params.id);
      authorize(request.actor, 'partnership.manage', asResource(record));
      await assessPrerequisite(ctx.db, record.id, request.params.prerequisite, request.body, {
        actorUserId: request.actor.userId,
        now: ctx.now(),
      });
      const { scorecard } = await partnershipDashboard(ctx.db, record, ctx.now(), sources);
      return { scorecard };
    },
  );
}
