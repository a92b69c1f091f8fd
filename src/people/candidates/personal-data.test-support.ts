import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { allocationOverride, allocationRun } from '../../allocation/allocation.schema.js';
import type { RunInput } from '../../allocation/cohort-snapshot.js';
import { journey, journeyEvent, journeyEvidence } from '../../journeys/journeys.schema.js';
import {
  arrivalCheckIn,
  arrivalItem,
  inWorkRecord,
  journeyReturn,
  orientationAttempt,
  orientationModule,
  permitApplication,
  permitReminder,
  reintegrationFollowUp,
  reintegrationPlan,
} from '../../journeys/journey-steps.schema.js';
import { partnership } from '../../partnerships/partnerships.schema.js';
import type { Quotas } from '../../partnerships/quotas.js';
import {
  contractVersion,
  placementContract,
  recruitmentCost,
} from '../../protection/fair-recruitment/fair-recruitment.schema.js';

/**
 * The places a person's records of other areas hang on (a partnership, an employer, an
 * orientation module, an allocation run), made once per test database.
 */
export async function otherAreasWorld(db: Database, employerId: string, now: Date) {
  const partnershipId = randomUUID();
  const moduleId = randomUUID();
  const runId = randomUUID();
  await db.insert(partnership).values({
    id: partnershipId,
    title: 'Morocco–Belgium welders',
    type: 'bilateral',
    status: 'active',
    corridors: [],
    occupations: [],
    tracks: ['away'],
    quotas: {} as Quotas,
    createdAt: now,
    updatedAt: now,
  });
  await db.insert(orientationModule).values({
    id: moduleId,
    partnershipId,
    origin: 'MA',
    destination: 'BE',
    topic: 'contract',
    language: 'fr',
    title: 'Votre contrat',
    body: 'Ce que dit un contrat de travail.',
    questions: [],
    passMark: 1,
    updatedAt: now,
  });
  await db.insert(allocationRun).values({
    id: runId,
    partnershipId,
    mode: 'optimal',
    status: 'succeeded',
    seed: 1,
    input: {} as RunInput,
    createdAt: now,
  });
  return { partnershipId, moduleId, runId, employerId };
}

/**
 * A person's journey with a row in every table of its steps, an orientation attempt, a placement
 * contract with a version, a recruitment cost and an allocation override.
 */
export async function recordsOfOtherAreas(
  db: Database,
  world: Awaited<ReturnType<typeof otherAreasWorld>>,
  candidateId: string,
  now: Date,
) {
  const { partnershipId, employerId } = world;
  const journeyId = randomUUID();
  const permitId = randomUUID();
  const contractId = randomUUID();
  const by = { recordedAt: now };
  await db.insert(journey).values({
    id: journeyId,
    partnershipId,
    candidateId,
    intake: '2026-09',
    originKind: 'coordinator',
    employerId,
    stage: 'returned',
    status: 'active',
    track: 'away',
    version: 1,
    gender: 'female',
    nationality: 'MA',
    openedOn: '2026-01-10',
    stageSince: '2026-10-01',
    reached: 1,
    stageDays: [12],
    createdAt: now,
    updatedAt: now,
  });
  await db.insert(journeyEvent).values({
    journeyId,
    seq: 1,
    occurredOn: '2026-01-10',
    actorAs: 'coordinator',
    body: { type: 'opened', stage: 'applied', origin: { kind: 'coordinator', id: null } },
    evidence: [],
    ...by,
  });
  await db.insert(journeyEvidence).values([
    {
      id: randomUUID(),
      journeyId,
      kind: 'return_date',
      value: '2026-10-01',
      occurredOn: '2026-10-01',
      recordedAs: 'coordinator',
      ...by,
    },
    {
      id: randomUUID(),
      journeyId,
      kind: 'grievance',
      value: randomUUID(),
      detail: { recordId: randomUUID(), step: 'filed' },
      occurredOn: '2026-05-01',
      recordedAs: 'worker',
      ...by,
    },
  ]);
  await db.insert(permitApplication).values({
    id: permitId,
    journeyId,
    kind: 'work_permit',
    authority: 'Région de Bruxelles',
    appliedOn: '2026-02-01',
    outcome: 'granted',
    updatedAt: now,
  });
  await db
    .insert(permitReminder)
    .values({ applicationId: permitId, key: 'expiry:30', queuedAt: now });
  await db
    .insert(arrivalItem)
    .values({ journeyId, item: 'accommodation', doneOn: '2026-03-02', ...by });
  await db
    .insert(arrivalCheckIn)
    .values({ journeyId, day: 30, score: 4, answer: 'Going well', answeredAt: now });
  await db.insert(inWorkRecord).values({
    id: randomUUID(),
    journeyId,
    kind: 'certification',
    title: 'Welding level 2',
    on: '2026-06-01',
    skills: [],
    evidence: 'Certificate 42',
    changes: [],
    ...by,
  });
  await db
    .insert(journeyReturn)
    .values({ journeyId, plannedOn: '2026-09-30', returnedOn: '2026-10-01', updatedAt: now });
  await db.insert(reintegrationPlan).values({
    journeyId,
    pathway: 'business',
    goal: 'Open a workshop',
    startsOn: '2026-10-15',
    updatedAt: now,
  });
  await db.insert(reintegrationFollowUp).values({
    journeyId,
    month: 3,
    status: 'on_track',
    note: 'Workshop open',
    recordedOn: '2027-01-15',
  });
  await db.insert(orientationAttempt).values({
    moduleId: world.moduleId,
    candidateId,
    moduleVersion: 1,
    correct: 1,
    total: 1,
    passed: true,
    answeredAt: now,
  });
  await db
    .insert(placementContract)
    .values({ id: contractId, partnershipId, candidateId, employerId, createdAt: now });
  await db.insert(contractVersion).values({
    contractId,
    stage: 'signed',
    terms: {
      wage: { amount: 2400, currency: 'EUR', per: 'month' },
      hoursPerWeek: 38,
      occupationUri: null,
      country: 'BE',
      city: null,
    },
    statedOn: '2026-02-15',
    ...by,
  });
  await db.insert(recruitmentCost).values({
    id: randomUUID(),
    partnershipId,
    candidateId,
    kind: 'travel',
    amount: 180,
    currency: 'EUR',
    paidBy: 'worker',
    paidOn: '2026-02-20',
    employerId,
    ...by,
  });
  await db.insert(allocationOverride).values({
    runId: world.runId,
    candidateId,
    slotId: null,
    locked: true,
    reason: 'Asked to wait for the spring intake',
    at: now,
  });
}
