/**
 * Quotas by Lagrangian relaxation: each quota row gets a price λ ≥ 0 that is subtracted from the
 * weights of the edges that load it; the flow subproblem (the auction, warm-started) is solved
 * for those weights, its dual bound plus λ·rhs is a proven upper bound on the optimum with
 * quotas, and a repair of its assignment is a feasible allocation. The prices follow a proximal
 * bundle method (quota-multipliers.ts); the best bound and the best repaired allocation give the
 * reported gap.
 */
import type { PreparedProblem } from './allocation-graph.js';
import type { AssignmentAuction, AuctionOutcome } from './assignment-auction.js';
import { QuotaMultipliers } from './quota-multipliers.js';
import { QuotaRepair, type RepairedAssignment } from './quota-repair.js';
import {
  countAssignment,
  isCapRow,
  rowExcess,
  rowPenalties,
  violatedRows,
  type QuotaIndex,
  type QuotaRow,
} from './quota-rows.js';

export interface LagrangianOutcome {
  /** Edge per candidate of the best feasible allocation, or -1. */
  edge: Int32Array;
  primal: number;
  bound: number;
  lambda: Float64Array;
  iterations: number;
  bids: number;
  relaxedPrimal: number;
  /** Rows still violated by the best allocation (empty when it is feasible). */
  violated: QuotaRow[];
}

export interface LagrangianOptions {
  maxIterations: number;
  /** Stop once (bound − primal) ≤ relativeGap · bound. */
  relativeGap: number;
  /** Multipliers to start from (e.g. those of a sample of the cohort); λ = 0 otherwise. */
  startLambda?: Float64Array;
  onIteration?: (iteration: number, bound: number, primal: number) => void;
}

function rhs(row: QuotaRow): number {
  return isCapRow(row) ? row.max : 0;
}

/**
 * `first` is the auction's solution without penalties (λ = 0), which the auction still holds:
 * its prices are the warm start of the first penalised solve.
 */
export function solveWithQuotas(
  prepared: PreparedProblem,
  rows: readonly QuotaRow[],
  index: QuotaIndex,
  first: AuctionOutcome,
  auction: AssignmentAuction,
  options: LagrangianOptions,
): LagrangianOutcome {
  const { graph, weight } = prepared;
  const lambda = new Float64Array(rows.length);
  const penalties = new SubproblemWeights(prepared, rows, index, auction);
  let maxWeight = 0;
  for (let e = 0; e < weight.length; e++) if (weight[e]! > maxWeight) maxWeight = weight[e]!;
  const repair = new QuotaRepair(prepared, rows, index);
  const multipliers = new QuotaMultipliers(rows.length);

  let bound = first.dualBound;
  const bestLambda = new Float64Array(rows.length);
  let best: RepairedAssignment = { edge: new Int32Array(graph.candidateCount).fill(-1), weight: 0 };
  let bestViolated: QuotaRow[] = rows.slice();
  let bestPrimal = Number.NEGATIVE_INFINITY;
  let current = first;
  let currentBound = first.dualBound;
  let bids = first.bids;
  let iterations = 1;
  const gapOf = () => bound - bestPrimal;
  const solveAt = (next: Float64Array) => {
    lambda.set(next);
    const { adjusted, moved } = penalties.apply(lambda);
    current = auction.solve(adjusted, {
      absoluteGap: 1e-9 * maxWeight,
      // Early iterations only need a rough bound: tighten the subproblem as the gap closes.
      relativeGap: Math.max(
        options.relativeGap / 10,
        Number.isFinite(bestPrimal) ? (0.05 * gapOf()) / Math.abs(bound) : 1e-3,
      ),
      epsilonFinal:
        (1e-3 * options.relativeGap * Math.max(1, Math.abs(bound))) / graph.candidateCount,
      // λ moves every candidate against staying unassigned: ε restarts at the size of that move
      // (a tenth of it), capped at 1/30 of the top weight to avoid price wars after big moves
      // (1/1,000 took 3× the bids); small late moves then cost one or two phases.
      epsilonStart: Math.min(maxWeight / 30, moved / 10),
    });
    bids += current.bids;
    iterations++;
    currentBound = current.dualBound + rows.reduce((s, row, k) => s + lambda[k]! * rhs(row), 0);
    if (currentBound < bound - 1e-9 * Math.abs(bound)) {
      bound = currentBound;
      bestLambda.set(lambda);
    }
  };
  if (options.startLambda) solveAt(options.startLambda);

  for (;;) {
    const repaired = repair.repair(current.assignedEdge);
    const violated = violatedRows(
      rows,
      countAssignment(assignmentOf(prepared, repaired.edge), index, rows),
    );
    if (violated.length === 0 && repaired.weight > bestPrimal) {
      best = repaired;
      bestPrimal = repaired.weight;
      bestViolated = violated;
    } else if (!Number.isFinite(bestPrimal) && violated.length < bestViolated.length) {
      best = repaired;
      bestViolated = violated;
    }
    if (iterations > 1) options.onIteration?.(iterations, bound, bestPrimal);
    if (iterations >= options.maxIterations || gapOf() <= options.relativeGap * Math.abs(bound))
      break;
    const counts = countAssignment(current.assignment, index, rows);
    const excess = Float64Array.from(rows, (row) => rowExcess(row, counts));
    const norm = excess.reduce((s, g, k) => s + (g < 0 && lambda[k] === 0 ? 0 : g * g), 0);
    if (norm === 0) break; // the relaxed optimum meets every quota with complementary prices
    let score = 0;
    for (const e of current.assignedEdge) if (e >= 0) score += weight[e]!;
    const target = Number.isFinite(bestPrimal) ? bestPrimal : current.primal * 0.99;
    multipliers.record(lambda, score, excess, currentBound, target);
    const next = multipliers.next();
    // The cuts put the minimum where we already are: solving there again would give the same
    // assignment, so the bound and the repair cannot improve.
    let step = 0;
    for (let k = 0; k < rows.length; k++)
      step = Math.max(step, Math.abs(next[k]! - lambda[k]!) / Math.max(1, Math.abs(lambda[k]!)));
    if (step <= 1e-9) break;
    solveAt(next);
  }
  let relaxedPrimal = 0;
  for (const e of current.assignedEdge) if (e >= 0) relaxedPrimal += weight[e]!;
  return {
    edge: best.edge,
    primal: Number.isFinite(bestPrimal) ? bestPrimal : best.weight,
    bound,
    lambda: bestLambda,
    iterations,
    bids,
    relaxedPrimal,
    violated: bestViolated,
  };
}

