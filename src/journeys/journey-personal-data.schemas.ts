import { z } from 'zod';
import { ORIENTATION_LANGUAGES, ORIENTATION_TOPICS } from './orientation.js';
import { evidenceKindSchema, exitReasonSchema, stageSchema } from './journeys.schemas.js';
import {
  ARRIVAL_ITEMS,
  FOLLOW_UP_STATUSES,
  IN_WORK_KINDS,
  PERMIT_KINDS,
  PERMIT_OUTCOMES,
  REINTEGRATION_PATHWAYS,
} from './step-vocabulary.js';

/**
 * The journeys area's sections of a person's data export (`GET /api/candidates/me/export`): each
 * journey with its history and the content of its steps, and the person's orientation checks.
 * Names and dates rather than ids; who recorded a row is given by capacity, never by account.
 */

const date = z.iso.date();
const datetime = z.iso.datetime();

const exportedEventSchema = z.object({
  seq: z.number().int(),
  on: date,
  type: z.enum(['opened', 'advanced', 'exited', 'voided']),
  from: stageSchema.nullable(),
  to: stageSchema.nullable(),
  exitReason: exitReasonSchema.nullable(),
  evidence: z.array(evidenceKindSchema),
  recordedAs: z.string(),
  note: z.string(),
  correctsSeq: z.number().int().nullable(),
  recordedAt: datetime,
});

const exportedEvidenceSchema = z.object({
  kind: evidenceKindSchema,
  /** Null when the value is a reference to a record elsewhere (an internal id). */
  value: z.string().nullable(),
  on: date,
  detail: z.record(z.string(), z.unknown()),
  correctsEarlier: z.boolean(),
  recordedAs: z.string(),
  recordedAt: datetime,
});

const exportedPermitSchema = z.object({
  kind: z.enum(PERMIT_KINDS),
  authority: z.string(),
  appliedOn: date,
  dueOn: date.nullable(),
  outcome: z.enum(PERMIT_OUTCOMES),
  decidedOn: date.nullable(),
  validFrom: date.nullable(),
  validUntil: date.nullable(),
  remindersQueued: z.array(z.object({ key: z.string(), queuedAt: datetime })),
});

const exportedReintegrationSchema = z.object({
  pathway: z.enum(REINTEGRATION_PATHWAYS),
  goal: z.string(),
  startsOn: date,
  followUps: z.array(
    z.object({
      month: z.number().int(),
      status: z.enum(FOLLOW_UP_STATUSES),
      note: z.string(),
      recordedOn: date,
    }),
  ),
});

export const exportedJourneySchema = z.object({
  partnership: z.string(),
  intake: z.string(),
  openedBy: z.enum([
    'allocation_run',
    'programme_enrolment',
    'programme_completion',
    'coordinator',
  ]),
  programme: z.string().nullable(),
  employer: z.string().nullable(),
  stage: stageSchema,
  stageSince: date,
  status: z.enum(['active', 'exited', 'completed']),
  track: z.enum(['away', 'home']).nullable(),
  exitReason: exitReasonSchema.nullable(),
  openedOn: date,
  /** Copied from the profile for the cohort breakdowns. */
  gender: z.string(),
  nationality: z.string(),
  /** Days spent in each stage left. */
  daysInStage: z.record(z.string(), z.number().int()),
  events: z.array(exportedEventSchema),
  evidence: z.array(exportedEvidenceSchema),
  permits: z.array(exportedPermitSchema),
  arrivalChecklist: z.array(
    z.object({ item: z.enum(ARRIVAL_ITEMS), doneOn: date, note: z.string() }),
  ),
  arrivalCheckIns: z.array(
    z.object({
      day: z.number().int(),
      score: z.number().int(),
      answer: z.string(),
      answeredAt: datetime,
    }),
  ),
  inWork: z.array(
    z.object({
      kind: z.enum(IN_WORK_KINDS),
      title: z.string(),
      on: date,
      skills: z.array(z.string()),
      evidence: z.string(),
      changes: z.array(z.object({ field: z.string(), from: z.string(), to: z.string() })),
      recordedAt: datetime,
    }),
  ),
  return: z.object({ plannedOn: date.nullable(), returnedOn: date.nullable() }).nullable(),
  reintegration: exportedReintegrationSchema.nullable(),
  createdAt: datetime,
  updatedAt: datetime,
});

export const exportedOrientationAttemptSchema = z.object({
  module: z.string(),
  topic: z.enum(ORIENTATION_TOPICS),
  language: z.enum(ORIENTATION_LANGUAGES),
  moduleVersion: z.number().int(),
  correct: z.number().int(),
  total: z.number().int(),
  passed: z.boolean(),
  answeredAt: datetime,
});

/** The keys the journeys area adds to the export. */
export const journeysPersonalDataShape = {
  journeys: z.array(exportedJourneySchema).describe("The person's journeys, one per partnership"),
  orientationAttempts: z
    .array(exportedOrientationAttemptSchema)
    .describe("The person's answers to orientation checks"),
};

export type ExportedJourney = z.infer<typeof exportedJourneySchema>;
export type ExportedOrientationAttempt = z.infer<typeof exportedOrientationAttemptSchema>;
