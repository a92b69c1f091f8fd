/**
 * What the allocator returns: the assignment with its proven optimality gap, the price of each
 * quota, or, when the quotas cannot all hold, the constraints that conflict.
 */
export interface QuotaPrice {
  /** Stable name of the quota row, e.g. `trackShare.away.min`, `perRegionMax:MA-01`. */
  constraint: string;
  /**
   * Objective points gained if the quota were relaxed by one unit: one percentage point for a
   * share, one person for a cap. 0 when the quota does not bind.
   */
  price: number;
  unit: 'per_percentage_point' | 'per_person';
}

export interface AllocationResult {
  /** Slot index per candidate, or -1 when unassigned. */
  assignment: Int32Array;
  /** Total score of the assigned pairs. */
  objective: number;
  /** Proven upper bound on the best total score under the quotas (LP / Lagrangian dual). */
  dualBound: number;
  /** (dualBound − objective) / dualBound, ≥ 0. */
  gap: number;
  /** True when the objective is proven to be the optimum (integral scores and gap below one step). */
  provenOptimal: boolean;
  quotaPrices: QuotaPrice[];
  /** Lagrangian iterations (1 without quotas). */
  iterations: number;
  /** Auction bids over all iterations, a measure of work. */
  bids: number;
  /** Which mode produced the assignment; quotas are not enforced in `stable`. */
  mode: 'optimal' | 'stable' | 'first_come_first_served';
  quotasEnforced: boolean;
  /** Objective of the Lagrangian subproblem's solution before the quota repair (equal without quotas). */
  relaxedObjective: number;
}

export interface QuotaConflict {
  constraint: string;
  reason: string;
}

/** The quotas cannot be met together (only an empty allocation would satisfy them). */
export interface AllocationInfeasible {
  kind: 'infeasible';
  conflicts: QuotaConflict[];
}

/** Narrows a solver answer to the infeasible case. */
export function isInfeasible(
  result: AllocationResult | AllocationInfeasible,
): result is AllocationInfeasible {
  return 'conflicts' in result;
}
