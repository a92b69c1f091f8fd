import { z } from 'zod';
import { isoDateSchema } from '../people/profile-fields.js';
import { EVIDENCE_KINDS } from './evidence-kinds.js';
import { EXIT_REASONS, OPENING_STAGES, STAGES } from './stages.js';
import { PERFORMERS } from './transitions.js';

/** The request and response shapes of /api/journeys (docs/journeys.md#api). */

export const stageSchema = z.enum(STAGES);
export const exitReasonSchema = z.enum(EXIT_REASONS);
export const evidenceKindSchema = z.enum(EVIDENCE_KINDS);
const performerSchema = z.enum(PERFORMERS);
const statusSchema = z.enum(['active', 'exited', 'completed']);
const noteSchema = z.string().trim().max(2000).default('');

/** Evidence given with a request: its kind, value and the day it happened (default: that day). */
export const evidenceInputSchema = z.object({
  kind: evidenceKindSchema,
  value: z.string().trim().min(1).max(500),
  occurredOn: isoDateSchema.optional(),
  detail: z.record(z.string(), z.unknown()).optional(),
  /** The evidence row this one corrects. */
  supersedes: z.uuid().optional(),
});

export const advanceRequestSchema = z.object({
  to: stageSchema,
  expectedVersion: z.number().int().min(1),
  occurredOn: isoDateSchema,
  evidence: z.array(evidenceInputSchema).max(20).default([]),
  note: noteSchema,
});

export const exitRequestSchema = z.object({
  reason: exitReasonSchema,
  expectedVersion: z.number().int().min(1),
  occurredOn: isoDateSchema,
  /** A grievance this exit relates to (left the employer), when one exists. */
  grievanceId: z.uuid().optional(),
  evidence: z.array(evidenceInputSchema).max(20).default([]),
  note: noteSchema,
});

export const correctionRequestSchema = z.object({
  correctsSeq: z.number().int().min(1),
  expectedVersion: z.number().int().min(1),
  /** The corrected day of the event (ignored when voiding). */
  occurredOn: isoDateSchema,
  /** Cancel the event (undo a move or an exit) instead of changing its day. */
  voided: z.boolean().default(false),
  /** Why: a correction always says it. */
  note: z.string().trim().min(1).max(2000),
});

export const evidenceRequestSchema = z.object({
  evidence: z.array(evidenceInputSchema).min(1).max(20),
});

export const openRequestSchema = z.object({
  partnershipId: z.uuid(),
  candidateId: z.uuid(),
  stage: z.enum(OPENING_STAGES).default('applied'),
  /** The programme the person is enrolled in (its provider then sees the training stages). */
  programmeId: z.uuid().optional(),
  intake: z.string().trim().min(1).max(60).optional(),
  occurredOn: isoDateSchema,
});

export const acceptRunRequestSchema = z.object({
  intake: z.string().trim().min(1).max(60).optional(),
  occurredOn: isoDateSchema.optional(),
});

export const cohortQuerySchema = z.object({
  intake: z.string().trim().min(1).max(60).optional(),
  stage: stageSchema.optional(),
  status: statusSchema.optional(),
  openedFrom: isoDateSchema.optional(),
  openedTo: isoDateSchema.optional(),
});

