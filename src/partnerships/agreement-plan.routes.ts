import { z } from 'zod';
import { authenticated } from '../accounts/policy.js';
import { authorize } from './partnerships.policy.js';
import type { AppContext, HttpApp } from '../http/context.js';
import { problemResponses } from '../http/openapi.js';
import { sendDocument } from '../http/document-download.js';
import { problemSchema } from '../http/problem.js';
import { safeFileName } from '../shared/file-name.js';
import {
  addAction,
  addMilestone,
  addObjective,
  actionPlanOf,
  requireAction,
  updateActionProgress,
} from './action-plan.store.js';
import { addAgreement, agreementDocument, agreementsOf } from './agreement.store.js';
import { agreementReminders } from './agreement.js';
import { asResource, idParams, visiblePartnership } from './partnership.routes.js';
import type { PartnershipSources } from './partnership-sources.js';
import {
  actionPlanSchema,
  actionProgressSchema,
  agreementInputSchema,
  agreementSchema,
  newActionSchema,
  newMilestoneSchema,
} from './partnerships.schemas.js';
import { isoDate } from './rule-violation.js';

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  422: problemSchema,
};
const created = z.object({ id: z.uuid() });

/** A partnership's agreement register and action plan. (what they read
 * from recognition comes in `sources`). */
export async function agreementPlanRoutes(
  app: HttpApp,
  ctx: AppContext,
  sources: PartnershipSources,
) {
  const managed = async (actor: Parameters<typeof authenticated>[0], id: string) => {
    const record = await visiblePartnership(ctx.db, actor, id);
    authorize(actor, 'partnership.manage', asResource(record));
    return record;
  };
  const change = (userId: string) => ({ actorUserId: userId, now: ctx.now() });

  app.get(
    '/api/partnerships/:id/agreements',
    {
      schema: {
        operationId: 'listPartnershipAgreements',
        tags: ['partnerships'],
        summary: 'The agreement register, with reminders of reviews and expiries within 90 days',
        security: [{ session: [] }],
        params: idParams,
        querystring: z.object({ windowDays: z.coerce.number().int().min(0).max(3650).default(90) }),
        response: {
          200: z.object({
            agreements: z.array(agreementSchema),
            reminders: z.array(
              z.object({
                agreementId: z.uuid(),
                title: z.string(),
                kind: z.enum(['review', 'expiry']),
                dueOn: z.iso.date(),
                daysLeft: z.number().int(),
              }),
            ),
          }),
          ...problems,
        },
      },
    },
    async (request) => {
      const record = await visiblePartnership(ctx.db, request.actor, request.params.id);
      const agreements = await agreementsOf(ctx.db, record.id);
      return {
        agreements,
        reminders: agreementReminders(agreements, isoDate(ctx.now()), request.query.windowDays),
      };
    },
  );

  app.post(
    '/api/partnerships/:id/agreements',
    {
      schema: {
        operationId: 'registerPartnershipAgreement',
        tags: ['partnerships'],
        summary:
          'Register an agreement with its skills-module clauses and, optionally, its document (base64)',
        security: [{ session: [] }],
        params: idParams,
        body: agreementInputSchema,
        response: { 201: created, ...problems },
      },
      bodyLimit: 8 * 1024 * 1024,
    },
    async (request, reply) => {
      const record = await managed(request.actor, request.params.id);
      const { document, ...agreement } = request.body;
      const id = await addAgreement(
        ctx.db,
        record,
        agreement,
        document && { ...document, fileName: safeFileName(document.fileName) },
        change(request.actor?.userId ?? ''),
        sources,
      );
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/partnerships/:id/agreements/:agreementId/document',
    {
      schema: {
        operationId: 'getPartnershipAgreementDocument',
        tags: ['partnerships'],
        summary: "An agreement's uploaded document",
        security: [{ session: [] }],
        params: idParams.extend({ agreementId: z.uuid() }),
        response: {
          200: {
            description: 'The document: PDF and images as themselves, anything else as bytes',
            content: {
              'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) },
            },
          },
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const record = await visiblePartnership(ctx.db, request.actor, request.params.id);
      const { metadata, bytes } = await agreementDocument(
        ctx.db,
        record.id,
        request.params.agreementId,
      );
      return sendDocument(reply, metadata, bytes);
    },
  );

  app.get(
    '/api/partnerships/:id/plan',
    {
      schema: {
        operationId: 'getActionPlan',
        tags: ['partnerships'],
        summary: "A partnership's action plan: objectives, actions and milestones",
        security: [{ session: [] }],
        params: idParams,
        response: { 200: actionPlanSchema, ...problems },
      },
    },
    async (request) => {
      const record = await visiblePartnership(ctx.db, request.actor, request.params.id);
      return actionPlanOf(ctx.db, record.id);
    },
  );

  app.post(
    '/api/partnerships/:id/plan/objectives',
    {
      schema: {
        operationId: 'addPlanObjective',
        tags: ['partnerships'],
        summary: 'Add an objective to the action plan',
        security: [{ session: [] }],
        params: idParams,
        body: z.object({ title: z.string().trim().min(1).max(300) }),
        response: { 201: created, ...problems },
      },
    },
    async (request, reply) => {
      const record = await managed(request.actor, request.params.id);
      const id = await addObjective(
        ctx.db,
        record,
        request.body.title,
        change(request.actor?.userId ?? ''),
      );
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/partnerships/:id/plan/actions',
    {
      schema: {
        operationId: 'addPlanAction',
        tags: ['partnerships'],
        summary: 'Add an action, owned by a party, with its deadline',
        security: [{ session: [] }],
        params: idParams,
        body: newActionSchema,
        response: { 201: created, ...problems },
      },
    },
    async (request, reply) => {
      const record = await managed(request.actor, request.params.id);
      const id = await addAction(ctx.db, record, request.body, change(request.actor?.userId ?? ''));
      return reply.status(201).send({ id });
    },
  );

  app.patch(
    '/api/partnerships/:id/plan/actions/:actionId',
    {
      schema: {
        operationId: 'movePlanAction',
        tags: ['partnerships'],
        summary:
          "Move an action to a status with its evidence (the owner's members or the coordinators)",
        security: [{ session: [] }],
        params: idParams.extend({ actionId: z.uuid() }),
        body: actionProgressSchema,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      const actor = authenticated(request.actor);
      const record = await visiblePartnership(ctx.db, actor, request.params.id);
      const action = await requireAction(ctx.db, record.id, request.params.actionId);
      authorize(actor, 'partnership.updateAction', {
        ...asResource(record),
        ownerOrganisationId: action.ownerOrganisationId,
      });
      await updateActionProgress(ctx.db, record, action, request.body, change(actor.userId));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/partnerships/:id/plan/milestones',
    {
      schema: {
        operationId: 'addPlanMilestone',
        tags: ['partnerships'],
        summary: 'Add a milestone to the action plan',
        security: [{ session: [] }],
        params: idParams,
        body: newMilestoneSchema,
        response: { 201: created, ...problems },
      },
    },
    async (request, reply) => {
      const record = await managed(request.actor, request.params.id);
      const id = await addMilestone(
        ctx.db,
        record,
        request.body,
        change(request.actor?.userId ?? ''),
      );
      return reply.status(201).send({ id });
    },
  );
}
