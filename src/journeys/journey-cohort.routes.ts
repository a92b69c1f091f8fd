import { z } from 'zod';
import { authenticated } from '../accounts/policy.js';
import type { Actor } from '../accounts/actor.js';
import { recordAudit } from '../accounts/audit.store.js';
import { requireRun, unknownRun } from '../allocation/allocation-run.store.js';
import type { AreaRoutes } from '../http/context.js';
import { problemResponses } from '../http/openapi.js';
import {
  requirePartnership,
  unknownPartnership,
  type PartnershipRecord,
} from '../partnerships/partnership.store.js';
import { csvText } from '../shared/csv-writer.js';
import { notFound, unprocessable } from '../shared/errors.js';
import { isAdmin } from '../accounts/policy-rules.js';
import { cohortCandidate } from '../people/candidates/candidate-scope.store.js';
import { acceptAllocationRun, defaultIntake } from './journey-opening.service.js';
import { listScopeOf, programmeOfPartnership } from './journey-scope.store.js';
import { openJourneys } from './journey-opening.store.js';
import { can } from './journeys.policy.js';
import { presentJourney } from './journeys.presenters.js';
import {
  cohortView,
  exportJourneys,
  journeysOfUser,
  listJourneys,
  type CohortFilter,
} from './journeys.queries.js';
import {
  acceptRunRequestSchema,
  cohortQuerySchema,
  cohortStatsSchema,
  journeyListSchema,
  listQuerySchema,
  openRequestSchema,
  openResultSchema,
} from './journeys.schemas.js';

const asResource = (p: PartnershipRecord) => ({
  partyOrganisationIds: p.parties.map((x) => x.organisationId),
});
const partnershipParams = z.object({ id: z.uuid() });
const runParams = z.object({ runId: z.uuid() });
const today = (now: Date) => now.toISOString().slice(0, 10);

/** The filter of a query, for one partnership. */
const filterOf = (partnershipId: string, q: z.infer<typeof cohortQuerySchema>): CohortFilter => ({
  partnershipId,
  ...(q.intake === undefined ? {} : { intake: q.intake }),
  ...(q.stage === undefined ? {} : { stage: q.stage }),
  ...(q.status === undefined ? {} : { status: q.status }),
  ...(q.openedFrom === undefined ? {} : { openedFrom: q.openedFrom }),
  ...(q.openedTo === undefined ? {} : { openedTo: q.openedTo }),
});

