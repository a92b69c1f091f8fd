import { performance } from 'node:perf_hooks';
import { PasserelleError } from '../shared/errors.js';
import type { AllocationProblem } from './allocation-problem.js';
import { isInfeasible, type AllocationResult } from './allocation-result.js';
import { whatIf } from './compare-allocations.js';
import { allocateStable } from './deferred-acceptance.js';
import { fairnessReport } from './fairness.js';
import { scoreOf } from './allocation-score.js';
import { explainAssignment, solveAllocation } from './solve-allocation.js';
import type { SimpleAllocation } from './greedy-allocation.js';
import {
  problemFromSnapshot,
  type Conflict,
  type PersonOutcome,
  type RunInput,
  type RunOutcome,
  type StoredWhatIf,
} from './cohort-snapshot.js';

type OnProgress = (progress: number, message: string) => void;

/** The score of candidate i's assigned edge, or null when unassigned. */
function assignedScore(problem: AllocationProblem, assignment: Int32Array, i: number) {
  const slot = assignment[i] ?? -1;
  if (slot < 0) return null;
  for (let e = problem.edgeStart[i] ?? 0; e < (problem.edgeStart[i + 1] ?? 0); e++) {
    if (problem.edgeSlot[e] === slot) return problem.edgeScore[e] ?? null;
  }
  return null;
}

type Solved =
  | { kind: 'solved'; result: AllocationResult }
  | { kind: 'infeasible'; conflicts: Conflict[] }
  | { kind: 'empty'; reason: string };

/** The optimal allocation, or why there is none (conflicting quotas, nobody eligible). */
function solveOrExplain(problem: AllocationProblem, onProgress: OnProgress): Solved {
  try {
    const result = solveAllocation(problem, { onProgress: (p, m) => onProgress(p * 0.9, m) });
    if (isInfeasible(result)) return { kind: 'infeasible', conflicts: result.conflicts };
    return { kind: 'solved', result };
  } catch (error) {
    if (error instanceof PasserelleError && error.code === 'allocation.no_eligible_pairs') {
      return { kind: 'empty', reason: error.message };
    }
    throw error;
  }
}

function peopleOf(problem: AllocationProblem, chosen: { assignment: Int32Array }): PersonOutcome[] {
  return problem.candidates.map((_, i) => {
    const why = explainAssignment(problem, chosen, i);
    return {
      candidateIndex: i,
      slotIndex: chosen.assignment[i] ?? -1,
      score: assignedScore(problem, chosen.assignment, i),
      reasonCode: why.code,
      reason: why.text,
    };
  });
}

/** The solver's what-if comparison, with the stable allocation as one more scenario. */
function whatIfWithStable(
  problem: AllocationProblem,
  optimal: AllocationResult,
  stable: SimpleAllocation,
): StoredWhatIf {
  const comparison = whatIf(problem, optimal);
  return {
    ...comparison,
    scenarios: [
      ...comparison.scenarios,
      {
        scenario: 'stable',
        objective: stable.objective,
        assigned: stable.assignment.reduce((n, j) => n + (j >= 0 ? 1 : 0), 0),
        relativeObjective: stable.objective / (optimal.objective || 1),
        fairness: fairnessReport(problem, stable.assignment),
      },
    ],
  };
}

/**
 * Solves a run's snapshot: the optimal assignment (or deferred acceptance in stable mode), its
 * fairness and what-if reports and each person's explanation. Deterministic in its input, so a
 * re-run from the same snapshot gives the same outcome (the clock only measures duration).
 */
export function solveRunInput(input: RunInput, onProgress: OnProgress): RunOutcome {
  const problem = problemFromSnapshot(input.problem);
  const started = performance.now();
  onProgress(0, 'solving');
  const solved = solveOrExplain(problem, onProgress);
  if (solved.kind !== 'solved') return { ...solved, durationMs: performance.now() - started };
  const optimal = solved.result;
  const stable = allocateStable(problem);
  const chosen = input.mode === 'stable' ? stable : optimal;
  onProgress(0.92, 'explaining and reporting');
  const objective = scoreOf(problem, chosen.assignment);
  const outcome: RunOutcome = {
    kind: 'assignment',
    assignment: Array.from(chosen.assignment),
    objective,
    // The bound is the optimum's: in stable mode the gap says what stability costs.
    dualBound: optimal.dualBound,
    gap:
      optimal.dualBound > 0 ? Math.max(0, (optimal.dualBound - objective) / optimal.dualBound) : 0,
    provenOptimal: chosen === optimal && optimal.provenOptimal,
    quotasEnforced: chosen === optimal ? optimal.quotasEnforced : false,
    quotaPrices: optimal.quotaPrices,
    iterations: optimal.iterations,
    durationMs: performance.now() - started,
    fairness: fairnessReport(problem, chosen.assignment),
    whatIf: whatIfWithStable(problem, optimal, stable),
    people: peopleOf(problem, chosen),
  };
  onProgress(1, 'done');
  return outcome;
}
