/**
 * First come, first served: candidates in order of application each take their best-scoring
 * slot that still has room. The baseline most programmes use today, for the what-if comparison.
 */
import type { AllocationProblem } from './allocation-problem.js';
import { scoreOf } from './allocation-score.js';

export interface SimpleAllocation {
  assignment: Int32Array;
  objective: number;
  mode: 'first_come_first_served' | 'stable';
  quotasEnforced: false;
  note: string;
}

export function allocateFirstComeFirstServed(problem: AllocationProblem): SimpleAllocation {
  const n = problem.candidates.length;
  const order = Array.from({ length: n }, (_, c) => c).sort(
    (a, b) => problem.candidates[a]!.arrival - problem.candidates[b]!.arrival || a - b,
  );
  const room = Int32Array.from(problem.slots, (s) => s.capacity);
  const assignment = new Int32Array(n).fill(-1);
  for (const c of order) {
    let best = -1;
    let bestScore = 0;
    for (let e = problem.edgeStart[c]!; e < problem.edgeStart[c + 1]!; e++) {
      const j = problem.edgeSlot[e]!;
      if (room[j]! > 0 && problem.edgeScore[e]! > bestScore) {
        best = j;
        bestScore = problem.edgeScore[e]!;
      }
    }
    if (best >= 0) {
      assignment[c] = best;
      room[best]!--;
    }
  }
  return {
    assignment,
    objective: scoreOf(problem, assignment),
    mode: 'first_come_first_served',
    quotasEnforced: false,
    note: 'Candidates in order of application each took their best-scoring slot with room; quotas are not enforced.',
  };
}