/** A partnership's journeys: list, cohort view, export, opening (by hand or from a run). */
export const journeyCohortRoutes: AreaRoutes = async (app, ctx) => {
  /** The partnership once the actor coordinates it; 404 like a missing one otherwise. */
  const coordinated = async (
    actor: Actor | null,
    id: string,
    action: 'journey.cohort' | 'journey.open',
  ) => {
    const who = authenticated(actor);
    const partnership = await requirePartnership(ctx.db, id);
    if (!can(who, action, asResource(partnership))) throw unknownPartnership();
    return { who, partnership };
  };

  app.get(
    '/api/journeys',
    {
      schema: {
        operationId: 'listJourneys',
        tags: ['journeys'],
        summary:
          "A partnership's journeys the caller may see (coordinators: all; others: their own, their trainees in training, their employees from arrival)",
        security: [{ session: [] }],
        querystring: listQuerySchema,
        response: { 200: journeyListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const who = authenticated(request.actor);
      const q = request.query;
      const partnership = await requirePartnership(ctx.db, q.partnershipId);
      const scope = listScopeOf(who, can(who, 'journey.cohort', asResource(partnership)));
      const page = await listJourneys(ctx.db, filterOf(partnership.id, q), scope, q);
      return {
        total: page.total,
        offset: q.offset,
        limit: q.limit,
        journeys: page.journeys.map((j) => presentJourney(j.row, j.personName)),
      };
    },
  );

  app.get(
    '/api/journeys/mine',
    {
      schema: {
        operationId: 'listMyJourneys',
        tags: ['journeys'],
        summary: "The caller's own journeys, in every partnership",
        security: [{ session: [] }],
        response: {
          200: z.object({ journeys: journeyListSchema.shape.journeys }),
          ...problemResponses(401),
        },
      },
    },
    async (request) => {
      const who = authenticated(request.actor);
      const rows = await journeysOfUser(ctx.db, who.userId);
      return { journeys: rows.map((j) => presentJourney(j.row, j.personName)) };
    },
  );

  app.post(
    '/api/journeys',
    {
      schema: {
        operationId: 'openJourney',
        tags: ['journeys'],
        summary:
          "Open a person's journey in a partnership (an enrolment: give the programme); idempotent, audited",
        security: [{ session: [] }],
        body: openRequestSchema,
        response: { 200: openResultSchema, ...problemResponses(400, 401, 404, 422) },
      },
    },
    async (request) => {
      const body = request.body;
      const { who, partnership } = await coordinated(
        request.actor,
        body.partnershipId,
        'journey.open',
      );
      const now = ctx.now();
      if (body.occurredOn > today(now))
        throw unprocessable('journeys.date_in_future', 'occurredOn: is after today', [
          { field: 'occurredOn', reason: 'is after today' },
        ]);
      // Only the partnership's own cohort and programmes (admins keep the wide view); anyone
      // else answers 404 like a candidate or programme that does not exist.
      if (!isAdmin(who) && !(await cohortCandidate(ctx.db, partnership, body.candidateId)))
        throw notFound('people.unknown_candidate', 'There is no such candidate.');
      if (
        body.programmeId &&
        !(await programmeOfPartnership(ctx.db, partnership, body.programmeId))
      )
        throw notFound('people.unknown_programme', 'There is no such programme.');
      const enrolment = body.programmeId !== undefined;
      const result = await openJourneys(
        ctx.db,
        [
          {
            partnershipId: partnership.id,
            candidateId: body.candidateId,
            intake: body.intake ?? defaultIntake(body.occurredOn),
            origin: enrolment
              ? { kind: 'programme_enrolment', id: body.programmeId ?? null }
              : { kind: 'coordinator', id: null },
            stage: body.stage,
            occurredOn: body.occurredOn,
            programmeId: body.programmeId ?? null,
            employerId: null,
            evidence: enrolment
              ? [
                  {
                    kind: 'training_enrolment',
                    value: body.programmeId as string,
                    occurredOn: body.occurredOn,
                  },
                ]
              : [],
          },
        ],
        { actorUserId: who.userId, now },
      );
      return {
        opened: result.opened.length,
        existing: result.existing,
        journeyIds: result.opened.map((o) => o.id),
      };
    },
  );

  app.post(
    '/api/allocations/:runId/accept',
    {
      schema: {
        operationId: 'acceptAllocationRun',
        tags: ['journeys'],
        summary:
          'Accept a succeeded allocation run: one journey at "selected" per assigned person, overrides applied (idempotent; audited)',
        security: [{ session: [] }],
        params: runParams,
        body: acceptRunRequestSchema,
        response: { 200: openResultSchema, ...problemResponses(400, 401, 404, 409, 422) },
      },
    },
    async (request) => {
      const who = authenticated(request.actor);
      const run = await requireRun(ctx.db, request.params.runId);
      const partnership = await requirePartnership(ctx.db, run.partnershipId);
      if (!can(who, 'journey.acceptRun', asResource(partnership))) throw unknownRun();
      const now = ctx.now();
      const day = request.body.occurredOn ?? today(now);
      if (day > today(now))
        throw unprocessable('journeys.date_in_future', 'occurredOn: is after today', [
          { field: 'occurredOn', reason: 'is after today' },
        ]);
      const result = await acceptAllocationRun(
        ctx.db,
        run,
        partnership,
        { intake: request.body.intake ?? defaultIntake(day), occurredOn: day },
        { actorUserId: who.userId, now },
      );
      return {
        opened: result.opened.length,
        existing: result.existing,
        journeyIds: result.opened.map((o) => o.id),
      };
    },
  );

  app.get(
    '/api/partnerships/:id/journeys/stats',
    {
      schema: {
        operationId: 'getJourneyCohortStats',
        tags: ['journeys'],
        summary:
          'The cohort view: funnel per stage, time in stage (median, p90), exits by reason, breakdowns by gender, nationality and track',
        security: [{ session: [] }],
        params: partnershipParams,
        querystring: cohortQuerySchema,
        response: { 200: cohortStatsSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const { partnership } = await coordinated(request.actor, request.params.id, 'journey.cohort');
      return cohortView(ctx.db, filterOf(partnership.id, request.query));
    },
  );

  app.get(
    '/api/partnerships/:id/journeys/export',
    {
      schema: {
        operationId: 'exportJourneys',
        tags: ['journeys'],
        summary:
          "The partnership's journeys as CSV (pseudonymous: candidate ids, no names; audited)",
        security: [{ session: [] }],
        params: partnershipParams,
        querystring: cohortQuerySchema,
        response: {
          200: {
            description: 'CSV, one journey a line',
            content: { 'text/csv': { schema: z.string() } },
          },
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const { who, partnership } = await coordinated(
        request.actor,
        request.params.id,
        'journey.cohort',
      );
      const rows = await exportJourneys(ctx.db, filterOf(partnership.id, request.query));
      await recordAudit(ctx.db, {
        at: ctx.now(),
        actorUserId: who.userId,
        action: 'journey.export',
        entity: 'partnership',
        entityId: partnership.id,
        subjectUserId: null,
        detail: { rows: rows.length, filter: request.query },
      });
      const csv = csvText(
        [
          'journey_id',
          'candidate_id',
          'intake',
          'stage',
          'status',
          'track',
          'exit_reason',
          'opened_on',
          'stage_since',
          'gender',
          'nationality',
          'version',
        ],
        rows.map((r) => [
          r.id,
          r.candidateId,
          r.intake,
          r.stage,
          r.status,
          r.track ?? '',
          r.exitReason ?? '',
          r.openedOn,
          r.stageSince,
          r.gender,
          r.nationality,
          r.version,
        ]),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="journeys-${partnership.id}.csv"`)
        .send(csv);
    },
  );
};
