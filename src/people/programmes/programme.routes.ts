import { z } from 'zod';
import { authenticated } from '../../accounts/policy.js';
import { authorize } from '../people.policy.js';
import type { AreaRoutes } from '../../http/context.js';
import { problemSchema } from '../../http/problem.js';
import { notFound } from '../../shared/errors.js';
import { isoDateSchema } from '../profile-fields.js';
import {
  refuseProblems,
  requireKnownConcepts,
  requirePartyOfPartnership,
} from '../people-context.service.js';
import {
  isDualCertification,
  programmeHours,
  programmeProblems,
  programmeSchema,
  type Programme,
} from './programme.js';
import { recordCompletion, type CompletionFollowUp } from './completion.store.js';
import { completionProblems } from './completion.js';
import {
  findProgramme,
  listProgrammes,
  saveProgramme,
  type ProgrammeRecord,
} from './programme.store.js';

const programmeResponse = z
  .object({
    id: z.uuid(),
    programme: programmeSchema,
    hours: z.number(),
    dualCertification: z.boolean(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ProgrammeRecord' });
const present = (r: ProgrammeRecord) => ({
  id: r.id,
  programme: r.programme,
  hours: programmeHours(r.programme),
  dualCertification: isDualCertification(r.programme),
  updatedAt: r.updatedAt.toISOString(),
});
const completionBody = z.object({
  candidateId: z.uuid(),
  /** Positions (0-based) of the modules completed; all modules when absent. */
  modules: z.array(z.number().int().min(0)).min(1).max(100).optional(),
  completedOn: isoDateSchema,
});
const completionResponse = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    candidateId: z.uuid(),
    modules: z.array(z.number()),
    completedOn: z.string(),
    raised: z.array(z.object({ uri: z.string(), evidence: z.string(), source: z.string() })),
  })
  .meta({ id: 'ProgrammeCompletion' });
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

/** What the programme routes are given by the composition root. */
export interface ProgrammeWiring {
  /** Runs in the transaction recording a completion (the journeys open or move on). */
  completionFollowUp?: CompletionFollowUp;
}

/** Training providers' programmes and their modules. */
export const programmeRoutes =
  (wiring: ProgrammeWiring = {}): AreaRoutes =>
  async (app, ctx) => {
    const check = (p: Programme) => {
      refuseProblems('people.invalid_programme', programmeProblems(p));
      requireKnownConcepts(
        ctx.taxonomy,
        p.modules.flatMap((m, i) =>
          m.skills.map((uri, j) => ({ field: `modules[${i}].skills[${j}]`, uri })),
        ),
      );
    };

    app.get(
      '/api/programmes',
      {
        schema: {
          operationId: 'listProgrammes',
          tags: ['programmes'],
          summary: 'Training programmes, optionally of one provider',
          security: [{ session: [] }],
          querystring: z.object({ provider: z.uuid().optional() }),
          response: { 200: z.object({ programmes: z.array(programmeResponse) }), ...errors },
        },
      },
      async (request) => {
        authorize(request.actor, 'programme.read');
        return {
          programmes: (await listProgrammes(ctx.db, { providerId: request.query.provider })).map(
            present,
          ),
        };
      },
    );

    app.get(
      '/api/programmes/:id',
      {
        schema: {
          operationId: 'getProgramme',
          tags: ['programmes'],
          summary: 'A training programme',
          security: [{ session: [] }],
          params: z.object({ id: z.uuid() }),
          response: { 200: programmeResponse, ...errors },
        },
      },
      async (request) => {
        authorize(request.actor, 'programme.read');
        const record = await findProgramme(ctx.db, request.params.id);
        if (!record) throw notFound('people.unknown_programme', 'There is no such programme.');
        return present(record);
      },
    );

    app.post(
      '/api/programmes',
      {
        schema: {
          operationId: 'publishProgramme',
          tags: ['programmes'],
          summary: 'Publish a training programme',
          security: [{ session: [] }],
          body: programmeSchema,
          response: { 201: programmeResponse, 422: problemSchema, ...errors },
        },
      },
      async (request, reply) => {
        authorize(request.actor, 'programme.write', { organisationId: request.body.providerId });
        check(request.body);
        await requirePartyOfPartnership(ctx, request.actor, request.body, request.body.providerId);
        const id = await saveProgramme(ctx.db, request.body, ctx.now());
        return reply.status(201).send(present((await findProgramme(ctx.db, id))!));
      },
    );

    app.put(
      '/api/programmes/:id',
      {
        schema: {
          operationId: 'replaceProgramme',
          tags: ['programmes'],
          summary: 'Change a training programme (its modules are replaced)',
          security: [{ session: [] }],
          params: z.object({ id: z.uuid() }),
          body: programmeSchema,
          response: { 200: programmeResponse, 422: problemSchema, ...errors },
        },
      },
      async (request) => {
        authenticated(request.actor); // 401 before anything is looked up
        const existing = await findProgramme(ctx.db, request.params.id);
        if (!existing) throw notFound('people.unknown_programme', 'There is no such programme.');
        // Both the provider it belongs to and the one it would move to must be the actor's.
        authorize(request.actor, 'programme.write', {
          organisationId: existing.programme.providerId,
        });
        authorize(request.actor, 'programme.write', { organisationId: request.body.providerId });
        check(request.body);
        await requirePartyOfPartnership(ctx, request.actor, request.body, request.body.providerId);
        await saveProgramme(ctx.db, request.body, ctx.now(), existing.id);
        return present((await findProgramme(ctx.db, existing.id))!);
      },
    );
    app.post(
      '/api/programmes/:id/completions',
      {
        schema: {
          tags: ['programmes'],
          operationId: 'recordProgrammeCompletion',
          summary:
            'Record that a person completed the programme (raises the evidence of the skills its modules teach)',
          security: [{ session: [] }],
          params: z.object({ id: z.uuid() }),
          body: completionBody,
          response: { 201: completionResponse, 409: problemSchema, 422: problemSchema, ...errors },
        },
      },
      async (request, reply) => {
        authenticated(request.actor); // 401 before anything is looked up
        const record = await findProgramme(ctx.db, request.params.id);
        if (!record) throw notFound('people.unknown_programme', 'There is no such programme.');
        authorize(request.actor, 'programme.recordCompletion', {
          organisationId: record.programme.providerId,
        });
        const modules = [
          ...new Set(request.body.modules ?? record.programme.modules.map((_, i) => i)),
        ].sort((a, b) => a - b);
        refuseProblems('people.invalid_completion', completionProblems(record.programme, modules));
        const saved = await recordCompletion(
          ctx.db,
          record,
          { candidateId: request.body.candidateId, modules, completedOn: request.body.completedOn },
          { actorUserId: request.actor.userId, now: ctx.now() },
          wiring.completionFollowUp,
        );
        return reply.status(201).send(saved);
      },
    );
  };
