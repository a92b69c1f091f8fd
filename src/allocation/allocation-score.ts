import type { AllocationProblem } from './allocation-problem.js';

/** The score of candidate c on slot j, or NaN when the pair is not eligible. */
export function scoreOn(problem: AllocationProblem, c: number, j: number): number {
  for (let e = problem.edgeStart[c]!; e < problem.edgeStart[c + 1]!; e++)
    if (problem.edgeSlot[e] === j) return problem.edgeScore[e]!;
  return Number.NaN;
}

/** Total score of an assignment, recomputed from the problem's own scores. */
export function scoreOf(problem: AllocationProblem, assignment: Int32Array): number {
  let total = 0;
  for (let c = 0; c < assignment.length; c++) {
    const j = assignment[c]!;
    if (j >= 0) total += scoreOn(problem, c, j);
  }
  return total;
}
