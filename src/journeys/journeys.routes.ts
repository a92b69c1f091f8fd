import { z } from 'zod';
import { authenticated } from '../accounts/policy.js';
import type { Actor } from '../accounts/actor.js';
import type { AreaRoutes } from '../http/context.js';
import { problemResponses } from '../http/openapi.js';
import { unprocessable } from '../shared/errors.js';
import { planAdvance, planCorrection, planExit } from './journey-plans.js';
import { journeyResource } from './journey-scope.store.js';
import {
  appendEvent,
  recordEvidence,
  requireJourney,
  unknownJourney,
  type EvidenceInput,
  type LoadedJourney,
} from './journey.store.js';
import { can, performersOf } from './journeys.policy.js';
import { presentDetail, presentTriggers } from './journeys.presenters.js';
import {
  advanceRequestSchema,
  changeResponseSchema,
  correctionRequestSchema,
  evidenceRequestSchema,
  exitRequestSchema,
  journeyDetailSchema,
  vocabularySchema,
} from './journeys.schemas.js';
import { personNameOf } from './journey-names.store.js';
import { linkGrievancesOnExit, requireOwnGrievance } from './journey-exit.service.js';
import { grievanceKeyring } from '../protection/grievances/grievance-cipher.service.js';
import { EVIDENCE_INFO, EVIDENCE_KINDS } from './evidence-kinds.js';
import { STAGES, STAGE_INFO } from './stages.js';
import { EXITS, TRANSITIONS } from './transitions.js';

const idParams = z.object({ id: z.uuid() });
const today = (now: Date) => now.toISOString().slice(0, 10);

/** A day in the future cannot have happened: 422 naming the field. */
function notAfterToday(field: string, day: string | undefined, now: Date) {
  if (day !== undefined && day > today(now))
    throw unprocessable('journeys.date_in_future', `${field}: is after today`, [
      { field, reason: 'is after today' },
    ]);
}

const withDays = (
  evidence: readonly z.infer<typeof evidenceRequestSchema>['evidence'][number][],
  day: string,
) =>
  evidence.map((e): EvidenceInput => ({
    kind: e.kind,
    value: e.value,
    occurredOn: e.occurredOn ?? day,
    detail: e.detail ?? {},
    supersedes: e.supersedes ?? null,
  }));

