import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { conflict, notFound, unprocessable } from '../shared/errors.js';
import { allocationOverride, allocationRun, type RunStatus } from './allocation.schema.js';
import type { AllocationSlot } from './allocation-problem.js';
import type { RunInput, RunOutcome, RunOutcomeHead } from './cohort-snapshot.js';

type Db = Pick<Database, 'select' | 'insert' | 'update'>;
type Reader = Pick<Database, 'select'>;

/** A stored run without its (possibly large) input snapshot. */
export interface RunRecord {
  id: string;
  partnershipId: string;
  mode: RunInput['mode'];
  status: RunStatus;
  progress: number;
  message: string;
  seed: number;
  result: RunOutcome | null;
  rerunOf: string | null;
  createdBy: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** A coordinator's override of one person's slot in a run. */
export interface OverrideRecord {
  id: number;
  runId: string;
  candidateId: string;
  slotId: string | null;
  locked: boolean;
  reason: string;
  userId: string | null;
  at: Date;
}

const runColumns = {
  id: allocationRun.id,
  partnershipId: allocationRun.partnershipId,
  mode: allocationRun.mode,
  status: allocationRun.status,
  progress: allocationRun.progress,
  message: allocationRun.message,
  seed: allocationRun.seed,
  result: allocationRun.result,
  rerunOf: allocationRun.rerunOf,
  createdBy: allocationRun.createdBy,
  createdAt: allocationRun.createdAt,
  startedAt: allocationRun.startedAt,
  finishedAt: allocationRun.finishedAt,
};

export const unknownRun = () =>
  notFound('allocation.unknown_run', 'There is no such allocation run.');

/** Queues a run with its snapshot; audited (the snapshot holds personal data of the cohort). */
export async function createRun(
  db: Database,
  run: { partnershipId: string; input: RunInput; rerunOf: string | null },
  change: { actorUserId: string | null; now: Date },
): Promise<string> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(allocationRun).values({
      id,
      partnershipId: run.partnershipId,
      mode: run.input.mode,
      status: 'queued',
      seed: run.input.seed,
      input: run.input,
      rerunOf: run.rerunOf,
      createdBy: change.actorUserId,
      createdAt: change.now,
    });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'allocation.run',
      entity: 'allocation_run',
      entityId: id,
      subjectUserId: null,
      detail: {
        partnershipId: run.partnershipId,
        mode: run.input.mode,
        seed: run.input.seed,
        candidates: run.input.problem.candidates.length,
        rerunOf: run.rerunOf,
      },
    });
  });
  return id;
}

/** One run (without its snapshot), or null. */
export async function findRun(db: Reader, id: string): Promise<RunRecord | null> {
  const [row] = await db.select(runColumns).from(allocationRun).where(eq(allocationRun.id, id));
  return row ?? null;
}

/** One run, or 404. */
export async function requireRun(db: Reader, id: string): Promise<RunRecord> {
  const run = await findRun(db, id);
  if (!run) throw unknownRun();
  return run;
}

/** The snapshot a run was started from. */
export async function runInput(db: Reader, id: string): Promise<RunInput> {
  const [row] = await db
    .select({ input: allocationRun.input })
    .from(allocationRun)
    .where(eq(allocationRun.id, id));
  if (!row) throw unknownRun();
  return row.input;
}

/** What the run pages show of a snapshot, read without loading the whole of it. */
export interface RunFacts {
  scoreModel: string;
  candidates: number;
  slots: AllocationSlot[];
}

/** The facts of a snapshot already in hand. */
export const factsOf = (input: RunInput): RunFacts => ({
  scoreModel: input.scoreModel,
  candidates: input.problem.candidates.length,
  slots: input.problem.slots,
});

/** A run's facts straight from its stored snapshot (polled every second by the UI). */
export async function runFacts(db: Reader, id: string): Promise<RunFacts> {
  const [row] = await db
    .select({
      scoreModel: sql<string>`${allocationRun.input}->>'scoreModel'`,
      candidates: sql<number>`jsonb_array_length(${allocationRun.input}->'problem'->'candidates')`,
      slots: sql<AllocationSlot[]>`${allocationRun.input}->'problem'->'slots'`,
    })
    .from(allocationRun)
    .where(eq(allocationRun.id, id));
  if (!row) throw unknownRun();
  return { ...row, candidates: Number(row.candidates) };
}

/** A run as listed: its outcome without the per-person arrays. */
export type ListedRun = Omit<RunRecord, 'result'> & { result: RunOutcomeHead | null };

/** A partnership's runs, newest first (outcomes without their per-person arrays). */
export async function listRuns(
  db: Reader,
  partnershipId: string,
  limit = 50,
): Promise<ListedRun[]> {
  return db
    .select({
      ...runColumns,
      result: sql<RunOutcomeHead | null>`${allocationRun.result} - 'people' - 'assignment'`,
    })
    .from(allocationRun)
    .where(eq(allocationRun.partnershipId, partnershipId))
    .orderBy(desc(allocationRun.createdAt), desc(allocationRun.id))
    .limit(limit);
}

