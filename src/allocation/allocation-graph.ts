/**
 * The problem as the auction sees it: capacities, the slot → edges index, and the scores as
 * whole numbers when they have a fixed number of decimals (matching scores do), so that a gap
 * below one step proves the optimum (docs/allocation.md).
 */
import type { AllocationProblem } from './allocation-problem.js';
import type { AuctionGraph } from './assignment-auction.js';
import { reverseEdges } from './slot-outsiders.js';

export interface PreparedProblem {
  graph: AuctionGraph;
  /** Edge weights in steps of 1 / resolution score points. */
  weight: Float64Array;
  /** Weight units per score point (100 for scores with two decimals), 1 when not integral. */
  resolution: number;
  /** Whether every weight is a whole number, which makes "gap < 1" a proof of optimality. */
  integral: boolean;
  edgeCandidate: Int32Array;
}

const RESOLUTIONS = [1, 10, 100, 1000];

export function prepareProblem(problem: AllocationProblem): PreparedProblem {
  const n = problem.candidates.length;
  const m = problem.slots.length;
  const edges = problem.edgeStart[n]!;
  const edgeSlot = problem.edgeSlot.subarray(0, edges);
  const capacity = Int32Array.from(problem.slots, (s) => s.capacity);
  const graph: AuctionGraph = {
    candidateCount: n,
    slotCount: m,
    edgeStart: problem.edgeStart,
    edgeSlot,
    capacity,
    reverse: reverseEdges(n, m, problem.edgeStart, edgeSlot),
  };
  const resolution = RESOLUTIONS.find((r) => onGrid(problem.edgeScore, edges, r));
  const weight = new Float64Array(edges);
  for (let e = 0; e < edges; e++)
    weight[e] =
      resolution === undefined
        ? problem.edgeScore[e]!
        : Math.round(problem.edgeScore[e]! * resolution);
  const edgeCandidate = new Int32Array(edges);
  for (let c = 0; c < n; c++)
    for (let e = problem.edgeStart[c]!; e < problem.edgeStart[c + 1]!; e++) edgeCandidate[e] = c;
  return {
    graph,
    weight,
    resolution: resolution ?? 1,
    integral: resolution !== undefined,
    edgeCandidate,
  };
}

function onGrid(scores: Float64Array, edges: number, r: number): boolean {
  for (let e = 0; e < edges; e++) {
    const v = scores[e]! * r;
    if (Math.abs(v - Math.round(v)) > 1e-6) return false;
  }
  return true;
}

/** Auction settings that prove the optimum for integral weights, or reach 1e-9 otherwise. */
export function exactSettings(prepared: PreparedProblem): {
  absoluteGap: number;
  epsilonFinal: number;
  relativeGap: number;
} {
  const n = prepared.graph.candidateCount;
  if (prepared.integral)
    return { absoluteGap: 1 - 1e-6, epsilonFinal: 1 / (n + 1), relativeGap: 0 };
  return { absoluteGap: 1e-9, epsilonFinal: 1e-9 / (n + 1), relativeGap: 1e-12 };
}
