import { authorize } from './recognition.policy.js';
import type { AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { evaluateRecognition, qualificationsByIds } from './evaluation.store.js';
import { presentRecognition } from './recognition.presenters.js';
import { validateQualification } from './qualification.js';
import { loadRegistry } from './framework.store.js';
import { evaluateBodySchema, recognitionResultSchema } from './recognition.schemas.js';
import { assertNoProblems } from './recognition-problems.js';

/** `POST /api/recognition/evaluate`: the engine's explained result for ad-hoc inputs. */
export const recognitionEvaluateRoutes: AreaRoutes = async (app, ctx) => {
  app.post(
    '/api/recognition/evaluate',
    {
      schema: {
        operationId: 'evaluateRecognition',
        tags: ['recognition'],
        summary: 'Evaluate recognition of qualifications, skills and experience against a target',
        security: [{ session: [] }],
        body: evaluateBodySchema,
        response: {
          200: recognitionResultSchema,
          400: problemSchema,
          401: problemSchema,
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) => {
      authorize(request.actor, 'recognition.evaluate');
      const body = request.body;
      const { frameworks } = await loadRegistry(ctx.db);
      body.qualifications.forEach((q, i) =>
        assertNoProblems(
          validateQualification(q, frameworks).map((p) => ({
            ...p,
            field: `qualifications[${i}].${p.field}`,
          })),
        ),
      );
      const stored = await qualificationsByIds(ctx.db, body.qualificationIds);
      const person = {
        qualifications: [...stored, ...body.qualifications],
        skills: body.skills,
        experience: body.experience,
      };
      const asOf = body.asOf ?? ctx.now().toISOString().slice(0, 10);
      const result = await evaluateRecognition(ctx.db, person, body.target, asOf);
      return presentRecognition(result, (uri) => ctx.taxonomy.concept(uri)?.preferredLabel ?? uri);
    },
  );
};
