import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { appUser } from '../accounts/accounts.schema.js';
import { partnership } from '../partnerships/partnerships.schema.js';
import type { RunInput, RunOutcome } from './cohort-snapshot.js';

export const ALLOCATION_MODES = ['optimal', 'stable'] as const;
export type AllocationMode = (typeof ALLOCATION_MODES)[number];

export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'infeasible'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/**
 * One allocation run of a partnership's cohort: the whole problem is snapshotted with the seed
 * (`input`) so that the run can be reproduced, and the solver's outcome is stored (`result`).
 * Runs are background jobs; `progress` (0–1) and `message` follow the solver.
 */
export const allocationRun = pgTable(
  'allocation_run',
  {
    id: uuid('id').primaryKey(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnership.id, { onDelete: 'cascade' }),
    mode: text('mode', { enum: ALLOCATION_MODES }).notNull(),
    status: text('status', { enum: RUN_STATUSES }).notNull(),
    progress: real('progress').notNull().default(0),
    message: text('message').notNull().default(''),
    seed: integer('seed').notNull(),
    input: jsonb('input').$type<RunInput>().notNull(),
    result: jsonb('result').$type<RunOutcome>(),
    /** The run whose snapshot this one re-runs, when it is a re-run. */
    rerunOf: uuid('rerun_of'),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('allocation_run_partnership_idx').on(t.partnershipId, t.createdAt)],
);

/**
 * A coordinator's decision on one person of a run: another slot (or none), and whether it is
 * locked so that later runs keep it. Append-only: the latest row per candidate is in force.
 */
export const allocationOverride = pgTable(
  'allocation_override',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    runId: uuid('run_id')
      .notNull()
      .references(() => allocationRun.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id').notNull(),
    /** The slot's id (vacancy or programme); null to leave the person unassigned. */
    slotId: uuid('slot_id'),
    locked: boolean('locked').notNull(),
    reason: text('reason').notNull(),
    userId: uuid('user_id').references(() => appUser.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('allocation_override_run_idx').on(t.runId, t.candidateId)],
);
