import { z } from 'zod';
import type { AreaRoutes } from '../http/context.js';
import { problemResponses, sessionSecurity } from '../http/openapi.js';
import { isoDate } from '../partnerships/rule-violation.js';
import { notFound } from '../shared/errors.js';
import { evidenceInForce } from './journey-record.js';
import { loadStepJourney, recordStepEvidence, type StepJourney } from './journey-link.store.js';
import { authorize } from './journey-steps.policy.js';
import { pickLanguage, withoutAnswers, type OrientationLanguage } from './orientation.js';
import {
  answersInputSchema,
  checkResultSchema,
  journeyOrientationSchema,
} from './orientation.schemas.js';
import {
  answerCheck,
  listModules,
  orientationProgress,
  type OrientationModuleRecord,
} from './orientation.store.js';
import type { Database } from '../db/database.js';
import { ORIENTATION_LANGUAGES } from './orientation.js';

const journeyParams = z.object({ id: z.uuid() });

async function corridorModules(db: Database, j: StepJourney): Promise<OrientationModuleRecord[]> {
  return j.corridor ? listModules(db, j.loaded.row.partnershipId, j.corridor) : [];
}

const presentProgress = (p: Awaited<ReturnType<typeof orientationProgress>>) => ({
  topics: p.topics.map((t) => ({ ...t, passedAt: t.passedAt?.toISOString() ?? null })),
  completedAt: p.completion?.completedAt.toISOString() ?? null,
});

/** The person takes their corridor's orientation; its completion is recorded on the journey. */
export const orientationTakingRoutes: AreaRoutes = async (app, ctx) => {
  app.get(
    '/api/journeys/:id/orientation',
    {
      schema: {
        operationId: 'getJourneyOrientation',
        tags: ['journeys'],
        summary:
          "The journey's pre-departure orientation: its corridor's modules in one language (no answer key) and the progress",
        security: sessionSecurity,
        params: journeyParams,
        querystring: z.object({ language: z.enum(ORIENTATION_LANGUAGES).optional() }),
        response: { 200: journeyOrientationSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const j = await loadStepJourney(
        ctx.db,
        request.params.id,
        request.actor,
        'orientation.readProgress',
      );
      authorize(request.actor, 'orientation.readProgress', j.resource);
      const modules = await corridorModules(ctx.db, j);
      const languages = ORIENTATION_LANGUAGES.filter((l) => modules.some((m) => m.language === l));
      const language = pickLanguage(request.query.language ?? j.preferredLanguage, languages);
      return {
        origin: j.corridor?.origin ?? '',
        destination: j.corridor?.destination ?? '',
        language,
        languages,
        modules: modules
          .filter((m) => m.language === language)
          .map((m) => ({
            id: m.id,
            topic: m.topic,
            language: m.language as OrientationLanguage,
            version: m.version,
            ...withoutAnswers(m),
          })),
        progress: presentProgress(
          await orientationProgress(ctx.db, j.loaded.row.candidateId, modules),
        ),
      };
    },
  );

  app.post(
    '/api/journeys/:id/orientation/modules/:moduleId/answers',
    {
      schema: {
        operationId: 'answerOrientationCheck',
        tags: ['journeys'],
        summary:
          "Answer a module's check of understanding (the person only); passing every topic records orientation_completed",
        security: sessionSecurity,
        params: journeyParams.extend({ moduleId: z.uuid() }),
        body: answersInputSchema,
        response: { 200: checkResultSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const j = await loadStepJourney(
        ctx.db,
        request.params.id,
        request.actor,
        'orientation.readProgress',
      );
      authorize(request.actor, 'orientation.take', j.resource);
      const modules = await corridorModules(ctx.db, j);
      const module = modules.find((m) => m.id === request.params.moduleId);
      if (!module)
        throw notFound('orientation.unknown_module', 'There is no such orientation module.');
      const change = { actorUserId: request.actor.userId, now: ctx.now() };
      const result = await ctx.db.transaction((tx) =>
        answerCheck(
          tx,
          module,
          { candidateId: j.loaded.row.candidateId, userId: j.loaded.personUserId },
          request.body.answers,
          change,
        ),
      );
      const progress = await orientationProgress(ctx.db, j.loaded.row.candidateId, modules);
      const recorded = evidenceInForce(j.loaded.evidence).some(
        (e) => e.kind === 'orientation_completed',
      );
      if (progress.completion && !recorded) {
        const on = isoDate(progress.completion.completedAt);
        await recordStepEvidence(
          ctx.db,
          j,
          [
            {
              kind: 'orientation_completed',
              value: on,
              occurredOn: on,
              detail: {
                corridor: `${module.origin}-${module.destination}`,
                topics: progress.topics.length,
              },
            },
          ],
          request.actor,
          change,
        );
      }
      return { ...result, progress: presentProgress(progress) };
    },
  );
};
