/**
 * Fairness report of an allocation: for each group of gender, nationality, region of origin and
 * age band, how many people, how many were assigned, the assignment rate and the mean score of
 * those assigned, so that a partnership sees who the allocation favours.
 */
import type { AllocationCandidate, AllocationProblem } from './allocation-problem.js';
import { scoreOn } from './allocation-score.js';

export interface FairnessGroup {
  value: string;
  count: number;
  assigned: number;
  /** assigned / count, 0–1. */
  rate: number;
  /** Mean score of the people assigned, null when nobody is. */
  meanScore: number | null;
}

export type FairnessDimension = 'gender' | 'nationality' | 'originRegion' | 'ageBand';

export interface FairnessReport {
  overall: FairnessGroup;
  groups: Record<FairnessDimension, FairnessGroup[]>;
}

const DIMENSIONS: FairnessDimension[] = ['gender', 'nationality', 'originRegion', 'ageBand'];

export function fairnessReport(problem: AllocationProblem, assignment: Int32Array): FairnessReport {
  const totals = new Map<string, { count: number; assigned: number; score: number }>();
  const add = (key: string, score: number | null) => {
    const t = totals.get(key) ?? { count: 0, assigned: 0, score: 0 };
    t.count++;
    if (score !== null) {
      t.assigned++;
      t.score += score;
    }
    totals.set(key, t);
  };
  problem.candidates.forEach((candidate: AllocationCandidate, c) => {
    const j = assignment[c]!;
    const score = j >= 0 ? scoreOn(problem, c, j) : null;
    add('*', score);
    for (const d of DIMENSIONS) add(`${d}\u0000${candidate[d]}`, score);
  });
  const group = (value: string, key: string): FairnessGroup => {
    const t = totals.get(key) ?? { count: 0, assigned: 0, score: 0 };
    return {
      value,
      count: t.count,
      assigned: t.assigned,
      rate: t.count > 0 ? t.assigned / t.count : 0,
      meanScore: t.assigned > 0 ? t.score / t.assigned : null,
    };
  };
  const groups = Object.fromEntries(
    DIMENSIONS.map((d) => {
      const values = [...new Set(problem.candidates.map((c) => c[d]))].sort();
      return [d, values.map((v) => group(v, `${d}\u0000${v}`))];
    }),
  ) as Record<FairnessDimension, FairnessGroup[]>;
  return { overall: group('all', '*'), groups };
}
