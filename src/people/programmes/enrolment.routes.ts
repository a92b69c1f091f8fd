import { z } from 'zod';
import type { Actor } from '../../accounts/actor.js';
import { isAdmin } from '../../accounts/policy-rules.js';
import type { AreaRoutes } from '../../http/context.js';
import { problemResponses } from '../../http/openapi.js';
import { coordinatesPartnership } from '../../partnerships/partnerships.policy.js';
import { cohortCandidateIds } from '../candidates/candidate-scope.store.js';
import type { CohortPartnership } from '../candidates/candidate-scope.js';
import { actsFor } from '../people.policy.js';
import { isoDateSchema } from '../profile-fields.js';
import type { Enrolment, EnrolmentJourneys } from './enrolment.js';
import { authorize } from './enrolment.policy.js';
import { enrolPerson, programmeInScope, withdrawPersonEnrolment } from './enrolment.service.js';
import { listEnrolments, type EnrolmentFollowUp } from './enrolment.store.js';
import type { ProgrammeRecord } from './programme.store.js';

const enrolmentResponse = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    candidateId: z.uuid(),
    name: z.string(),
    enrolledOn: z.string(),
    withdrawnOn: z.string().nullable(),
    withdrawalReason: z.string().nullable(),
    completedOn: z.string().nullable(),
    journeys: z.array(
      z.object({
        journeyId: z.uuid(),
        partnershipId: z.uuid(),
        stage: z.string(),
        status: z.string(),
      }),
    ),
  })
  .meta({ id: 'ProgrammeEnrolment' });
const params = z.object({ id: z.uuid() });
const enrolmentParams = z.object({ id: z.uuid(), enrolmentId: z.uuid() });

/** What the enrolment routes are given by the composition root. */
export interface EnrolmentWiring {
  /** Runs in the transaction recording an enrolment (the journeys open or move on). */
  enrolmentFollowUp?: EnrolmentFollowUp;
  /** The journeys of enrolled people, for the list's journey status. */
  enrolmentJourneys?: EnrolmentJourneys;
}

/** Enrolment in a training provider's programme (docs/journeys.md#opening-journeys). */
export const enrolmentRoutes =
  (wiring: EnrolmentWiring = {}): AreaRoutes =>
  async (app, ctx) => {
    /**
     * The enrolments the actor reads, with their journeys: all of them for the provider's staff
     * and admins; for a coordinator of linked partnerships, only the people of those partnerships'
     * cohorts (living in an origin country, consenting to partnership matching), with their
     * journeys there — as `candidate.read` lets them see a profile.
     */
    async function visible(
      actor: Actor,
      record: ProgrammeRecord,
      linked: readonly (CohortPartnership & { id: string })[],
      enrolments: readonly Enrolment[],
    ) {
      const provider =
        isAdmin(actor) || actsFor(actor, record.programme.providerId, 'trainer', 'coordinator');
      const partnerships = provider
        ? linked
        : linked.filter((p) => coordinatesPartnership(actor, p));
      // cohortCandidate asks for the corridors' origins.
      const cohorts = partnerships.map((p) => ({
        corridors: p.originCountries.map((origin) => ({ origin })),
      }));
      const inCohorts = provider
        ? null
        : await cohortCandidateIds(
            ctx.db,
            cohorts,
            enrolments.map((e) => e.candidateId),
          );
      const kept = inCohorts ? enrolments.filter((e) => inCohorts.has(e.candidateId)) : enrolments;
      const journeys =
        kept.length && partnerships.length && wiring.enrolmentJourneys
          ? await wiring.enrolmentJourneys(ctx.db, {
              candidateIds: kept.map((e) => e.candidateId),
              partnershipIds: partnerships.map((p) => p.id),
            })
          : [];
      return kept.map((e) => ({
        ...e,
        journeys: journeys
          .filter((j) => j.candidateId === e.candidateId)
          .map(({ journeyId, partnershipId, stage, status }) => ({
            journeyId,
            partnershipId,
            stage,
            status,
          })),
      }));
    }

    app.get(
      '/api/programmes/:id/enrolments',
      {
        schema: {
          operationId: 'listProgrammeEnrolments',
          tags: ['programmes'],
          summary:
            "A programme's enrolments with the journeys they opened (its provider; the linked partnerships' coordinators, for their cohort)",
          security: [{ session: [] }],
          params,
          response: {
            200: z.object({ enrolments: z.array(enrolmentResponse) }),
            ...problemResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => {
        const { record, linked, resource } = await programmeInScope(
          ctx.db,
          request.actor,
          request.params.id,
        );
        authorize(request.actor, 'programmeEnrolment.read', resource);
        const all = await listEnrolments(ctx.db, record.id);
        return { enrolments: await visible(request.actor!, record, linked, all) };
      },
    );

    app.post(
      '/api/programmes/:id/enrolments',
      {
        schema: {
          operationId: 'enrolInProgramme',
          tags: ['programmes'],
          summary:
            'Enrol a person in the programme (opens or moves on their journey in each linked partnership whose cohort they belong to)',
          security: [{ session: [] }],
          params,
          body: z.object({ candidateId: z.uuid(), enrolledOn: isoDateSchema }),
          response: { 201: enrolmentResponse, ...problemResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request, reply) => {
        const { scope, enrolment } = await enrolPerson(
          ctx.db,
          request.params.id,
          request.body,
          { actor: request.actor, now: ctx.now() },
          wiring.enrolmentFollowUp,
        );
        const [presented] = await visible(request.actor!, scope.record, scope.linked, [enrolment]);
        // Those who may write are the provider's trainers or an admin: they see every enrolment.
        return reply.status(201).send(presented!);
      },
    );

    app.post(
      '/api/programmes/:id/enrolments/:enrolmentId/withdrawal',
      {
        schema: {
          operationId: 'withdrawProgrammeEnrolment',
          tags: ['programmes'],
          summary:
            'Withdraw an enrolment with its reason (the journeys stay as they are: an exit is their own step)',
          security: [{ session: [] }],
          params: enrolmentParams,
          body: z.object({
            withdrawnOn: isoDateSchema,
            reason: z.string().trim().min(1).max(500),
          }),
          response: { 200: enrolmentResponse, ...problemResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request) => {
        const { scope, enrolment } = await withdrawPersonEnrolment(
          ctx.db,
          request.params.id,
          request.params.enrolmentId,
          request.body,
          { actor: request.actor, now: ctx.now() },
        );
        const [presented] = await visible(request.actor!, scope.record, scope.linked, [enrolment]);
        return presented!;
      },
    );
  };
