import { z } from 'zod';
import { authenticated } from '../../accounts/policy.js';
import { authorize, can } from '../people.policy.js';
import type { AreaRoutes } from '../../http/context.js';
import { problemSchema } from '../../http/problem.js';
import { IMPORT_LIMITS } from '../../imports-runtime/import-limits.js';
import { readInWorker } from '../../imports-runtime/parse-pool.job.js';
import { notFound } from '../../shared/errors.js';
import { importedProfile } from '../imports/imported-profile.js';
import { exportJsonResume } from '../imports/json-resume.export.js';
import {
  peopleImportInput,
  refuseProblems,
  requireKnownConcepts,
} from '../people-context.service.js';
import {
  candidateProfileSchema,
  experienceDateProblems,
  type CandidateProfile,
} from './candidate-profile.js';
import {
  changeConsent,
  eraseCandidate,
  exportCandidateData,
  findCandidate,
  findCandidateOfUser,
  listCandidates,
  saveProfile,
  type CandidateRecord,
} from './candidate.store.js';
import { consentedPurposes, consentPurposeSchema } from './consent.js';
import { candidateScope, cohortPartnershipsOf, type CohortPartnership } from './candidate-scope.js';
import { cohortPartnerships } from './candidate-scope.store.js';
import { candidateSchema, importReportSchema, presentCandidate } from './candidate.presenters.js';
import type { PersonalDataSection } from './personal-data.js';
import { personalDataExportSchema, presentPersonalData } from './personal-data.presenters.js';

/** What the composition root passes in: the export's sections other areas hold. */
export interface CandidateWiring {
  personalDataSections?: readonly PersonalDataSection[];
}

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
/** The policy's view of a candidate; `partnerships` only matter to coordinators' rules. */
const resourceOf = (c: CandidateRecord, partnerships: readonly CohortPartnership[] = []) => ({
  userId: c.userId,
  consents: consentedPurposes(c.consents),
  cohortOf: cohortPartnershipsOf(partnerships, c.profile.residenceCountry),
});
/** A page of the candidates list: 50 by default, at most 200. */
const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
/** Uploads larger than this are refused before parsing (413). */
export const MAX_IMPORT_BYTES = IMPORT_LIMITS.documentChars;

function checkProfile(ctx: Parameters<AreaRoutes>[1], profile: CandidateProfile) {
  refuseProblems('people.invalid_profile', experienceDateProblems(profile.experience));
  requireKnownConcepts(ctx.taxonomy, [
    ...profile.skills.map((s, i) => ({ field: `skills[${i}].uri`, uri: s.uri })),
    ...profile.experience.map((e, i) => ({
      field: `experience[${i}].occupationUri`,
      uri: e.occupationUri,
    })),
  ]);
}

