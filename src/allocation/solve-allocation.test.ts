import fc from 'fast-check';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../demo/random.js';
import type { PasserelleError } from '../shared/errors.js';
import { bruteForceOptimum, tinyProblem } from './allocation.test-fixtures.js';
import type { AllocationProblem } from './allocation-problem.js';
import { isInfeasible, type AllocationResult } from './allocation-result.js';
import { allocationLp } from '../../bench/highs-model.js';
import { generateInstance } from './instances.js';
import { solveAllocation } from './solve-allocation.js';

function solved(problem: AllocationProblem): AllocationResult {
  const result = solveAllocation(problem);
  if (isInfeasible(result)) throw new Error(JSON.stringify(result.conflicts));
  return result;
}

function expectCapacitiesRespected(problem: AllocationProblem, assignment: Int32Array) {
  const fill = new Map<number, number>();
  assignment.forEach((j, c) => {
    if (j < 0) return;
    fill.set(j, (fill.get(j) ?? 0) + 1);
    const edges = Array.from(
      problem.edgeSlot.subarray(problem.edgeStart[c], problem.edgeStart[c + 1]),
    );
    expect(edges).toContain(j); // only eligible pairs
  });
  for (const [j, count] of fill) expect(count).toBeLessThanOrEqual(problem.slots[j]!.capacity);
}

async function highsOptimum(problem: AllocationProblem, withQuotas: boolean): Promise<number> {
  const highs = await highsLoader();
  const lp = allocationLp(problem, withQuotas);
  const model = highs.createModel({
    numCols: lp.numCols,
    numRows: lp.numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: lp.colCost,
    colLower: lp.colLower,
    colUpper: lp.colUpper,
    rowLower: lp.rowLower.map(() => -highs.infinity),
    rowUpper: lp.rowUpper,
    matrix: {
      format: 'csc',
      numRows: lp.numRows,
      numCols: lp.numCols,
      starts: lp.starts,
      indices: lp.indices,
      values: lp.values,
    },
  });
  try {
    model.options.set({ output_flag: false });
    model.run();
    expect(model.getModelStatus()).toBe(highs.constants.modelStatus.optimal);
    return model.getObjectiveValue();
  } finally {
    model.dispose();
  }
}

describe('solveAllocation without quotas', () => {
  it('GIVEN tiny random cohorts WHEN solved THEN the objective equals the exhaustive optimum and is proven', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 2 }),
        (seed, n, m, decimals) => {
          const problem = tinyProblem(seed, n, m, {}, decimals);
          if (problem.edgeStart[n] === 0) return;
          const result = solved(problem);
          expect(result.objective).toBeCloseTo(bruteForceOptimum(problem, false), 6);
          expect(result.provenOptimal).toBe(true);
          expect(result.gap).toBeGreaterThanOrEqual(0);
          expect(result.dualBound).toBeGreaterThanOrEqual(result.objective - 1e-9);
          expectCapacitiesRespected(problem, result.assignment);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('GIVEN a structured 600 × 60 instance WHEN solved THEN the objective equals HiGHS’s LP optimum', async () => {
    const problem = generateInstance(createRandom(7), {
      candidates: 600,
      slots: 60,
      edgesPerCandidate: 15,
    });
    const result = solved(problem);
    expect(result.objective).toBeCloseTo(await highsOptimum(problem, false), 4);
    expect(result.provenOptimal).toBe(true);
    expectCapacitiesRespected(problem, result.assignment);
  });

  it('GIVEN scores without a fixed number of decimals WHEN solved THEN the gap is still proven tiny', () => {
    const problem = tinyProblem(3, 40, 8);
    const random = createRandom(5);
    const scores = problem.edgeScore.map(() => random.next() * 100);
    const result = solved({ ...problem, edgeScore: scores });
    expect(result.gap).toBeLessThan(1e-8);
    expect(result.dualBound).toBeGreaterThanOrEqual(result.objective);
  });
});