export const listQuerySchema = cohortQuerySchema.extend({
  partnershipId: z.uuid(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const triggerSchema = z
  .object({ kind: z.string() })
  .catchall(z.union([z.string(), z.array(z.number())]));

const exitSchema = z.object({
  reason: exitReasonSchema,
  from: stageSchema,
  on: z.string(),
  grievanceId: z.string().nullable(),
});

export const journeySummarySchema = z
  .object({
    id: z.uuid(),
    partnershipId: z.uuid(),
    candidateId: z.uuid(),
    personName: z.string(),
    intake: z.string(),
    stage: stageSchema,
    status: statusSchema,
    track: z.enum(['away', 'home']).nullable(),
    exitReason: exitReasonSchema.nullable(),
    version: z.number().int(),
    openedOn: z.string(),
    stageSince: z.string(),
    origin: z.object({ kind: z.string(), id: z.string().nullable() }),
    programmeId: z.uuid().nullable(),
    employerId: z.uuid().nullable(),
  })
  .meta({ id: 'JourneySummary' });

const eventBodySchema = z.union([
  z.object({
    type: z.literal('opened'),
    stage: stageSchema,
    origin: z.object({ kind: z.string(), id: z.string().nullable() }),
  }),
  z.object({ type: z.literal('advanced'), from: stageSchema, to: stageSchema }),
  z.object({
    type: z.literal('exited'),
    from: stageSchema,
    reason: exitReasonSchema,
    grievanceId: z.string().nullable(),
  }),
  z.object({ type: z.literal('voided') }),
]);

export const journeyEventSchema = z.object({
  seq: z.number().int(),
  occurredOn: z.string(),
  actor: z.object({ userId: z.string().nullable(), as: z.string() }),
  body: eventBodySchema,
  evidence: z.array(z.object({ id: z.string(), kind: evidenceKindSchema })),
  note: z.string(),
  correctsSeq: z.number().int().nullable(),
  recordedAt: z.string(),
});

export const journeyEvidenceSchema = z.object({
  id: z.uuid(),
  kind: evidenceKindSchema,
  value: z.string(),
  occurredOn: z.string(),
  detail: z.record(z.string(), z.unknown()),
  supersedes: z.string().nullable(),
  recordedAs: z.string(),
  recordedAt: z.string(),
});

export const journeyDetailSchema = z
  .object({
    journey: journeySummarySchema,
    exit: exitSchema.nullable(),
    entered: z.record(z.string(), z.string()),
    events: z.array(journeyEventSchema),
    evidence: z.array(journeyEvidenceSchema),
    next: z.object({
      steps: z.array(
        z.object({
          to: stageSchema,
          requires: z.array(evidenceKindSchema),
          missing: z.array(evidenceKindSchema),
          performers: z.array(performerSchema),
          /** Whether the caller may make this move (once the evidence is there). */
          allowed: z.boolean(),
        }),
      ),
      exits: z.array(exitReasonSchema),
    }),
    deadlines: z.array(
      z.object({ kind: z.enum(['check_in', 'follow_up']), due: z.string(), after: stageSchema }),
    ),
    /** The capacities the caller holds on this journey. */
    you: z.array(performerSchema),
  })
  .meta({ id: 'JourneyDetail' });

export const changeResponseSchema = journeyDetailSchema.extend({
  triggers: z.array(triggerSchema),
});

export const journeyListSchema = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  journeys: z.array(journeySummarySchema),
});

const breakdownSchema = z.object({
  value: z.string(),
  total: z.number().int(),
  active: z.number().int(),
  completed: z.number().int(),
  exited: z.number().int(),
});

export const cohortStatsSchema = z
  .object({
    total: z.number().int(),
    active: z.number().int(),
    completed: z.number().int(),
    exited: z.number().int(),
    funnel: z.array(
      z.object({ stage: stageSchema, reached: z.number().int(), current: z.number().int() }),
    ),
    timeInStage: z.array(
      z.object({
        stage: stageSchema,
        stays: z.number().int(),
        medianDays: z.number().nullable(),
        p90Days: z.number().nullable(),
      }),
    ),
    exits: z.array(z.object({ reason: exitReasonSchema, count: z.number().int() })),
    breakdowns: z.object({
      gender: z.array(breakdownSchema),
      nationality: z.array(breakdownSchema),
      track: z.array(breakdownSchema),
    }),
  })
  .meta({ id: 'JourneyCohortStats' });

export const openResultSchema = z.object({
  opened: z.number().int(),
  existing: z.number().int(),
  journeyIds: z.array(z.uuid()),
});

export const vocabularySchema = z.object({
  stages: z.array(z.object({ stage: stageSchema, track: z.string(), final: z.boolean() })),
  transitions: z.array(
    z.object({
      from: stageSchema,
      to: stageSchema,
      requires: z.array(evidenceKindSchema),
      performers: z.array(performerSchema),
      triggers: z.array(triggerSchema),
    }),
  ),
  exits: z.array(
    z.object({
      reason: exitReasonSchema,
      from: z.array(stageSchema),
      requires: z.array(evidenceKindSchema),
      performers: z.array(performerSchema),
    }),
  ),
  evidenceKinds: z.array(
    z.object({
      kind: evidenceKindSchema,
      value: z.enum(['date', 'text', 'reference']),
      means: z.string(),
    }),
  ),
});
