import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { candidate, candidateConsent } from '../people/people.schema.js';
import { unprocessable, conflict } from '../shared/errors.js';
import type { AllocationSlot } from './allocation-problem.js';
import {
  latestPerCandidate,
  overridesOf,
  runInput,
  type ListedRun,
  type OverrideRecord,
  type RunFacts,
  type RunRecord,
} from './allocation-run.store.js';
import type { RunInput, RunOutcome } from './cohort-snapshot.js';

type Db = Pick<Database, 'select'>;

/** A run as the API presents it (figures once done, conflicts when infeasible). */
export function presentRun(run: ListedRun, facts?: RunFacts) {
  const r = run.result;
  return {
    id: run.id,
    partnershipId: run.partnershipId,
    mode: run.mode,
    status: run.status,
    progress: run.progress,
    message: run.message,
    seed: run.seed,
    ...(facts
      ? { scoreModel: facts.scoreModel, candidates: facts.candidates, slots: facts.slots.length }
      : {}),
    rerunOf: run.rerunOf,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    summary:
      r?.kind === 'assignment'
        ? {
            objective: r.objective,
            dualBound: r.dualBound,
            gap: r.gap,
            provenOptimal: r.provenOptimal,
            quotasEnforced: r.quotasEnforced,
            assigned: r.fairness.overall.assigned,
            unassigned: r.fairness.overall.count - r.fairness.overall.assigned,
            iterations: r.iterations,
            durationMs: r.durationMs,
            quotaPrices: r.quotaPrices,
          }
        : null,
    conflicts: r?.kind === 'infeasible' ? r.conflicts : [],
  };
}

export function presentOverride(o: OverrideRecord) {
  return {
    candidateId: o.candidateId,
    slotId: o.slotId,
    locked: o.locked,
    reason: o.reason,
    userId: o.userId,
    at: o.at.toISOString(),
  };
}

/** The outcome of a succeeded run, or the problem that says why there is none. */
export function requireAssignment(run: RunRecord): Extract<RunOutcome, { kind: 'assignment' }> {
  const r = run.result;
  if (r?.kind === 'assignment') return r;
  if (r?.kind === 'infeasible') {
    throw unprocessable(
      'allocation.infeasible',
      `The quotas cannot all be met: ${r.conflicts.map((c) => c.reason).join('; ')}`,
      r.conflicts.map((c) => ({ field: c.constraint, reason: c.reason })),
    );
  }
  if (r?.kind === 'empty' || r?.kind === 'error') {
    throw unprocessable('allocation.failed', r.reason);
  }
  throw conflict('allocation.not_finished', `The run is ${run.status}: try again when it is done.`);
}

const presentSlot = (slots: readonly AllocationSlot[], index: number) => {
  const slot = slots[index];
  return slot ? { id: slot.id, kind: slot.kind, label: slot.label } : null;
};

/** Names of the people who still consent to partnership matching (the others stay anonymous). */
async function namesOf(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: candidate.id, profile: candidate.profile })
    .from(candidate)
    .innerJoin(
      candidateConsent,
      and(
        eq(candidateConsent.candidateId, candidate.id),
        eq(candidateConsent.purpose, 'partnership_matching'),
        isNull(candidateConsent.withdrawnAt),
      ),
    )
    .where(inArray(candidate.id, ids));
  return new Map(rows.map((r) => [r.id, r.profile.name]));
}

/** How much room each slot has left once the run's overrides are applied. */
export function roomLeft(
  input: RunInput,
  assignment: readonly number[],
  overrides: readonly OverrideRecord[],
): Map<string, number> {
  const slots = input.problem.slots;
  const final = finalSlots(input, assignment, overrides);
  const room = new Map(slots.map((s) => [s.id, s.capacity]));
  for (const slotId of final) if (slotId) room.set(slotId, (room.get(slotId) ?? 0) - 1);
  return room;
}

/** The slot id in force for each candidate: the latest override, else the solver's. */
export function finalSlots(
  input: RunInput,
  assignment: readonly number[],
  overrides: readonly OverrideRecord[],
): (string | null)[] {
  const latest = latestPerCandidate(overrides);
  return input.problem.candidates.map((c, i) => {
    const o = latest.get(c.id);
    if (o) return o.slotId;
    return input.problem.slots[assignment[i] ?? -1]?.id ?? null;
  });
}

/** A page of a run's people with their slot, score, reason and override in force. */
export async function peoplePage(
  db: Db,
  run: RunRecord,
  query: { show: 'all' | 'assigned' | 'unassigned'; offset: number; limit: number },
) {
  const outcome = requireAssignment(run);
  const input = await runInput(db, run.id);
  const overrides = await overridesOf(db, run.id);
  const latest = latestPerCandidate(overrides);
  const final = finalSlots(input, outcome.assignment, overrides);
  const { candidates, slots } = input.problem;
  const slotIndex = new Map(slots.map((s, j) => [s.id, j]));
  const selected = outcome.people.filter((p) =>
    query.show === 'all'
      ? true
      : (final[p.candidateIndex] !== null) === (query.show === 'assigned'),
  );
  const page = selected.slice(query.offset, query.offset + query.limit);
  const names = await namesOf(
    db,
    page.map((p) => candidates[p.candidateIndex]?.id ?? ''),
  );
  return {
    total: selected.length,
    offset: query.offset,
    limit: query.limit,
    people: page.map((p) => {
      const c = candidates[p.candidateIndex];
      const o = c ? latest.get(c.id) : undefined;
      const finalId = final[p.candidateIndex] ?? null;
      return {
        candidateId: c?.id ?? '',
        name: (c && names.get(c.id)) ?? null,
        gender: c?.gender ?? 'undisclosed',
        originRegion: c?.originRegion ?? '',
        slot: presentSlot(slots, p.slotIndex),
        score: p.score,
        reasonCode: p.reasonCode,
        reason: p.reason,
        finalSlot: finalId === null ? null : presentSlot(slots, slotIndex.get(finalId) ?? -1),
        override: o ? { slotId: o.slotId, locked: o.locked, reason: o.reason } : null,
      };
    }),
  };
}