/**
 * The subproblem's weights for given multipliers, `w − candidatePenalty − slotPenalty`, with
 * the auction's prices shifted by the change of the slot part (which keeps most candidates in
 * ε-complementary slackness), and how far the penalties moved since the last call.
 */
class SubproblemWeights {
  private readonly candidatePenalty: Float64Array;
  private readonly slotPenalty: Float64Array;
  private readonly previousCandidate: Float64Array;
  private readonly previousSlot: Float64Array;
  private readonly priceShift: Float64Array;
  private readonly adjusted: Float64Array;

  constructor(
    private readonly prepared: PreparedProblem,
    private readonly rows: readonly QuotaRow[],
    private readonly index: QuotaIndex,
    private readonly auction: AssignmentAuction,
  ) {
    const { candidateCount, slotCount } = prepared.graph;
    this.candidatePenalty = new Float64Array(candidateCount);
    this.slotPenalty = new Float64Array(slotCount);
    this.previousCandidate = new Float64Array(candidateCount);
    this.previousSlot = new Float64Array(slotCount);
    this.priceShift = new Float64Array(slotCount);
    this.adjusted = new Float64Array(prepared.weight.length);
  }

  apply(lambda: Float64Array): { adjusted: Float64Array; moved: number } {
    const { graph, weight } = this.prepared;
    const { candidatePenalty, slotPenalty, previousCandidate, previousSlot, adjusted } = this;
    previousCandidate.set(candidatePenalty);
    previousSlot.set(slotPenalty);
    rowPenalties(this.rows, lambda, this.index, candidatePenalty, slotPenalty);
    let moved = 0;
    for (let c = 0; c < graph.candidateCount; c++)
      moved = Math.max(moved, Math.abs(candidatePenalty[c]! - previousCandidate[c]!));
    for (let j = 0; j < graph.slotCount; j++) {
      this.priceShift[j] = previousSlot[j]! - slotPenalty[j]!;
      moved = Math.max(moved, Math.abs(this.priceShift[j]!));
    }
    this.auction.shiftPrices(this.priceShift);
    for (let c = 0; c < graph.candidateCount; c++) {
      const cp = candidatePenalty[c]!;
      for (let e = graph.edgeStart[c]!; e < graph.edgeStart[c + 1]!; e++)
        adjusted[e] = weight[e]! - cp - slotPenalty[graph.edgeSlot[e]!]!;
    }
    return { adjusted, moved };
  }
}

export function assignmentOf(prepared: PreparedProblem, edge: Int32Array): Int32Array {
  return Int32Array.from(edge, (e) => (e >= 0 ? prepared.graph.edgeSlot[e]! : -1));
}
