/**
 * What-if comparison: the optimum under the quotas against the optimum without quotas and
 * against first come, first served — objective, people assigned and fairness for each.
 */
import type { AllocationProblem } from './allocation-problem.js';
import type { AllocationResult } from './allocation-result.js';
import { fairnessReport, type FairnessReport } from './fairness.js';
import { allocateFirstComeFirstServed } from './greedy-allocation.js';
import { quotaRows } from './quota-rows.js';
import { solveAllocation } from './solve-allocation.js';

export interface ScenarioSummary {
  scenario: 'optimum_with_quotas' | 'optimum_without_quotas' | 'first_come_first_served';
  objective: number;
  assigned: number;
  /** Objective relative to the optimum with quotas (1 = same). */
  relativeObjective: number;
  fairness: FairnessReport;
}

export interface WhatIfComparison {
  scenarios: ScenarioSummary[];
  /** Objective given up to meet the quotas (optimum without − with). */
  costOfQuotas: number;
}

export function whatIf(problem: AllocationProblem, result: AllocationResult): WhatIfComparison {
  // Without quota rows the result already is the unconstrained optimum: no second solve.
  const unconstrained =
    quotaRows(problem).rows.length === 0 ? result : solveAllocation({ ...problem, quotas: {} });
  if ('conflicts' in unconstrained) throw new Error('an allocation without quotas cannot conflict');
  const greedy = allocateFirstComeFirstServed(problem);
  const base = result.objective || 1;
  const summary = (
    scenario: ScenarioSummary['scenario'],
    assignment: Int32Array,
    objective: number,
  ): ScenarioSummary => ({
    scenario,
    objective,
    assigned: assignment.reduce((n, j) => n + (j >= 0 ? 1 : 0), 0),
    relativeObjective: objective / base,
    fairness: fairnessReport(problem, assignment),
  });
  return {
    scenarios: [
      summary('optimum_with_quotas', result.assignment, result.objective),
      summary('optimum_without_quotas', unconstrained.assignment, unconstrained.objective),
      summary('first_come_first_served', greedy.assignment, greedy.objective),
    ],
    costOfQuotas: unconstrained.objective - result.objective,
  };
}
