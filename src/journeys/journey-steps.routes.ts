import { z } from 'zod';
import type { Actor } from '../accounts/actor.js';
import type { AreaRoutes } from '../http/context.js';
import { problemResponses, sessionSecurity } from '../http/openapi.js';
import { isoDate } from '../partnerships/rule-violation.js';
import { presentRecognition } from '../recognition/recognition.presenters.js';
import { answerCheckIn, arrivalOf, tickArrivalItem } from './arrival.store.js';
import { listInWork, recordInWork } from './in-work.store.js';
import { loadStepJourney, type StepJourney } from './journey-link.store.js';
import { authorize } from './journey-steps.policy.js';
import {
  arrivalTickSchema,
  checkInInputSchema,
  followUpInputSchema,
  inWorkInputSchema,
  journeyStepsSchema,
  permitInputSchema,
  permitSchema,
  planInputSchema,
  recogniseInputSchema,
  recognitionResultSchema,
  returnInputSchema,
} from './journey-steps.schemas.js';
import { orientationModuleRoutes } from './orientation.routes.js';
import { orientationTakingRoutes } from './orientation-taking.routes.js';
import {
  recogniseSkillsAbroad,
  recordFollowUp,
  returnOf,
  saveReturn,
  savePlan,
} from './return.store.js';
import { ARRIVAL_ITEMS, CHECK_IN_DAYS, FOLLOW_UP_MONTHS } from './step-vocabulary.js';
import { listPermits, savePermit, type PermitRecord } from './visa.store.js';

const journeyParams = z.object({ id: z.uuid() });
const stepTag = { tags: ['journeys'], security: sessionSecurity };
const writeProblems = problemResponses(400, 401, 403, 404, 409, 422);

const presentPermit = (p: PermitRecord) => ({ ...p, updatedAt: p.updatedAt.toISOString() });

