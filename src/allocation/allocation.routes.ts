import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { authenticated } from '../accounts/policy.js';
import { can } from './allocation.policy.js';
import type { AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import {
  requirePartnership,
  unknownPartnership,
  type PartnershipRecord,
} from '../partnerships/partnership.store.js';
import { unprocessable } from '../shared/errors.js';
import {
  createRun,
  listRuns,
  locksInForce,
  overridesOf,
  recordOverride,
  requireRun,
  runFacts,
  runInput,
  factsOf,
  unknownRun,
} from './allocation-run.store.js';
import { createAllocationRunner } from './allocation-runner.job.js';
import {
  finalSlots,
  peoplePage,
  presentOverride,
  presentRun,
  requireAssignment,
  roomLeft,
} from './allocation-view.store.js';
import {
  overrideRequestSchema,
  peoplePageSchema,
  peopleQuerySchema,
  runDetailSchema,
  runRequestSchema,
  runSchema,
} from './allocation.schemas.js';
import { cohortScorer } from './cohort-scorer.store.js';
import { problemFromSnapshot } from './cohort-snapshot.js';
import { emptyCohortReason } from './cohort-problem.js';
import { buildRunInput } from './cohort.store.js';

const asResource = (p: PartnershipRecord) => ({
  partyOrganisationIds: p.parties.map((x) => x.organisationId),
});

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const partnershipParams = z.object({ id: z.uuid() });
const runParams = z.object({ runId: z.uuid() });

/** Cohort allocation: start runs (background jobs), follow them, read results, override. */
export const allocationRoutes: AreaRoutes = async (app, ctx) => {
  const runner = createAllocationRunner(ctx.db, { now: ctx.now });
  app.addHook('onClose', () => runner.close());

  /** The run and its partnership, once the actor may act on it. */
  const authorizedRun = async (
    actor: Parameters<typeof authenticated>[0],
    runId: string,
    action: 'allocation.read' | 'allocation.override' | 'allocation.run',
  ) => {
    const who = authenticated(actor);
    const run = await requireRun(ctx.db, runId);
    const partnership = await requirePartnership(ctx.db, run.partnershipId);
    // A run the actor may not act on answers like a missing one: its id reveals nothing.
    if (!can(who, action, asResource(partnership))) throw unknownRun();
    return { run, partnership, actor: who };
  };

  /** The partnership, once the actor may act on its allocations; otherwise 404 like a missing one. */
  const partnershipFor = async (
    actor: Parameters<typeof authenticated>[0],
    id: string,
    action: 'allocation.read' | 'allocation.run',
  ) => {
    const who = authenticated(actor);
    const partnership = await requirePartnership(ctx.db, id);
    if (!can(who, action, asResource(partnership))) throw unknownPartnership();
    return partnership;
  };

  app.post(
    '/api/partnerships/:id/allocations',
    {
      schema: {
        operationId: 'startAllocationRun',
        tags: ['allocation'],
        summary:
          "Start an allocation run of the partnership's cohort (a background job; audited). 422 when the cohort has nothing to allocate.",
        security: [{ session: [] }],
        params: partnershipParams,
        body: runRequestSchema,
        response: { 202: z.object({ run: runSchema }), ...problems },
      },
    },
    async (request, reply) => {
      const actor = authenticated(request.actor);
      const partnership = await partnershipFor(actor, request.params.id, 'allocation.run');
      const body = request.body;
      const now = ctx.now();
      const input = await buildRunInput(
        ctx.db,
        partnership,
        {
          mode: body.mode,
          seed: body.seed ?? randomInt(0, 2_147_483_647),
          edgesPerCandidate: body.edgesPerCandidate,
          trackShareTolerance: body.trackShareTolerance,
          perEmployerMax: body.perEmployerMax,
          locks: await locksInForce(ctx.db, partnership.id),
        },
        await cohortScorer(ctx.db, partnership.id),
        now,
      );
      const empty = emptyCohortReason(problemFromSnapshot(input.problem));
      if (empty) throw unprocessable('allocation.empty_cohort', empty);
      const id = await createRun(
        ctx.db,
        { partnershipId: partnership.id, input, rerunOf: null },
        { actorUserId: actor.userId, now },
      );
      runner.enqueue(id);
      return reply
        .status(202)
        .send({ run: presentRun(await requireRun(ctx.db, id), factsOf(input)) });
    },
  );

  app.get(
    '/api/partnerships/:id/allocations',
    {
      schema: {
        operationId: 'listAllocationRuns',
        tags: ['allocation'],
        summary: "The partnership's allocation runs, newest first",
        security: [{ session: [] }],
        params: partnershipParams,
        response: { 200: z.object({ runs: z.array(runSchema) }), ...problems },
      },
    },
    async (request) => {
      const partnership = await partnershipFor(request.actor, request.params.id, 'allocation.read');
      const runs = await listRuns(ctx.db, partnership.id);
      return { runs: runs.map((r) => presentRun(r)) };
    },
  );

  app.get(
    '/api/allocations/:runId',
    {
      schema: {
        operationId: 'getAllocationRun',
        tags: ['allocation'],
        summary:
          'A run: status and progress, then its figures (objective, bound, gap), fairness and what-if reports, conflicts when infeasible, overrides',
        security: [{ session: [] }],
        params: runParams,
        response: { 200: runDetailSchema, ...problems },
      },
    },
    async (request) => {
      const { run } = await authorizedRun(request.actor, request.params.runId, 'allocation.read');
      const facts = await runFacts(ctx.db, run.id);
      const r = run.result;
      return {
        run: presentRun(run, facts),
        slots: facts.slots.map(({ id, kind, label, capacity }) => ({
          id,
          kind,
          label,
          capacity,
        })),
        fairness: r?.kind === 'assignment' ? r.fairness : null,
        whatIf: r?.kind === 'assignment' ? r.whatIf : null,
        overrides: (await overridesOf(ctx.db, run.id)).map(presentOverride),
      };
    },
  );

  app.get(
    '/api/allocations/:runId/people',
    {
      schema: {
        operationId: 'listAllocationRunPeople',
        tags: ['allocation'],
        summary:
          "A page of the run's people with their slot and why (the unassigned with why not); 422 with the conflicting constraints when the run is infeasible",
        security: [{ session: [] }],
        params: runParams,
        querystring: peopleQuerySchema,
        response: { 200: peoplePageSchema, ...problems },
      },
    },
    async (request) => {
      const { run } = await authorizedRun(request.actor, request.params.runId, 'allocation.read');
      return peoplePage(ctx.db, run, request.query);
    },
  );

  app.post(
    '/api/allocations/:runId/rerun',
    {
      schema: {
        operationId: 'rerunAllocation',
        tags: ['allocation'],
        summary: "Run again from a run's snapshot and seed (reproduces its result; audited)",
        security: [{ session: [] }],
        params: runParams,
        response: { 202: z.object({ run: runSchema }), ...problems },
      },
    },
    async (request, reply) => {
      const { run, actor } = await authorizedRun(
        request.actor,
        request.params.runId,
        'allocation.run',
      );
      const input = await runInput(ctx.db, run.id);
      const id = await createRun(
        ctx.db,
        { partnershipId: run.partnershipId, input, rerunOf: run.id },
        { actorUserId: actor.userId, now: ctx.now() },
      );
      runner.enqueue(id);
      return reply
        .status(202)
        .send({ run: presentRun(await requireRun(ctx.db, id), factsOf(input)) });
    },
  );

  app.post(
    '/api/allocations/:runId/overrides',
    {
      schema: {
        operationId: 'overrideAllocation',
        tags: ['allocation'],
        summary:
          "Override or lock one person's slot in a finished run, with a reason (audited); a lock carries over to the partnership's later runs",
        security: [{ session: [] }],
        params: runParams,
        body: overrideRequestSchema,
        response: {
          201: z.object({ override: runDetailSchema.shape.overrides.element }),
          ...problems,
        },
      },
    },
    async (request, reply) => {
      const { run, actor } = await authorizedRun(
        request.actor,
        request.params.runId,
        'allocation.override',
      );
      const outcome = requireAssignment(run);
      const input = await runInput(ctx.db, run.id);
      const { candidateId, slotId } = request.body;
      const index = input.problem.candidates.findIndex((c) => c.id === candidateId);
      if (index < 0) {
        throw unprocessable('allocation.not_in_cohort', 'candidateId: is not in this run', [
          { field: 'candidateId', reason: 'is not in the cohort of this run' },
        ]);
      }
      if (slotId !== null && !input.problem.slots.some((s) => s.id === slotId)) {
        throw unprocessable('allocation.unknown_slot', 'slotId: is not a slot of this run', [
          { field: 'slotId', reason: 'is not a vacancy or programme of this run' },
        ]);
      }
      const overrides = await overridesOf(ctx.db, run.id);
      const current = finalSlots(input, outcome.assignment, overrides)[index];
      const room = roomLeft(input, outcome.assignment, overrides);
      await recordOverride(
        ctx.db,
        run,
        request.body,
        { actorUserId: actor.userId, now: ctx.now() },
        async (id) => (id === current ? 1 : (room.get(id) ?? 0)),
      );
      const latest = (await overridesOf(ctx.db, run.id)).at(-1);
      return reply
        .status(201)
        .send({ override: presentOverride(latest as NonNullable<typeof latest>) });
    },
  );
};
