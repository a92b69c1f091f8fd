import { z } from 'zod';
import type { Actor } from '../accounts/actor.js';
import { authenticated } from '../accounts/policy.js';
import { authorize, can } from './recognition.policy.js';
import type { Database } from '../db/database.js';
import type { AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { notFound } from '../shared/errors.js';
import { findCase, listCases, stepCase, submitCase, type RecognitionCase } from './case.store.js';
import { STEP_RULES } from './case-workflow.js';
import { caseSchema, caseStepSchema, targetSpecSchema } from './recognition.schemas.js';

const tags = ['recognition cases'];
const security = [{ session: [] }];
const errors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

const resourceOf = (c: RecognitionCase) => ({
  applicantUserId: c.applicantUserId,
  targetCountry: c.targetCountry,
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A case for the API: dates as ISO 8601 strings. */
const presentCase = (c: RecognitionCase) => ({
  ...c,
  submittedAt: c.submittedAt.toISOString(),
  dueAt: iso(c.dueAt),
  appealDeadline: iso(c.appealDeadline),
  events: c.events.map((e) => ({ ...e, at: e.at.toISOString() })),
});

/**
 * The case if the actor may see it; otherwise 404 with the same body as for a case that does not
 * exist, so that ids cannot be probed.
 */
async function visibleCase(db: Database, actor: Actor, id: string): Promise<RecognitionCase> {
  const found = await findCase(db, id);
  if (!found || !can(actor, 'recognitionCase.read', resourceOf(found)))
    throw notFound('recognition.unknown_case', 'There is no such recognition case.');
  return found;
}

/** Recognition cases: a person applies, an officer of the target country reviews and decides, the applicant may appeal. */
export const recognitionCaseRoutes: AreaRoutes = async (app, ctx) => {
  app.post(
    '/api/recognition/cases',
    {
      schema: {
        operationId: 'openRecognitionCase',
        tags,
        summary: 'Apply for recognition (as the logged-in candidate)',
        security,
        body: z.object({ target: targetSpecSchema, qualificationIds: z.array(z.string()).min(1) }),
        response: { 201: caseSchema, ...errors },
      },
    },
    async (request, reply) => {
      authorize(request.actor, 'recognitionCase.submit');
      const created = await submitCase(
        ctx.db,
        { applicantUserId: request.actor.userId, ...request.body },
        ctx.now(),
      );
      return reply.status(201).send(presentCase(created));
    },
  );

  app.get(
    '/api/recognition/cases',
    {
      schema: {
        operationId: 'listRecognitionCases',
        tags,
        summary: 'Cases: your own, or (for recognition officers) those of your country',
        security,
        response: { 200: z.object({ cases: z.array(caseSchema) }), 401: problemSchema },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const cases = can(actor, 'recognitionCase.listAll')
        ? await listCases(ctx.db)
        : await listCases(ctx.db, actor.userId);
      return {
        cases: cases
          .filter((c) => can(actor, 'recognitionCase.read', resourceOf(c)))
          .map(presentCase),
      };
    },
  );

  app.get(
    '/api/recognition/cases/:id',
    {
      schema: {
        operationId: 'getRecognitionCase',
        tags,
        summary: 'A case with its steps, deadlines and recorded evaluation',
        security,
        params: z.object({ id: z.uuid() }),
        response: { 200: caseSchema, ...errors },
      },
    },
    async (request) =>
      presentCase(await visibleCase(ctx.db, authenticated(request.actor), request.params.id)),
  );

  app.post(
    '/api/recognition/cases/:id/steps',
    {
      schema: {
        operationId: 'takeRecognitionCaseStep',
        tags,
        summary: 'Take a step: start_review, decide, appeal, decide_appeal',
        security,
        params: z.object({ id: z.uuid() }),
        body: caseStepSchema,
        response: { 200: caseSchema, ...errors },
      },
    },
    async (request) => {
      const found = await visibleCase(ctx.db, authenticated(request.actor), request.params.id);
      const by = STEP_RULES[request.body.step].by;
      authorize(
        request.actor,
        by === 'officer' ? 'recognitionCase.review' : 'recognitionCase.appeal',
        resourceOf(found),
      );
      return presentCase(
        await stepCase(ctx.db, found.id, request.body, request.actor.userId, ctx.now()),
      );
    },
  );
};