/** Runs left queued or running (a restart interrupted them), oldest first. */
export async function unfinishedRuns(db: Reader): Promise<string[]> {
  const rows = await db
    .select({ id: allocationRun.id })
    .from(allocationRun)
    .where(inArray(allocationRun.status, ['queued', 'running']))
    .orderBy(asc(allocationRun.createdAt));
  return rows.map((r) => r.id);
}

/** Marks a run as started. */
export async function markRunning(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(allocationRun)
    .set({ status: 'running', progress: 0, message: 'starting', startedAt: now })
    .where(eq(allocationRun.id, id));
}

/** Records the solver's progress (0–1) and what it is doing. */
export async function recordProgress(
  db: Db,
  id: string,
  progress: number,
  message: string,
): Promise<void> {
  await db
    .update(allocationRun)
    .set({ progress: Math.min(1, Math.max(0, progress)), message })
    .where(and(eq(allocationRun.id, id), eq(allocationRun.status, 'running')));
}

/** The status a finished run's outcome gives it. */
export function statusOf(outcome: RunOutcome): RunStatus {
  if (outcome.kind === 'assignment') return 'succeeded';
  if (outcome.kind === 'infeasible') return 'infeasible';
  return 'failed';
}

/** Stores a finished run's outcome. */
export async function finishRun(db: Db, id: string, outcome: RunOutcome, now: Date) {
  const status = statusOf(outcome);
  const message =
    outcome.kind === 'assignment'
      ? 'done'
      : outcome.kind === 'infeasible'
        ? `${outcome.conflicts.length} constraints conflict`
        : outcome.reason;
  await db
    .update(allocationRun)
    .set({ status, progress: 1, message, result: outcome, finishedAt: now })
    .where(eq(allocationRun.id, id));
}

/** The overrides of a run, oldest first (the latest per candidate is in force). */
export async function overridesOf(db: Reader, runId: string): Promise<OverrideRecord[]> {
  return db
    .select()
    .from(allocationOverride)
    .where(eq(allocationOverride.runId, runId))
    .orderBy(asc(allocationOverride.id));
}

/** The override in force per candidate (the latest). */
export function latestPerCandidate(overrides: readonly OverrideRecord[]) {
  const latest = new Map<string, OverrideRecord>();
  for (const o of overrides) latest.set(o.candidateId, o);
  return latest;
}

/**
 * The locks in force for a partnership's next run: the latest override of each person across
 * its runs, when that override is locked.
 */
export async function locksInForce(
  db: Reader,
  partnershipId: string,
): Promise<{ candidateId: string; slotId: string | null }[]> {
  const rows = await db
    .select({
      id: allocationOverride.id,
      runId: allocationOverride.runId,
      candidateId: allocationOverride.candidateId,
      slotId: allocationOverride.slotId,
      locked: allocationOverride.locked,
      reason: allocationOverride.reason,
      userId: allocationOverride.userId,
      at: allocationOverride.at,
    })
    .from(allocationOverride)
    .innerJoin(allocationRun, eq(allocationRun.id, allocationOverride.runId))
    .where(eq(allocationRun.partnershipId, partnershipId))
    .orderBy(asc(allocationOverride.id));
  return [...latestPerCandidate(rows).values()]
    .filter((o) => o.locked)
    .map((o) => ({ candidateId: o.candidateId, slotId: o.slotId }))
    .sort((a, b) => a.candidateId.localeCompare(b.candidateId));
}

/** What a coordinator decides for one person. */
export interface OverrideDecision {
  candidateId: string;
  slotId: string | null;
  locked: boolean;
  reason: string;
}

/**
 * Records an override of a finished run, checked against its snapshot (the person is in the
 * cohort, the slot exists and has room); audited in the same transaction.
 */
export async function recordOverride(
  db: Database,
  run: RunRecord,
  decision: OverrideDecision,
  change: { actorUserId: string; now: Date },
  room: (slotId: string) => Promise<number>,
): Promise<void> {
  if (run.status !== 'succeeded') {
    throw conflict(
      'allocation.run_not_succeeded',
      `Only a succeeded run can be overridden; this one is ${run.status}.`,
    );
  }
  if (decision.reason.trim().length === 0) {
    throw unprocessable('allocation.reason_required', 'reason: an override needs a reason', [
      { field: 'reason', reason: 'must say why' },
    ]);
  }
  if (decision.slotId !== null && (await room(decision.slotId)) <= 0) {
    throw conflict(
      'allocation.slot_full',
      `The slot ${decision.slotId} has no room left in this run.`,
    );
  }
  await db.transaction(async (tx) => {
    await tx.insert(allocationOverride).values({
      runId: run.id,
      candidateId: decision.candidateId,
      slotId: decision.slotId,
      locked: decision.locked,
      reason: decision.reason.trim(),
      userId: change.actorUserId,
      at: change.now,
    });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: decision.locked ? 'allocation.lock' : 'allocation.override',
      entity: 'allocation_run',
      entityId: run.id,
      subjectUserId: null,
      detail: {
        candidateId: decision.candidateId,
        slotId: decision.slotId,
        locked: decision.locked,
        reason: decision.reason.trim(),
      },
    });
  });
}