/** One journey: show it, move it on, end it, correct it, record evidence on it. */
export const journeysRoutes: AreaRoutes = async (app, ctx) => {
  const keyring = grievanceKeyring(ctx.config.grievanceKey);
  /** The journey and the caller's capacities on it; 404 when the caller has none. */
  const visibleJourney = async (actor: Actor | null, id: string) => {
    const who = authenticated(actor);
    const loaded = await requireJourney(ctx.db, id);
    const resource = await journeyResource(ctx.db, loaded);
    if (!can(who, 'journey.read', resource)) throw unknownJourney();
    return { who, loaded, resource, you: performersOf(who, resource) };
  };

  const detail = async (loaded: LoadedJourney, you: ReturnType<typeof performersOf>) =>
    presentDetail(loaded, loaded.state, await personNameOf(ctx.db, loaded.row.candidateId), you);

  /** After a change: the journey as it now is, shown with the caller's capacities now. */
  const reloaded = async (actor: Actor, id: string) => {
    const loaded = await requireJourney(ctx.db, id);
    const you = performersOf(actor, await journeyResource(ctx.db, loaded));
    return detail(loaded, you);
  };

  app.get(
    '/api/journeys/vocabulary',
    {
      schema: {
        operationId: 'getJourneyVocabulary',
        tags: ['journeys'],
        summary:
          'The stages, transitions with their guards and performers, exits and evidence kinds',
        security: [{ session: [] }],
        response: { 200: vocabularySchema, ...problemResponses(401) },
      },
    },
    async (request) => {
      authenticated(request.actor);
      return {
        stages: STAGES.map((s) => ({
          stage: s,
          track: STAGE_INFO[s].track,
          final: STAGE_INFO[s].final,
        })),
        transitions: TRANSITIONS.map((x) => ({
          from: x.from,
          to: x.to,
          requires: [...x.requires],
          performers: [...x.performers],
          triggers: presentTriggers(x.triggers),
        })),
        exits: EXITS.map((x) => ({
          reason: x.reason,
          from: [...x.from],
          requires: [...x.requires],
          performers: [...x.performers],
        })),
        evidenceKinds: EVIDENCE_KINDS.map((k) => EVIDENCE_INFO[k]),
      };
    },
  );

  app.get(
    '/api/journeys/:id',
    {
      schema: {
        operationId: 'getJourney',
        tags: ['journeys'],
        summary: 'A journey: its stage, log, evidence, what is next and its deadlines',
        security: [{ session: [] }],
        params: idParams,
        response: { 200: journeyDetailSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const { loaded, you } = await visibleJourney(request.actor, request.params.id);
      return detail(loaded, you);
    },
  );

  app.post(
    '/api/journeys/:id/advance',
    {
      schema: {
        operationId: 'advanceJourney',
        tags: ['journeys'],
        summary:
          'Move a journey to its next stage (audited). 422 names each missing evidence kind as a field; 409 when the expected version is stale.',
        security: [{ session: [] }],
        params: idParams,
        body: advanceRequestSchema,
        response: { 200: changeResponseSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { who, loaded, you } = await visibleJourney(request.actor, request.params.id);
      const body = request.body;
      const now = ctx.now();
      notAfterToday('occurredOn', body.occurredOn, now);
      body.evidence.forEach((e, i) =>
        notAfterToday(`evidence[${i}].occurredOn`, e.occurredOn, now),
      );
      const { triggers } = await appendEvent(
        ctx.db,
        loaded,
        withDays(body.evidence, body.occurredOn),
        (evidence) =>
          planAdvance(
            loaded.state,
            {
              to: body.to,
              expectedVersion: body.expectedVersion,
              occurredOn: body.occurredOn,
              performers: you,
            },
            evidence,
          ),
        {
          actorUserId: who.userId,
          now,
          note: body.note,
          action: 'journey.advance',
          recordedAs: you[0] ?? 'person',
        },
      );
      return { ...(await reloaded(who, loaded.row.id)), triggers: presentTriggers(triggers) };
    },
  );

  app.post(
    '/api/journeys/:id/exit',
    {
      schema: {
        operationId: 'exitJourney',
        tags: ['journeys'],
        summary:
          'End a journey early with its reason (audited); 422 when the reason does not fit the stage',
        security: [{ session: [] }],
        params: idParams,
        body: exitRequestSchema,
        response: { 200: changeResponseSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { who, loaded, you } = await visibleJourney(request.actor, request.params.id);
      const body = request.body;
      const now = ctx.now();
      notAfterToday('occurredOn', body.occurredOn, now);
      await requireOwnGrievance(ctx.db, body.grievanceId ?? null, loaded.personUserId);
      const { triggers } = await appendEvent(
        ctx.db,
        loaded,
        withDays(body.evidence, body.occurredOn),
        (evidence) =>
          planExit(
            loaded.state,
            {
              reason: body.reason,
              grievanceId: body.grievanceId ?? null,
              expectedVersion: body.expectedVersion,
              occurredOn: body.occurredOn,
              performers: you,
            },
            evidence,
          ),
        {
          actorUserId: who.userId,
          now,
          note: body.note,
          action: 'journey.exit',
          recordedAs: you[0] ?? 'person',
        },
        linkGrievancesOnExit(keyring, loaded.personUserId, now),
      );
      return { ...(await reloaded(who, loaded.row.id)), triggers: presentTriggers(triggers) };
    },
  );

  app.post(
    '/api/journeys/:id/corrections',
    {
      schema: {
        operationId: 'correctJourney',
        tags: ['journeys'],
        summary:
          'Correct an earlier event (its day, or void it) with a new event that supersedes it; coordinators only (audited)',
        security: [{ session: [] }],
        params: idParams,
        body: correctionRequestSchema,
        response: { 200: changeResponseSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { who, loaded, you } = await visibleJourney(request.actor, request.params.id);
      const body = request.body;
      const now = ctx.now();
      notAfterToday('occurredOn', body.occurredOn, now);
      await appendEvent(
        ctx.db,
        loaded,
        [],
        () =>
          planCorrection(loaded.events, {
            correctsSeq: body.correctsSeq,
            voided: body.voided,
            expectedVersion: body.expectedVersion,
            occurredOn: body.occurredOn,
            performers: you,
          }),
        {
          actorUserId: who.userId,
          now,
          note: body.note,
          action: 'journey.correct',
          recordedAs: 'coordinator',
        },
      );
      return { ...(await reloaded(who, loaded.row.id)), triggers: [] };
    },
  );

  app.post(
    '/api/journeys/:id/evidence',
    {
      schema: {
        operationId: 'recordJourneyEvidence',
        tags: ['journeys'],
        summary: 'Record evidence on a journey (a correction names the row it supersedes; audited)',
        security: [{ session: [] }],
        params: idParams,
        body: evidenceRequestSchema,
        response: { 200: journeyDetailSchema, ...problemResponses(400, 401, 404, 422) },
      },
    },
    async (request) => {
      const { who, loaded, you } = await visibleJourney(request.actor, request.params.id);
      const now = ctx.now();
      const day = today(now);
      request.body.evidence.forEach((e, i) =>
        notAfterToday(`evidence[${i}].occurredOn`, e.occurredOn, now),
      );
      await recordEvidence(
        ctx.db,
        loaded,
        withDays(request.body.evidence, day),
        you[0] ?? 'person',
        {
          actorUserId: who.userId,
          now,
        },
      );
      return reloaded(who, loaded.row.id);
    },
  );
};
