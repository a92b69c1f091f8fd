import { z } from 'zod';
import { authorize } from '../accounts/policy.js';
import type { AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { countrySchema, isoDateSchema } from './recognition.api-schemas.js';
import { assessmentsOf, recordAssessment, rplSkillsOf } from './rpl.store.js';

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

/** RPL: assessors record assessments; the person and officers see them and the evidence they give. */
export const recognitionRplRoutes: AreaRoutes = async (app, ctx) => {
  app.post(
    '/api/recognition/rpl-assessments',
    {
      schema: {
        tags,
        summary: 'Record an RPL assessment (raises evidence: assessed or certified)',
        security,
        body: assessmentBody,
        response: {
          201: assessmentSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
        },
      },
    },
    async (request, reply) => {
      authorize(request.actor, 'rpl.record', { userId: request.body.personUserId });
      return reply
        .status(201)
        .send(await recordAssessment(ctx.db, request.body, request.actor.userId, ctx.now()));
    },
  );

  app.get(
    '/api/recognition/people/:userId/rpl',
    {
      schema: {
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
          403: problemSchema,
        },
      },
    },
    async (request) => {
      authorize(request.actor, 'rpl.read', { userId: request.params.userId });
      return {
        assessments: await assessmentsOf(ctx.db, request.params.userId),
        skills: await rplSkillsOf(ctx.db, request.params.userId),
      };
    },
  );
};
