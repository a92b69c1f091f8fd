import { z } from 'zod';
import { authenticated } from '../accounts/policy.js';
import { authorize } from './partnerships.policy.js';
import type { AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { notFound } from '../shared/errors.js';
import { presentWorkshop } from './partnerships.presenters.js';
import {
  ideaInputSchema,
  scoreInputSchema,
  workshopDraftSchema,
  workshopSchema,
} from './partnerships.schemas.js';
import {
  createWorkshop,
  listWorkshops,
  requireWorkshop,
  scoreIdea,
  selectWinners,
  submitIdea,
  workshopRanking,
} from './workshop.store.js';

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const idParams = z.object({ id: z.uuid() });
const created = z.object({ id: z.uuid() });

/** The tripartite workshop: delegations submit ideas, participants score them, winners become partnerships. */
export const workshopRoutes: AreaRoutes = async (app, ctx) => {
  const change = (userId: string) => ({ actorUserId: userId, now: ctx.now() });

  app.get(
    '/api/workshops',
    {
      schema: {
        operationId: 'listWorkshops',
        tags: ['workshops'],
        summary: 'Tripartite workshops',
        security: [{ session: [] }],
        response: {
          200: z.object({
            workshops: z.array(
              z.object({
                id: z.uuid(),
                title: z.string(),
                heldOn: z.iso.date(),
                anonymousScoring: z.boolean(),
              }),
            ),
          }),
          401: problemSchema,
        },
      },
    },
    async (request) => {
      authorize(request.actor, 'workshop.list');
      return { workshops: await listWorkshops(ctx.db) };
    },
  );

  app.post(
    '/api/workshops',
    {
      schema: {
        operationId: 'openWorkshop',
        tags: ['workshops'],
        summary: 'Open a workshop with its scoring criteria and delegations (coordinators)',
        security: [{ session: [] }],
        body: workshopDraftSchema,
        response: { 201: created, ...problems },
      },
    },
    async (request, reply) => {
      authorize(request.actor, 'workshop.create');
      const id = await createWorkshop(ctx.db, request.body, change(request.actor.userId));
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/workshops/:id',
    {
      schema: {
        operationId: 'getWorkshop',
        tags: ['workshops'],
        summary: 'A workshop with its delegations and ideas, ranked by weighted score',
        security: [{ session: [] }],
        params: idParams,
        response: { 200: workshopSchema, ...problems },
      },
    },
    async (request) => {
      authorize(request.actor, 'workshop.list');
      const record = await requireWorkshop(ctx.db, request.params.id);
      return presentWorkshop(record, workshopRanking(record), request.actor.userId);
    },
  );

  app.post(
    '/api/workshops/:id/ideas',
    {
      schema: {
        operationId: 'submitWorkshopIdea',
        tags: ['workshops'],
        summary: 'Submit a partnership idea for a delegation (its members)',
        security: [{ session: [] }],
        params: idParams,
        body: ideaInputSchema,
        response: { 201: created, ...problems },
      },
    },
    async (request, reply) => {
      const actor = authenticated(request.actor);
      const record = await requireWorkshop(ctx.db, request.params.id);
      const delegation = record.delegations.find((d) => d.id === request.body.delegationId);
      if (!delegation)
        throw notFound(
          'workshop.unknown_delegation',
          'There is no such delegation at this workshop.',
        );
      authorize(actor, 'workshop.submitIdea', delegation);
      const id = await submitIdea(ctx.db, record, request.body, change(actor.userId));
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/workshops/:id/ideas/:ideaId/scores',
    {
      schema: {
        operationId: 'scoreWorkshopIdea',
        tags: ['workshops'],
        summary: 'Score an idea on every declared criterion, 0–5 (once per participant)',
        security: [{ session: [] }],
        params: idParams.extend({ ideaId: z.uuid() }),
        body: scoreInputSchema,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      authorize(request.actor, 'workshop.score');
      const record = await requireWorkshop(ctx.db, request.params.id);
      await scoreIdea(
        ctx.db,
        record,
        request.params.ideaId,
        request.actor.userId,
        request.body.scores,
        change(request.actor.userId),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/workshops/:id/winners',
    {
      schema: {
        operationId: 'selectWorkshopWinners',
        tags: ['workshops'],
        summary: 'Select winning ideas: each becomes a draft partnership with an action plan',
        security: [{ session: [] }],
        params: idParams,
        body: z.object({ ideaIds: z.array(z.uuid()).min(1) }),
        response: {
          200: z.object({
            partnerships: z.array(z.object({ ideaId: z.uuid(), partnershipId: z.uuid() })),
          }),
          ...problems,
        },
      },
    },
    async (request) => {
      authenticated(request.actor);
      const record = await requireWorkshop(ctx.db, request.params.id);
      authorize(request.actor, 'workshop.selectWinners', {
        delegationOrganisationIds: record.delegations.map((d) => d.organisationId),
      });
      return {
        partnerships: await selectWinners(
          ctx.db,
          record,
          request.body.ideaIds,
          change(request.actor.userId),
        ),
      };
    },
  );
};
