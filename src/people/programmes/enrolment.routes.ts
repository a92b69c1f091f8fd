import { z } from 'zod';
import { authenticated } from '../../accounts/policy.js';
import type { Actor } from '../../accounts/actor.js';
import { isAdmin } from '../../accounts/policy-rules.js';
import type { Database } from '../../db/database.js';
import type { AreaRoutes } from '../../http/context.js';
import { problemResponses } from '../../http/openapi.js';
import { coordinatesPartnership } from '../../partnerships/partnerships.policy.js';
import { notFound } from '../../shared/errors.js';
import { cohortCandidateIds, cohortPartnerships } from '../candidates/candidate-scope.store.js';
import type { CohortPartnership } from '../candidates/candidate-scope.js';
import { refuseProblems } from '../people-context.service.js';
import { actsFor } from '../people.policy.js';
import { isoDateSchema } from '../profile-fields.js';
import { partnershipsOfProgramme } from '../slot-links/slot-link.store.js';
import {
  enrolmentProblems,
  withdrawalProblems,
  type Enrolment,
  type EnrolmentJourneys,
} from './enrolment.js';
import { authorize } from './enrolment.policy.js';
import {
  enrol,
  findEnrolment,
  listEnrolments,
  unknownEnrolment,
  withdrawEnrolment,
  type EnrolmentFollowUp,
} from './enrolment.store.js';
import { findProgramme, type ProgrammeRecord } from './programme.store.js';

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

/** The partnerships whose coordinators accepted a link to the programme. */
async function linkedPartnerships(
  db: Database,
  programmeId: string,
): Promise<(CohortPartnership & { id: string })[]> {
  const ids = await partnershipsOfProgramme(db, programmeId);
  const all = await cohortPartnerships(db);
  return ids.flatMap((id) => (all.has(id) ? [{ id, ...all.get(id)! }] : []));
}

/** Enrolment in a training provider's programme (docs/journeys.md#opening-journeys). */
export const enrolmentRoutes =
  (wiring: EnrolmentWiring = {}): AreaRoutes =>
  async (app, ctx) => {
    const today = () => ctx.now().toISOString().slice(0, 10);

    /** The programme with its linked partnerships, 404 when there is none; 401 first. */
    async function programmeInScope(actor: Actor | null, id: string) {
      authenticated(actor); // 401 before anything is looked up
      const record = await findProgramme(ctx.db, id);
      if (!record) throw notFound('people.unknown_programme', 'There is no such programme.');
      const linked = await linkedPartnerships(ctx.db, record.id);
      return {
        record,
        linked,
        resource: { organisationId: record.programme.providerId, linkedPartnerships: linked },
      };
    }

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
        const { record, linked, resource } = await programmeInScope(
          request.actor,
          request.params.id,
        );
        authorize(request.actor, 'programmeEnrolment.write', resource);
        refuseProblems(
          'people.invalid_enrolment',
          enrolmentProblems(request.body.enrolledOn, today()),
        );
        const saved = await enrol(
          ctx.db,
          record,
          request.body,
          { actorUserId: request.actor!.userId, now: ctx.now() },
          wiring.enrolmentFollowUp,
        );
        const [presented] = await visible(request.actor!, record, linked, [saved]);
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
        const { record, linked, resource } = await programmeInScope(
          request.actor,
          request.params.id,
        );
        authorize(request.actor, 'programmeEnrolment.write', resource);
        const enrolment = await findEnrolment(ctx.db, record.id, request.params.enrolmentId);
        if (!enrolment) throw unknownEnrolment();
        refuseProblems(
          'people.invalid_withdrawal',
          withdrawalProblems(enrolment, request.body.withdrawnOn, today()),
        );
        const saved = await withdrawEnrolment(ctx.db, enrolment, request.body, {
          actorUserId: request.actor!.userId,
          now: ctx.now(),
        });
        const [presented] = await visible(request.actor!, record, linked, [saved]);
        return presented!;
      },
    );
  };
