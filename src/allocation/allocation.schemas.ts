import { z } from 'zod';
import { ALLOCATION_MODES, RUN_STATUSES } from './allocation.schema.js';

/** What a coordinator sets when starting a run; the partnership's quotas apply besides. */
export const runRequestSchema = z
  .object({
    mode: z.enum(ALLOCATION_MODES).default('optimal'),
    /** Seed of the run (recorded with the snapshot); drawn when omitted. */
    seed: z.number().int().min(0).max(2_147_483_647).optional(),
    /** How many of each candidate's best slots the problem keeps. */
    edgesPerCandidate: z.number().int().min(1).max(500).default(50),
    /** How far (percentage points) the track shares may stray from the partnership's targets. */
    trackShareTolerance: z.number().min(0).max(100).default(10),
    /** Most people per employer, for this run. */
    perEmployerMax: z
      .array(z.object({ employerId: z.uuid(), max: z.number().int().min(0) }))
      .max(1000)
      .default([]),
  })
  .meta({ id: 'AllocationRunRequest' });
export type RunRequest = z.infer<typeof runRequestSchema>;

const fairnessGroupSchema = z.object({
  value: z.string(),
  count: z.number().int(),
  assigned: z.number().int(),
  rate: z.number(),
  meanScore: z.number().nullable(),
});

/** Who the allocation favours: per gender, nationality, region of origin and age band. */
export const fairnessSchema = z
  .object({
    overall: fairnessGroupSchema,
    groups: z.object({
      gender: z.array(fairnessGroupSchema),
      nationality: z.array(fairnessGroupSchema),
      originRegion: z.array(fairnessGroupSchema),
      ageBand: z.array(fairnessGroupSchema),
    }),
  })
  .meta({ id: 'AllocationFairness' });

/** The allocation beside the optimum without quotas, first come first served and stable. */
export const whatIfSchema = z
  .object({
    costOfQuotas: z.number(),
    scenarios: z.array(
      z.object({
        scenario: z.enum([
          'optimum_with_quotas',
          'optimum_without_quotas',
          'first_come_first_served',
          'stable',
        ]),
        objective: z.number(),
        assigned: z.number().int(),
        relativeObjective: z.number(),
        fairness: fairnessSchema,
      }),
    ),
  })
  .meta({ id: 'AllocationWhatIf' });

const conflictSchema = z.object({ constraint: z.string(), reason: z.string() });

/** The figures of a finished run. */
const runSummarySchema = z.object({
  objective: z.number(),
  dualBound: z.number().nullable(),
  gap: z.number().nullable(),
  assigned: z.number().int(),
  unassigned: z.number().int(),
  provenOptimal: z.boolean(),
  quotasEnforced: z.boolean(),
  iterations: z.number().int(),
  durationMs: z.number(),
  quotaPrices: z.array(
    z.object({
      constraint: z.string(),
      price: z.number(),
      unit: z.enum(['per_percentage_point', 'per_person']),
    }),
  ),
});

/** A run as listed: status and progress, the figures once done. */
export const runSchema = z
  .object({
    id: z.uuid(),
    partnershipId: z.uuid(),
    mode: z.enum(ALLOCATION_MODES),
    status: z.enum(RUN_STATUSES),
    progress: z.number(),
    message: z.string(),
    seed: z.number().int(),
    scoreModel: z.string().optional(),
    candidates: z.number().int().optional(),
    slots: z.number().int().optional(),
    rerunOf: z.uuid().nullable(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    summary: runSummarySchema.nullable(),
    conflicts: z.array(conflictSchema),
  })
  .meta({ id: 'AllocationRun' });

/** A finished run in full: the run, its fairness and what-if reports, its overrides. */
export const runDetailSchema = z
  .object({
    run: runSchema,
    /** The slots of the run's snapshot, for overrides. */
    slots: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['away_job', 'home_job', 'training_seat']),
        label: z.string(),
        capacity: z.number().int(),
      }),
    ),
    fairness: fairnessSchema.nullable(),
    whatIf: whatIfSchema.nullable(),
    overrides: z.array(
      z.object({
        candidateId: z.uuid(),
        slotId: z.uuid().nullable(),
        locked: z.boolean(),
        reason: z.string(),
        userId: z.uuid().nullable(),
        at: z.string(),
      }),
    ),
  })
  .meta({ id: 'AllocationRunDetail' });

const slotSchema = z.object({
  id: z.string(),
  kind: z.enum(['away_job', 'home_job', 'training_seat']),
  label: z.string(),
});

/** One person of a run: the solver's slot, the override in force, and why. */
export const personSchema = z
  .object({
    candidateId: z.uuid(),
    /** The person's name while they still consent to partnership matching; null otherwise. */
    name: z.string().nullable(),
    gender: z.string(),
    originRegion: z.string(),
    slot: slotSchema.nullable(),
    score: z.number().nullable(),
    reasonCode: z.string(),
    reason: z.string(),
    /** The slot in force after overrides (the solver's when none). */
    finalSlot: slotSchema.nullable(),
    override: z
      .object({ slotId: z.uuid().nullable(), locked: z.boolean(), reason: z.string() })
      .nullable(),
  })
  .meta({ id: 'AllocationPerson' });

export const peopleQuerySchema = z.object({
  show: z.enum(['all', 'assigned', 'unassigned']).default('all'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const peoplePageSchema = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  people: z.array(personSchema),
});

/** A coordinator's decision on one person: another slot (or none), locked or not, and why. */
export const overrideRequestSchema = z
  .object({
    candidateId: z.uuid(),
    slotId: z.uuid().nullable(),
    locked: z.boolean().default(false),
    reason: z.string().trim().min(1).max(2000),
  })
  .meta({ id: 'AllocationOverrideRequest' });
