import type {
  AllocationCandidate,
  AllocationProblem,
  AllocationQuotas,
  AllocationSlot,
} from './allocation-problem.js';
import type { ScenarioSummary, WhatIfComparison } from './compare-allocations.js';
import type { FairnessReport } from './fairness.js';

/** An allocation problem as plain JSON (typed arrays as number arrays): what a run snapshots. */
export interface ProblemSnapshot {
  candidates: AllocationCandidate[];
  slots: AllocationSlot[];
  edgeStart: number[];
  edgeSlot: number[];
  edgeScore: number[];
  quotas: AllocationQuotas;
}

/** Which solver a run uses: the optimal assignment or deferred acceptance (stable). */
export type RunMode = 'optimal' | 'stable';

/** Everything a run needs to be reproduced: the problem, the mode, the seed and how it was built. */
export interface RunInput {
  problem: ProblemSnapshot;
  mode: RunMode;
  seed: number;
  /** How the scores were computed, e.g. `matching.scoreMatch` or the temporary skill share. */
  scoreModel: string;
  edgesPerCandidate: number;
  /** Per-employer caps given as a run option (the partnership's quotas have none). */
  perEmployerMax: { employerId: string; max: number }[];
  /** Candidates whose choice a lock of an earlier run narrowed, with the slot kept. */
  locks: { candidateId: string; slotId: string | null }[];
}

/** A quota that cannot be met together with others, as the solver explains it. */
export interface Conflict {
  constraint: string;
  reason: string;
}

/** What relaxing a quota by one unit would gain (0 when it does not bind). */
export interface StoredQuotaPrice {
  constraint: string;
  price: number;
  unit: 'per_percentage_point' | 'per_person';
}

/** The what-if comparison, with deferred acceptance beside the solver's scenarios. */
export interface StoredWhatIf extends Omit<WhatIfComparison, 'scenarios'> {
  scenarios: (Omit<ScenarioSummary, 'scenario'> & {
    scenario: ScenarioSummary['scenario'] | 'stable';
  })[];
}

/** One person's outcome with its explanation. */
export interface PersonOutcome {
  candidateIndex: number;
  slotIndex: number;
  score: number | null;
  /** Stable reason code (explain-assignment.ts) and its sentence. */
  reasonCode: string;
  reason: string;
}

/** What a finished run stores: the solver's figures, the reports and each person's reason. */
export type RunOutcome =
  | {
      kind: 'assignment';
      assignment: number[];
      objective: number;
      dualBound: number | null;
      gap: number | null;
      provenOptimal: boolean;
      /** False in stable mode: deferred acceptance does not enforce the quotas. */
      quotasEnforced: boolean;
      quotaPrices: StoredQuotaPrice[];
      iterations: number;
      durationMs: number;
      fairness: FairnessReport;
      whatIf: StoredWhatIf;
      people: PersonOutcome[];
    }
  | { kind: 'infeasible'; conflicts: Conflict[]; durationMs: number }
  | { kind: 'empty'; reason: string; durationMs?: number }
  | { kind: 'error'; reason: string };

/** An outcome without its per-person arrays: what run lists read. */
export type RunOutcomeHead =
  | Omit<Extract<RunOutcome, { kind: 'assignment' }>, 'people' | 'assignment'>
  | Exclude<RunOutcome, { kind: 'assignment' }>;

/** The problem as plain JSON, to store and to send to a worker thread. */
export function snapshotProblem(problem: AllocationProblem): ProblemSnapshot {
  return {
    candidates: problem.candidates.map((c) => ({ ...c })),
    slots: problem.slots.map((s) => ({ ...s })),
    edgeStart: Array.from(problem.edgeStart),
    edgeSlot: Array.from(problem.edgeSlot),
    edgeScore: Array.from(problem.edgeScore),
    quotas: structuredClone(problem.quotas),
  };
}

/** The problem a snapshot was taken of (typed arrays restored). */
export function problemFromSnapshot(snapshot: ProblemSnapshot): AllocationProblem {
  return {
    candidates: snapshot.candidates,
    slots: snapshot.slots,
    edgeStart: Int32Array.from(snapshot.edgeStart),
    edgeSlot: Int32Array.from(snapshot.edgeSlot),
    edgeScore: Float64Array.from(snapshot.edgeScore),
    quotas: snapshot.quotas,
  };
}
