import { z } from 'zod';
import { authenticated } from '../accounts/policy.js';
import type { AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { countrySchema, isoDateSchema } from './recognition.schemas.js';
import { notFound } from '../shared/errors.js';
import { assessorMemberships, authorize, can } from './recognition.policy.js';
import { rplEntitlement } from './rpl-entitlement.store.js';
import { assertEscoSkills, assessmentsOf, recordAssessment, rplSkillsOf } from './rpl.store.js';

const assessmentBody = z.object({
  personUserId: z.uuid(),
  assessor: z.string().min(1),
  assessorCertifies: z.boolean(),
  method: z.enum([
    'interview',
    'practical_demonstration',
    'portfolio',
    'written_test',
    'workplace_observation',
  ]),
  place: z.object({
    country: countrySchema,
    city: z.string().optional(),
    onsiteAbroad: z.boolean(),
  }),
  date: isoDateSchema,
  results: z
    .array(
      z.object({
        skillUri: z.string().min(1),
        result: z.enum(['demonstrated', 'partly_demonstrated', 'not_demonstrated']),
      }),
    )
    .min(1),
});
const assessmentSchema = assessmentBody.extend({ id: z.uuid() }).meta({ id: 'RplAssessment' });
const tags = ['recognition'];
const security = [{ session: [] }];

/** RPL: entitled assessors record assessments, the person and entitled officers see them (docs/recognition.md). */
export const recognitionRplRoutes: AreaRoutes = async (app, ctx) => {
  app.post(
    '/api/recognition/rpl-assessments',
    {
      schema: {
        operationId: 'recordRplAssessment',
        tags,
        summary: 'Record an RPL assessment (raises evidence: assessed or certified)',
        security,
        body: assessmentBody,
        response: {
          201: assessmentSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { personUserId, results } = request.body;
      authorize(request.actor, 'rpl.record', { userId: personUserId });
      // An unknown person and one the assessor's organisations may not assess look the same.
      const entitled = await rplEntitlement(ctx.db, personUserId);
      if (!entitled || !can(request.actor, 'rpl.recordFor', entitled))
        throw notFound('recognition.unknown_person', 'There is no such person.');
      const [assessorFor] = assessorMemberships(request.actor, entitled);
      await assertEscoSkills(ctx.db, results);
      const by = {
        actorUserId: request.actor.userId,
        organisationId: assessorFor!.organisationId,
        now: ctx.now(),
      };
      return reply.status(201).send(await recordAssessment(ctx.db, request.body, by));
    },
  );

  app.get(
    '/api/recognition/people/:userId/rpl',
    {
      schema: {
        operationId: 'getPersonRpl',
        tags,
        summary: "A person's RPL assessments and the evidence level of each skill",
        security,
        params: z.object({ userId: z.uuid() }),
        response: {
          200: z.object({
            assessments: z.array(assessmentSchema),
            skills: z.array(
              z.object({ skillUri: z.string(), evidence: z.string(), source: z.string() }),
            ),
          }),
          401: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => {
      const actor = authenticated(request.actor);
      const entitled = await rplEntitlement(ctx.db, request.params.userId);
      if (!entitled || !can(actor, 'rpl.read', { userId: request.params.userId, entitled }))
        throw notFound('recognition.unknown_person', 'There is no such person.');
      return {
        assessments: await assessmentsOf(ctx.db, request.params.userId),
        skills: await rplSkillsOf(ctx.db, request.params.userId),
      };
    },
  );
};