/** The journey's steps with content: visa and permit, arrival, work abroad, return. */
export const journeyStepsRoutes: AreaRoutes = async (app, ctx) => {
  await orientationModuleRoutes(app, ctx);
  await orientationTakingRoutes(app, ctx);
  const change = (actor: Actor) => ({ actorUserId: actor.userId, now: ctx.now() });
  const load = (id: string, actor: Actor | null) => loadStepJourney(ctx.db, id, actor);

  const stepsOf = async (j: StepJourney) => {
    const journeyId = j.loaded.row.id;
    const back = await returnOf(ctx.db, journeyId);
    const arrival = await arrivalOf(ctx.db, j, isoDate(ctx.now()));
    return {
      journeyId,
      stage: j.loaded.state.stage,
      corridor: j.corridor,
      permits: (await listPermits(ctx.db, journeyId)).map(presentPermit),
      arrival: {
        ...arrival,
        checkIns: arrival.checkIns.map((c) => ({
          ...c,
          answer: c.answer ? { ...c.answer, answeredAt: c.answer.answeredAt.toISOString() } : null,
        })),
      },
      inWork: (await listInWork(ctx.db, journeyId)).map((r) => ({
        ...r,
        recordedAt: r.recordedAt.toISOString(),
      })),
      return: {
        ...back,
        homeTrackSearch:
          back.returnedOn && j.corridor
            ? {
                operationId: 'matchCandidateOpenings' as const,
                candidateId: j.loaded.row.candidateId,
                country: j.corridor.origin,
                track: 'home' as const,
                partnershipId: j.loaded.row.partnershipId,
              }
            : null,
      },
    };
  };

  app.get(
    '/api/journeys/:id/steps',
    {
      schema: {
        ...stepTag,
        operationId: 'getJourneySteps',
        summary: "A journey's steps with their content: permits, arrival, work abroad, return",
        params: journeyParams,
        response: { 200: journeyStepsSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const j = await load(request.params.id, request.actor);
      authorize(request.actor, 'journeyStep.read', j.resource);
      return stepsOf(j);
    },
  );

  app.post(
    '/api/journeys/:id/permits',
    {
      schema: {
        ...stepTag,
        operationId: 'recordPermitApplication',
        summary: 'Record a visa or permit application (the person or a coordinator)',
        params: journeyParams,
        body: permitInputSchema,
        response: { 201: permitSchema, ...writeProblems },
      },
    },
    async (request, reply) => {
      const j = await load(request.params.id, request.actor);
      authorize(request.actor, 'permit.record', j.resource);
      const saved = await savePermit(
        ctx.db,
        j,
        null,
        request.body,
        request.actor,
        change(request.actor),
      );
      return reply.status(201).send(presentPermit(saved));
    },
  );

  app.put(
    '/api/journeys/:id/permits/:permitId',
    {
      schema: {
        ...stepTag,
        operationId: 'updatePermitApplication',
        summary: 'Record the outcome and validity of a visa or permit application',
        params: journeyParams.extend({ permitId: z.uuid() }),
        body: permitInputSchema,
        response: { 200: permitSchema, ...writeProblems },
      },
    },
    async (request) => {
      const j = await load(request.params.id, request.actor);
      authorize(request.actor, 'permit.record', j.resource);
      const saved = await savePermit(
        ctx.db,
        j,
        request.params.permitId,
        request.body,
        request.actor,
        change(request.actor),
      );
      return presentPermit(saved);
    },
  );

  app.put(
    '/api/journeys/:id/arrival/checklist/:item',
    {
      schema: {
        ...stepTag,
        operationId: 'tickArrivalItem',
        summary:
          'Tick an item of the arrival checklist (the employer from arrival on, or a coordinator)',
        params: journeyParams.extend({ item: z.enum(ARRIVAL_ITEMS) }),
        body: arrivalTickSchema,
        response: { 204: z.null(), ...writeProblems },
      },
    },
    async (request, reply) => {
      const j = await load(request.params.id, request.actor);
      authorize(request.actor, 'arrival.tick', j.resource);
      await tickArrivalItem(
        ctx.db,
        j,
        request.params.item,
        request.body,
        request.actor,
        change(request.actor),
      );
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/journeys/:id/arrival/check-ins/:day',
    {
      schema: {
        ...stepTag,
        operationId: 'answerCheckIn',
        summary: 'Answer a check-in after arrival, in your own words (the person only)',
        params: journeyParams.extend({
          day: z.enum(CHECK_IN_DAYS.map(String) as ['30', '90']).transform(Number),
        }),
        body: checkInInputSchema,
        response: { 204: z.null(), ...writeProblems },
      },
    },
    async (request, reply) => {
      const j = await load(request.params.id, request.actor);
      authorize(request.actor, 'checkIn.answer', j.resource);
      await answerCheckIn(
        ctx.db,
        j,
        request.params.day,
        request.body,
        request.actor,
        change(request.actor),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/journeys/:id/in-work',
    {
      schema: {
        ...stepTag,
        operationId: 'recordInWork',
        summary:
          'Record upskilling, a certification gained abroad (ESCO skills with evidence) or a contract change',
        params: journeyParams,
        body: inWorkInputSchema,
        response: { 201: z.object({ id: z.uuid() }), ...writeProblems },
      },
    },
    async (request, reply) => {
      const j = await load(request.params.id, request.actor);
      authorize(request.actor, 'inWork.record', j.resource);
      const id = await recordInWork(ctx.db, j, request.body, request.actor, change(request.actor));
      return reply.status(201).send({ id });
    },
  );

  app.put(
    '/api/journeys/:id/return',
    {
      schema: {
        ...stepTag,
        operationId: 'saveReturn',
        summary: 'Set the planned and the actual return (the person or a coordinator)',
        params: journeyParams,
        body: returnInputSchema,
        response: { 204: z.null(), ...writeProblems },
      },
    },
    async (request, reply) => {
      const j = await load(request.params.id, request.actor);
      authorize(request.actor, 'return.record', j.resource);
      await saveReturn(ctx.db, j, request.body, request.actor, change(request.actor));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/journeys/:id/return/recognition',
    {
      schema: {
        ...stepTag,
        operationId: 'recogniseSkillsGainedAbroad',
        summary:
          'Recognise the skills gained abroad in the country of origin (the recognition engine in reverse), explained',
        params: journeyParams,
        body: recogniseInputSchema,
        response: { 200: recognitionResultSchema, ...writeProblems },
      },
    },
    async (request) => {
      const j = await load(request.params.id, request.actor);
      authorize(request.actor, 'return.record', j.resource);
      const result = await recogniseSkillsAbroad(
        ctx.db,
        j,
        request.body.occupation,
        request.actor,
        change(request.actor),
      );
      return presentRecognition(result, (uri) => ctx.taxonomy.concept(uri)?.preferredLabel ?? uri);
    },
  );

  app.put(
    '/api/journeys/:id/reintegration-plan',
    {
      schema: {
        ...stepTag,
        operationId: 'saveReintegrationPlan',
        summary: 'Write the reintegration plan: a job, a business or further study',
        params: journeyParams,
        body: planInputSchema,
        response: { 204: z.null(), ...writeProblems },
      },
    },
    async (request, reply) => {
      const j = await load(request.params.id, request.actor);
      authorize(request.actor, 'reintegration.plan', j.resource);
      await savePlan(ctx.db, j, request.body, request.actor, change(request.actor));
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/journeys/:id/reintegration-plan/follow-ups/:month',
    {
      schema: {
        ...stepTag,
        operationId: 'recordReintegrationFollowUp',
        summary: 'Record the follow-up of the plan at 3, 6 or 12 months (coordinators)',
        params: journeyParams.extend({
          month: z.enum(FOLLOW_UP_MONTHS.map(String) as ['3', '6', '12']).transform(Number),
        }),
        body: followUpInputSchema,
        response: { 204: z.null(), ...writeProblems },
      },
    },
    async (request, reply) => {
      const j = await load(request.params.id, request.actor);
      authorize(request.actor, 'reintegration.followUp', j.resource);
      await recordFollowUp(
        ctx.db,
        j,
        { month: request.params.month, ...request.body },
        request.actor,
        change(request.actor),
      );
      return reply.status(204).send(null);
    },
  );
};
