/**
 * `solveAllocation`: the optimal assignment of a cohort to slots under capacities and the
 * partnership's quotas, with a proven optimality gap and the price of each quota
 * (docs/allocation.md). Without quotas the auction solves the assignment LP exactly; with
 * quotas the Lagrangian iterations bound the optimum and a repair step keeps the quotas.
 */
import { exactSettings, prepareProblem } from './allocation-graph.js';
import { scoreOf } from './allocation-score.js';
import type { AllocationProblem } from './allocation-problem.js';
import type {
  AllocationInfeasible,
  AllocationResult,
  QuotaConflict,
  QuotaPrice,
} from './allocation-result.js';
import { AssignmentAuction } from './assignment-auction.js';
import { assignmentOf, solveWithQuotas } from './lagrangian-quotas.js';
import { checkEligiblePairs, checkProblemShape, staticQuotaConflicts } from './problem-checks.js';
import { countAssignment, quotaRows, rowExcess, type QuotaRow } from './quota-rows.js';
import { SAMPLE_FROM, sampleMultipliers } from './quota-sample.js';

export { explainAssignment } from './explain-assignment.js';
export type { AllocationInfeasible, AllocationResult } from './allocation-result.js';

export interface SolveOptions {
  /** Most Lagrangian iterations when there are quotas (default 40). */
  maxIterations?: number;
  /** Stop the Lagrangian iterations at this relative gap (default 5e-4). */
  quotaGap?: number;
  onProgress?: (fraction: number, message: string) => void;
}

/**
 * The best allocation under the quotas, or the quota conflicts that make every non-empty
 * allocation infeasible. Throws `allocation.invalid_problem` on malformed input and
 * `allocation.no_eligible_pairs` when nobody can take any slot.
 */
export function solveAllocation(
  problem: AllocationProblem,
  options: SolveOptions = {},
): AllocationResult | AllocationInfeasible {
  checkProblemShape(problem);
  checkEligiblePairs(problem);
  const conflicts = staticQuotaConflicts(problem);
  if (conflicts.length > 0) return { kind: 'infeasible', conflicts };
  const progress = options.onProgress ?? (() => {});
  const prepared = prepareProblem(problem);
  const { rows, index } = quotaRows(problem);
  const auction = new AssignmentAuction(prepared.graph);
  progress(0.05, 'solving the assignment without quotas');
  const exact = exactSettings(prepared);
  // With quotas the λ = 0 subproblem is only a starting point: solve it roughly first.
  let first = auction.solve(
    prepared.weight,
    rows.length > 0 ? { ...exact, relativeGap: 1e-2 } : exact,
  );
  const r = prepared.resolution;
  const meetsQuotas = (assignment: Int32Array) => {
    const counts = countAssignment(assignment, index, rows);
    return rows.every((row) => rowExcess(row, counts) <= 1e-9);
  };
  let feasibleAlready = meetsQuotas(first.assignment);
  // The exact solve may land on another optimum of equal score that breaks a quota: check again.
  if (rows.length > 0 && feasibleAlready) {
    first = auction.solve(prepared.weight, exact);
    feasibleAlready = meetsQuotas(first.assignment);
  }
  if (rows.length === 0 || feasibleAlready) {
    return {
      assignment: first.assignment,
      objective: scoreOf(problem, first.assignment),
      dualBound: first.dualBound / r,
      gap: relativeGap(first.dualBound, first.primal),
      provenOptimal: prepared.integral && first.dualBound - first.primal < 1,
      quotaPrices: rows.map((row) => ({ constraint: row.name, price: 0, unit: unitOf(row) })),
      iterations: 1,
      bids: first.bids,
      mode: 'optimal',
      quotasEnforced: rows.length > 0,
      relaxedObjective: first.primal / r,
    };
  }
  const maxIterations = options.maxIterations ?? 40;
  // A large cohort's full iterations are expensive: start them from a sample's multipliers.
  const startLambda =
    problem.candidates.length >= SAMPLE_FROM && maxIterations > 1
      ? sampleMultipliers(prepared, rows, index)
      : undefined;
  const outcome = solveWithQuotas(prepared, rows, index, first, auction, {
    maxIterations,
    relativeGap: options.quotaGap ?? 5e-4,
    ...(startLambda ? { startLambda } : {}),
    onIteration: (k, bound, primal) =>
      progress(
        0.1 + (0.85 * k) / maxIterations,
        `quota prices, iteration ${k}: bound ${bound.toFixed(0)} primal ${primal.toFixed(0)} gap ${Number.isFinite(primal) ? (((bound - primal) / bound) * 100).toFixed(3) + '%' : 'no feasible allocation yet'}`,
      ),
  });
  const assignment = assignmentOf(prepared, outcome.edge);
  const assigned = assignment.some((j) => j >= 0);
  if (outcome.violated.length > 0 || (!assigned && first.primal > 0))
    return {
      kind: 'infeasible',
      conflicts: explainConflicts(rows, outcome.lambda, outcome.violated),
    };
  const assignedCount = assignment.reduce((n, j) => n + (j >= 0 ? 1 : 0), 0);
  return {
    assignment,
    objective: scoreOf(problem, assignment),
    dualBound: outcome.bound / r,
    gap: relativeGap(outcome.bound, outcome.primal),
    provenOptimal: prepared.integral && outcome.bound - outcome.primal < 1,
    quotaPrices: rows.map((row, k): QuotaPrice => ({
      constraint: row.name,
      // λ is per unit of row activity: for a share row one percentage point is A/100 units.
      price:
        (outcome.lambda[k]! / r) *
        (row.type === 'track' || row.type === 'women' ? assignedCount / 100 : 1),
      unit: unitOf(row),
    })),
    iterations: outcome.iterations,
    bids: outcome.bids,
    mode: 'optimal',
    quotasEnforced: true,
    relaxedObjective: outcome.relaxedPrimal / r,
  };
}

function unitOf(row: QuotaRow): QuotaPrice['unit'] {
  return row.type === 'track' || row.type === 'women' ? 'per_percentage_point' : 'per_person';
}

function relativeGap(bound: number, primal: number): number {
  if (bound <= 0) return 0;
  return Math.max(0, (bound - primal) / bound);
}

function explainConflicts(
  rows: readonly QuotaRow[],
  lambda: Float64Array,
  violated: readonly QuotaRow[],
): QuotaConflict[] {
  const binding = rows.filter((row, k) => lambda[k]! > 0 || violated.includes(row));
  const names = (binding.length > 0 ? binding : rows).map((row) => row.name);
  return names.map((name) => ({
    constraint: name,
    reason: `no non-empty allocation meets this quota together with ${names.filter((n) => n !== name).join(', ') || 'the capacities and eligibility'}: the quota prices rose without finding one`,
  }));
}
