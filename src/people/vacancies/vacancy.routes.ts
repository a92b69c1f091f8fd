import { z } from 'zod';
import { authenticated } from '../../accounts/policy.js';
import type { AreaRoutes } from '../../http/context.js';
import { problemSchema } from '../../http/problem.js';
import { IMPORT_LIMITS } from '../../imports-runtime/import-limits.js';
import { readInWorker } from '../../imports-runtime/parse-pool.job.js';
import { notFound } from '../../shared/errors.js';
import { importReportSchema } from '../candidates/candidate.presenters.js';
import {
  peopleImportInput,
  refuseProblems,
  requireKnownConcepts,
  requirePartyOfPartnership,
} from '../people-context.service.js';
import { authorize } from '../people.policy.js';
import { countrySchema, escoOccupationUriSchema } from '../profile-fields.js';
import { vacancyProblems, vacancySchema, type Vacancy } from './vacancy.js';
import {
  findVacancy,
  listVacancies,
  occupationSkillSuggestions,
  saveVacancy,
  type VacancyRecord,
} from './vacancy.store.js';

const vacancyResponse = z
  .object({ id: z.uuid(), vacancy: vacancySchema, updatedAt: z.iso.datetime() })
  .meta({ id: 'VacancyRecord' });
const present = (r: VacancyRecord) => ({ ...r, updatedAt: r.updatedAt.toISOString() });
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

/** Employers' vacancies, JobPosting import and skill suggestions from the occupation. */
export const vacancyRoutes: AreaRoutes = async (app, ctx) => {
  const check = (v: Vacancy) => {
    refuseProblems('people.invalid_vacancy', vacancyProblems(v));
    requireKnownConcepts(ctx.taxonomy, [
      { field: 'occupationUri', uri: v.occupationUri },
      ...v.essentialSkills.map((uri, i) => ({ field: `essentialSkills[${i}]`, uri })),
      ...v.optionalSkills.map((uri, i) => ({ field: `optionalSkills[${i}]`, uri })),
    ]);
  };

  app.get(
    '/api/vacancies',
    {
      schema: {
        operationId: 'listVacancies',
        tags: ['vacancies'],
        summary: 'Vacancies, optionally of one occupation, country or employer',
        security: [{ session: [] }],
        querystring: z.object({
          occupation: escoOccupationUriSchema.optional(),
          country: countrySchema.optional(),
          employer: z.uuid().optional(),
        }),
        response: { 200: z.object({ vacancies: z.array(vacancyResponse) }), ...errors },
      },
    },
    async (request) => {
      authorize(request.actor, 'vacancy.read');
      const { occupation, country, employer } = request.query;
      const rows = await listVacancies(ctx.db, {
        occupationUri: occupation,
        country,
        employerId: employer,
      });
      return { vacancies: rows.map(present) };
    },
  );

  app.get(
    '/api/vacancies/:id',
    {
      schema: {
        operationId: 'getVacancy',
        tags: ['vacancies'],
        summary: 'A vacancy',
        security: [{ session: [] }],
        params: z.object({ id: z.uuid() }),
        response: { 200: vacancyResponse, ...errors },
      },
    },
    async (request) => {
      authorize(request.actor, 'vacancy.read');
      const record = await findVacancy(ctx.db, request.params.id);
      if (!record) throw notFound('people.unknown_vacancy', 'There is no such vacancy.');
      return present(record);
    },
  );

  app.post(
    '/api/vacancies',
    {
      schema: {
        operationId: 'postVacancy',
        tags: ['vacancies'],
        summary: 'Post a vacancy',
        security: [{ session: [] }],
        body: vacancySchema,
        response: { 201: vacancyResponse, 422: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      authorize(request.actor, 'vacancy.write', { organisationId: request.body.employerId });
      check(request.body);
      await requirePartyOfPartnership(ctx, request.actor, request.body, request.body.employerId);
      const id = await saveVacancy(ctx.db, request.body, ctx.now());
      return reply.status(201).send(present((await findVacancy(ctx.db, id))!));
    },
  );

  app.put(
    '/api/vacancies/:id',
    {
      schema: {
        operationId: 'replaceVacancy',
        tags: ['vacancies'],
        summary: 'Change a vacancy',
        security: [{ session: [] }],
        params: z.object({ id: z.uuid() }),
        body: vacancySchema,
        response: { 200: vacancyResponse, 422: problemSchema, ...errors },
      },
    },
    async (request) => {
      authenticated(request.actor); // 401 before anything is looked up
      const existing = await findVacancy(ctx.db, request.params.id);
      if (!existing) throw notFound('people.unknown_vacancy', 'There is no such vacancy.');
      authorize(request.actor, 'vacancy.write', { organisationId: existing.vacancy.employerId });
      authorize(request.actor, 'vacancy.write', { organisationId: request.body.employerId });
      check(request.body);
      await requirePartyOfPartnership(ctx, request.actor, request.body, request.body.employerId);
      await saveVacancy(ctx.db, request.body, ctx.now(), existing.id);
      return present((await findVacancy(ctx.db, existing.id))!);
    },
  );

  app.get(
    '/api/vacancies/skill-suggestions',
    {
      schema: {
        operationId: 'suggestVacancySkills',
        tags: ['vacancies'],
        summary: "ESCO's essential and optional skills of an occupation, to start a vacancy from",
        security: [{ session: [] }],
        querystring: z.object({ occupation: escoOccupationUriSchema }),
        response: {
          200: z.object({ essential: z.array(z.string()), optional: z.array(z.string()) }),
          ...errors,
        },
      },
    },
    async (request) => {
      authenticated(request.actor);
      if (!ctx.taxonomy.versionId) return { essential: [], optional: [] };
      return occupationSkillSuggestions(ctx.db, ctx.taxonomy.versionId, request.query.occupation);
    },
  );

  app.post(
    '/api/vacancies/import',
    {
      bodyLimit: IMPORT_LIMITS.documentChars,
      schema: {
        operationId: 'importJobPosting',
        tags: ['vacancies'],
        summary: 'Read a schema.org JobPosting (JSON-LD) into a vacancy draft to complete',
        security: [{ session: [] }],
        body: z.object({
          content: z.string().min(1).max(IMPORT_LIMITS.documentChars),
        }),
        response: {
          200: z.object({ draft: z.record(z.string(), z.unknown()), report: importReportSchema }),
          ...errors,
        },
      },
    },
    async (request) => {
      authenticated(request.actor);
      return readInWorker(
        { kind: 'job_posting', content: request.body.content, ...(await peopleImportInput(ctx)) },
        ctx.taxonomy.concepts,
      );
    },
  );
};