describe('solveAllocation with quotas', () => {
  const quotaArb = fc.record({
    awayMin: fc.constantFrom(undefined, 20, 40),
    womenMin: fc.constantFrom(undefined, 30, 50),
    regionMax: fc.constantFrom(undefined, 1, 2),
  });

  it('GIVEN tiny cohorts with quotas WHEN solved THEN quotas hold and the bound brackets the exhaustive optimum', () => {
    let solvedCohorts = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), quotaArb, (seed, q) => {
        const problem = tinyProblem(seed, 6, 4, {
          ...(q.awayMin !== undefined ? { trackShare: { away: { min: q.awayMin } } } : {}),
          ...(q.womenMin !== undefined ? { minWomenShare: q.womenMin } : {}),
          ...(q.regionMax !== undefined
            ? { perRegionMax: [{ region: 'R1', max: q.regionMax }] }
            : {}),
        });
        if (problem.edgeStart[6] === 0) return;
        const optimum = bruteForceOptimum(problem, true);
        const result = solveAllocation(problem, { maxIterations: 60 });
        if (isInfeasible(result)) {
          expect(optimum).toBe(0); // declared infeasible only when no non-empty allocation exists
          return;
        }
        solvedCohorts++;
        expect(result.objective).toBeLessThanOrEqual(optimum + 1e-6);
        expect(result.dualBound).toBeGreaterThanOrEqual(optimum - 1e-6);
        expect(result.gap).toBeGreaterThanOrEqual(0);
        expectQuotasHold(problem, result.assignment);
        expectCapacitiesRespected(problem, result.assignment);
      }),
      { numRuns: 120 },
    );
    // Empty and infeasible cohorts return early: enough of the 120 must reach the assertions.
    expect(solvedCohorts).toBeGreaterThan(60);
  });

  it('GIVEN a 1,200-person cohort with binding quotas WHEN solved THEN every quota holds, the bound is above HiGHS’s LP optimum and the gap is under 0.5%', async () => {
    const problem = generateInstance(createRandom(11), {
      candidates: 1200,
      slots: 120,
      edgesPerCandidate: 20,
      quotas: {
        trackShare: { away: { min: 60 } },
        minWomenShare: 50,
        perRegionMax: [{ region: 'MA-01', max: 6 }],
      },
    });
    const result = solved(problem);
    expectQuotasHold(problem, result.assignment);
    const lp = await highsOptimum(problem, true);
    expect(result.dualBound).toBeGreaterThanOrEqual(lp - 1e-6 * lp);
    expect(result.objective).toBeLessThanOrEqual(lp + 1e-6);
    expect(result.gap).toBeLessThan(0.005);
    const away = result.quotaPrices.find((p) => p.constraint === 'trackShare.away.min');
    expect(away?.price).toBeGreaterThan(0);
  });
});

function expectQuotasHold(problem: AllocationProblem, assignment: Int32Array) {
  let assigned = 0;
  let away = 0;
  let women = 0;
  const region = new Map<string, number>();
  assignment.forEach((j, c) => {
    if (j < 0) return;
    assigned++;
    if (problem.slots[j]!.kind === 'away_job') away++;
    if (problem.candidates[c]!.gender === 'female') women++;
    const r = problem.candidates[c]!.originRegion;
    region.set(r, (region.get(r) ?? 0) + 1);
  });
  const q = problem.quotas;
  expect(assigned).toBeGreaterThan(0);
  if (q.trackShare?.away?.min !== undefined)
    expect((100 * away) / assigned).toBeGreaterThanOrEqual(q.trackShare.away.min - 1e-9);
  if (q.minWomenShare !== undefined)
    expect((100 * women) / assigned).toBeGreaterThanOrEqual(q.minWomenShare - 1e-9);
  for (const cap of q.perRegionMax ?? [])
    expect(region.get(cap.region) ?? 0).toBeLessThanOrEqual(cap.max);
}

describe('solveAllocation on bad input', () => {
  it('GIVEN away and home minimums adding up to more than 100% THEN the conflict is explained', () => {
    const problem = tinyProblem(1, 5, 3, { trackShare: { away: { min: 60 }, home: { min: 60 } } });
    const result = solveAllocation(problem);
    expect(isInfeasible(result)).toBe(true);
    if (isInfeasible(result)) {
      expect(result.conflicts[0]?.constraint).toBe('trackShare');
      expect(result.conflicts[0]?.reason).toMatch(/at least 60% and at most 40%/);
    }
  });

  it('GIVEN a women share but no eligible woman THEN the conflict names minWomenShare', () => {
    const problem = tinyProblem(2, 5, 3, { minWomenShare: 40 });
    const men = {
      ...problem,
      candidates: problem.candidates.map((c) => ({ ...c, gender: 'male' as const })),
    };
    const result = solveAllocation(men);
    expect(isInfeasible(result) && result.conflicts.map((c) => c.constraint)).toEqual([
      'minWomenShare',
    ]);
  });

  it('GIVEN a cohort with no eligible pairs THEN a clear error says so', () => {
    const problem = tinyProblem(4, 3, 2);
    const empty = {
      ...problem,
      edgeStart: new Int32Array(4),
      edgeSlot: new Int32Array(0),
      edgeScore: new Float64Array(0),
    };
    expect(() => solveAllocation(empty)).toThrowError(/None of the 3 candidates is eligible/);
    try {
      solveAllocation(empty);
    } catch (error) {
      expect((error as PasserelleError).code).toBe('allocation.no_eligible_pairs');
    }
  });

  it('GIVEN a score out of range THEN the error names the field', () => {
    const problem = tinyProblem(5, 3, 2);
    const scores = problem.edgeScore.slice();
    scores[0] = 140;
    expect(() => solveAllocation({ ...problem, edgeScore: scores })).toThrowError(/edgeScore\[0\]/);
  });
});