/** Candidates' self-service profiles, consent, data export and erasure, and CV imports. */
export const candidateRoutes =
  (wiring: CandidateWiring = {}): AreaRoutes =>
  async (app, ctx) => {
    const sections = wiring.personalDataSections ?? [];
    const change = (actorUserId: string) => ({ actorUserId, now: ctx.now() });
    const own = async (userId: string) => {
      const record = await findCandidateOfUser(ctx.db, userId);
      if (!record) throw notFound('people.no_profile', 'You have no candidate profile yet.');
      return record;
    };

    app.get(
      '/api/candidates/me',
      {
        schema: {
          operationId: 'getMyCandidateProfile',
          tags: ['candidates'],
          summary: 'My candidate profile',
          security: [{ session: [] }],
          response: { 200: candidateSchema, ...errors },
        },
      },
      async (request) => presentCandidate(await own(authenticated(request.actor).userId)),
    );

    app.put(
      '/api/candidates/me',
      {
        schema: {
          operationId: 'putMyCandidateProfile',
          tags: ['candidates'],
          summary: 'Create or replace my candidate profile',
          security: [{ session: [] }],
          body: candidateProfileSchema,
          response: { 200: candidateSchema, 422: problemSchema, ...errors },
        },
      },
      async (request) => {
        authorize(request.actor, 'candidate.writeOwn');
        checkProfile(ctx, request.body);
        await saveProfile(
          ctx.db,
          { userId: request.actor.userId },
          request.body,
          change(request.actor.userId),
        );
        return presentCandidate(await own(request.actor.userId));
      },
    );

    app.get(
      '/api/candidates',
      {
        schema: {
          operationId: 'listCandidates',
          tags: ['candidates'],
          summary:
            'A page of the candidates I may see (by their consent and the partnerships I coordinate), with their total',
          security: [{ session: [] }],
          querystring: pageQuery,
          response: {
            200: z.object({
              candidates: z.array(candidateSchema),
              total: z.number().int(),
              limit: z.number().int(),
              offset: z.number().int(),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        authorize(request.actor, 'candidate.list');
        const actor = request.actor;
        const partnerships = [...(await cohortPartnerships(ctx.db)).values()];
        const { limit, offset } = request.query;
        const { candidates, total } = await listCandidates(
          ctx.db,
          candidateScope(actor, partnerships),
          { limit, offset },
        );
        return {
          // The scope is the policy as a query; the policy still has the last word on each one.
          candidates: candidates
            .filter((c) => can(actor, 'candidate.read', resourceOf(c, partnerships)))
            .map(presentCandidate),
          total,
          limit,
          offset,
        };
      },
    );

    app.get(
      '/api/candidates/:id',
      {
        schema: {
          operationId: 'getCandidate',
          tags: ['candidates'],
          summary: 'A candidate profile',
          security: [{ session: [] }],
          params: z.object({ id: z.uuid() }),
          response: { 200: candidateSchema, ...errors },
        },
      },
      async (request) => {
        const actor = authenticated(request.actor);
        const record = await findCandidate(ctx.db, request.params.id);
        const partnerships = [...(await cohortPartnerships(ctx.db)).values()];
        // The same answer for absent and hidden profiles, so that ids reveal nothing.
        if (!record || !can(actor, 'candidate.read', resourceOf(record, partnerships))) {
          throw notFound('people.unknown_candidate', 'There is no such candidate.');
        }
        return presentCandidate(record);
      },
    );

    for (const [method, grant] of [
      ['PUT', true],
      ['DELETE', false],
    ] as const) {
      app.route({
        method,
        url: '/api/candidates/me/consents/:purpose',
        schema: {
          operationId: grant ? 'giveMyConsent' : 'withdrawMyConsent',
          tags: ['candidates'],
          summary: grant ? 'Give my consent for a purpose' : 'Withdraw my consent for a purpose',
          security: [{ session: [] }],
          params: z.object({ purpose: consentPurposeSchema }),
          response: { 200: candidateSchema, ...errors },
        },
        handler: async (request) => {
          const record = await own(authenticated(request.actor).userId);
          authorize(request.actor, 'candidate.manageConsent', resourceOf(record));
          await changeConsent(
            ctx.db,
            record,
            request.params.purpose,
            grant,
            change(request.actor.userId),
          );
          return presentCandidate(await own(request.actor.userId));
        },
      });
    }

    app.get(
      '/api/candidates/me/export',
      {
        schema: {
          operationId: 'exportMyCandidateData',
          tags: ['candidates'],
          summary: 'All my data as JSON (audited)',
          security: [{ session: [] }],
          querystring: z.object({
            format: z.enum(['passerelle', 'json_resume']).default('passerelle'),
          }),
          response: { 200: personalDataExportSchema(sections), ...errors },
        },
      },
      async (request) => {
        const record = await own(authenticated(request.actor).userId);
        authorize(request.actor, 'candidate.exportData', resourceOf(record));
        const jsonResume = request.query.format === 'json_resume';
        // A JSON Resume holds only the profile: the other areas' sections are not read for it.
        const data = await exportCandidateData(
          ctx.db,
          record,
          change(request.actor.userId),
          jsonResume ? [] : sections,
        );
        if (jsonResume) {
          return exportJsonResume(
            record.profile,
            (uri) => ctx.taxonomy.concept(uri)?.preferredLabel,
          );
        }
        return presentPersonalData(data);
      },
    );

    app.delete(
      '/api/candidates/me',
      {
        schema: {
          operationId: 'eraseMyCandidateProfile',
          tags: ['candidates'],
          summary: 'Erase my profile (only anonymous statistics remain)',
          security: [{ session: [] }],
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const record = await own(authenticated(request.actor).userId);
        authorize(request.actor, 'candidate.erase', resourceOf(record));
        await eraseCandidate(ctx.db, record.id, change(request.actor.userId));
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/candidates/me/import',
      {
        bodyLimit: MAX_IMPORT_BYTES,
        schema: {
          operationId: 'importMyCv',
          tags: ['candidates'],
          summary: 'Import my CV (JSON Resume or Europass XML); a dry run only previews',
          security: [{ session: [] }],
          body: z.object({
            format: z.enum(['json_resume', 'europass_xml']),
            content: z.string().min(1).max(MAX_IMPORT_BYTES),
            dryRun: z.boolean().default(true),
            /** Fields the document may lack (nationality is not in a JSON Resume). */
            fill: candidateProfileSchema
              .pick({ name: true, residenceCountry: true, nationality: true })
              .partial()
              .default({}),
          }),
          response: {
            200: z.object({
              draft: z.record(z.string(), z.unknown()),
              report: importReportSchema,
              candidate: candidateSchema.optional(),
            }),
            422: problemSchema,
            ...errors,
          },
        },
      },
      async (request) => {
        authorize(request.actor, 'candidate.writeOwn');
        const { format, content, dryRun, fill } = request.body;
        const { draft, report } = await readInWorker(
          { kind: 'candidate_cv', format, content, ...(await peopleImportInput(ctx)) },
          ctx.taxonomy.concepts,
        );
        if (dryRun) return { draft, report };
        const existing = await findCandidateOfUser(ctx.db, request.actor.userId);
        const merged = candidateProfileSchema.safeParse(
          importedProfile(existing?.profile, fill, draft),
        );
        if (!merged.success) {
          refuseProblems(
            'people.incomplete_import',
            merged.error.issues.map((i) => ({
              field: i.path.map(String).join('.'),
              reason: i.message,
            })),
          );
          throw new Error('unreachable');
        }
        checkProfile(ctx, merged.data);
        await saveProfile(
          ctx.db,
          { userId: request.actor.userId },
          merged.data,
          change(request.actor.userId),
        );
        return { draft, report, candidate: presentCandidate(await own(request.actor.userId)) };
      },
    );
  };
