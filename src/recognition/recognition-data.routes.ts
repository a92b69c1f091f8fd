import { z } from 'zod';
import { authorize } from './recognition.policy.js';
import type { AreaRoutes } from '../http/context.js';
import { problemResponses } from '../http/openapi.js';
import { problemSchema } from '../http/problem.js';
import { addFrameworks, loadRegistry } from './framework.store.js';
import { countrySchema, frameworkLevelSchema, qualificationSchema } from './recognition.schemas.js';
import { addQualifications, listQualifications } from './recognition-data.store.js';

const descriptorsSchema = z.object({
  knowledge: z.array(z.string()),
  skills: z.array(z.string()),
  responsibilityAndAutonomy: z.array(z.string()),
});
const registrySchema = z.object({
  frameworks: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      kind: z.enum(['national', 'regional']),
      country: countrySchema.optional(),
      levels: z.array(
        z.object({
          level: frameworkLevelSchema,
          title: z.string().optional(),
          descriptors: descriptorsSchema,
        }),
      ),
      source: z.string(),
      demo: z.boolean(),
    }),
  ),
  referencing: z.array(
    z.object({
      fromFrameworkId: z.string(),
      fromLevel: frameworkLevelSchema,
      toFrameworkId: z.string(),
      toLevels: z.array(frameworkLevelSchema),
      source: z.string(),
      confidence: z.enum(['high', 'medium', 'low', 'demo']),
    }),
  ),
});

const writeResponses = {
  204: z.null(),
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  422: problemSchema,
};
const tags = ['recognition'];

/** Frameworks, referencing and qualifications: read by anyone, written by officers. */
export const recognitionDataRoutes: AreaRoutes = async (app, ctx) => {
  app.get(
    '/api/recognition/frameworks',
    {
      schema: {
        operationId: 'listQualificationFrameworks',
        security: [],
        tags,
        summary: 'Qualification frameworks, levels and referencing',
        response: { 200: registrySchema },
      },
    },
    async () => loadRegistry(ctx.db),
  );

  app.post(
    '/api/recognition/frameworks',
    {
      schema: {
        operationId: 'addQualificationFrameworks',
        tags,
        summary: 'Add frameworks and referencing (checked for cycles and conflicts)',
        security: [{ session: [] }],
        body: registrySchema,
        response: writeResponses,
      },
    },
    async (request, reply) => {
      authorize(request.actor, 'recognition.manageData');
      await addFrameworks(ctx.db, request.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/recognition/qualifications',
    {
      schema: {
        operationId: 'listQualifications',
        security: [],
        tags,
        summary: 'Qualifications, optionally of one country',
        querystring: z.object({ country: countrySchema.optional() }),
        response: {
          200: z.object({ qualifications: z.array(qualificationSchema) }),
          ...problemResponses(400),
        },
      },
    },
    async (request) => ({ qualifications: await listQualifications(ctx.db, request.query) }),
  );

  app.post(
    '/api/recognition/qualifications',
    {
      schema: {
        operationId: 'addQualifications',
        tags,
        summary: 'Add qualifications (each must sit in a known framework level)',
        security: [{ session: [] }],
        body: z.object({ qualifications: z.array(qualificationSchema).min(1) }),
        response: writeResponses,
      },
    },
    async (request, reply) => {
      authorize(request.actor, 'recognition.manageData');
      await addQualifications(ctx.db, request.body.qualifications);
      return reply.status(204).send(null);
    },
  );
};
