/**
 * Starting multipliers for a large cohort: the Lagrangian iterations (lagrangian-quotas.ts) run
 * first on a 1-in-k sample of the candidates, every slot keeping 1/k of its capacity and every
 * cap 1/k of its maximum. A multiplier is a price in score points per person, which a uniform
 * sample keeps, so the full problem starts near its own multipliers and needs few of its
 * expensive iterations. Only a starting point: the bound and the gap come from the full problem.
 */
import { exactSettings, type PreparedProblem } from './allocation-graph.js';
import { AssignmentAuction } from './assignment-auction.js';
import { solveWithQuotas } from './lagrangian-quotas.js';
import { isCapRow, type QuotaIndex, type QuotaRow } from './quota-rows.js';
import { reverseEdges } from './slot-outsiders.js';

/** Cohorts at least this large start from a sample's multipliers. */
export const SAMPLE_FROM = 40_000;
/**
 * Candidates in the sample (at 100,000 × 10,000, 5,000 started the full problem 12% below its
 * away-row multiplier and it needed 7 iterations; 10,000: 4% below, 4–5 iterations).
 */
const SAMPLE_SIZE = 10_000;

export function sampleMultipliers(
  prepared: PreparedProblem,
  rows: readonly QuotaRow[],
  index: QuotaIndex,
  sampleSize = SAMPLE_SIZE,
): Float64Array {
  const every = Math.max(2, Math.floor(prepared.graph.candidateCount / sampleSize));
  const sample = sampledProblem(prepared, index, every);
  const sampleRows = rows.map((row) => (isCapRow(row) ? { ...row, max: row.max / every } : row));
  const auction = new AssignmentAuction(sample.prepared.graph);
  const first = auction.solve(sample.prepared.weight, {
    ...exactSettings(sample.prepared),
    relativeGap: 1e-2,
  });
  return solveWithQuotas(sample.prepared, sampleRows, sample.index, first, auction, {
    maxIterations: 15,
    relativeGap: 1e-3,
  }).lambda;
}

/** Every `every`-th candidate (by index, so the sample follows any order of the cohort). */
function sampledProblem(
  prepared: PreparedProblem,
  index: QuotaIndex,
  every: number,
): { prepared: PreparedProblem; index: QuotaIndex } {
  const { graph, weight } = prepared;
  const kept: number[] = [];
  for (let c = 0; c < graph.candidateCount; c += every) kept.push(c);
  const n = kept.length;
  const edgeStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++)
    edgeStart[i + 1] = edgeStart[i]! + graph.edgeStart[kept[i]! + 1]! - graph.edgeStart[kept[i]!]!;
  const edgeSlot = new Int32Array(edgeStart[n]!);
  const sampleWeight = new Float64Array(edgeStart[n]!);
  const edgeCandidate = new Int32Array(edgeStart[n]!);
  for (let i = 0; i < n; i++) {
    const from = graph.edgeStart[kept[i]!]!;
    for (let e = edgeStart[i]!; e < edgeStart[i + 1]!; e++) {
      edgeSlot[e] = graph.edgeSlot[from + e - edgeStart[i]!]!;
      sampleWeight[e] = weight[from + e - edgeStart[i]!]!;
      edgeCandidate[e] = i;
    }
  }
  // Capacities scaled by 1/every with the rounding carried from slot to slot, so that the total
  // stays the full total / every even when most slots get 0 or 1 seat.
  const capacity = new Int32Array(graph.slotCount);
  let owed = 0;
  for (let j = 0; j < graph.slotCount; j++) {
    owed += graph.capacity[j]! / every;
    capacity[j] = Math.round(owed);
    owed -= capacity[j]!;
  }
  return {
    prepared: {
      graph: {
        candidateCount: n,
        slotCount: graph.slotCount,
        edgeStart,
        edgeSlot,
        capacity,
        reverse: reverseEdges(n, graph.slotCount, edgeStart, edgeSlot),
      },
      weight: sampleWeight,
      resolution: prepared.resolution,
      integral: prepared.integral,
      edgeCandidate,
    },
    index: {
      isAway: index.isAway,
      employerOf: index.employerOf,
      occupationOf: index.occupationOf,
      isFemale: Uint8Array.from(kept, (c) => index.isFemale[c]!),
      regionOf: Int32Array.from(kept, (c) => index.regionOf[c]!),
    },
  };
}
