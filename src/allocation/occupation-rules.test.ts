import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceOptimum, tinyProblem } from './allocation.test-fixtures.js';
import type { AllocationProblem } from './allocation-problem.js';
import { isInfeasible } from './allocation-result.js';
import { buildCohortProblem, type CohortInput } from './cohort-problem.js';
import { explainAssignment } from './explain-assignment.js';
import { solveAllocation } from './solve-allocation.js';

/** People assigned per slot occupation. */
function perOccupation(problem: AllocationProblem, assignment: Int32Array): Map<string, number> {
  const counts = new Map<string, number>();
  assignment.forEach((j) => {
    const o = j >= 0 ? problem.slots[j]!.occupation : undefined;
    if (o !== undefined) counts.set(o, (counts.get(o) ?? 0) + 1);
  });
  return counts;
}

describe('per-occupation caps in the solver', () => {
  const caps = fc.record({
    o0: fc.constantFrom(undefined, 0, 1, 2),
    o1: fc.constantFrom(undefined, 1, 3),
    awayMin: fc.constantFrom(undefined, 30),
  });

  it('property: on tiny cohorts every cap holds and the bound brackets the exhaustive optimum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), caps, (seed, q) => {
        const perOccupationMax = [
          ...(q.o0 !== undefined ? [{ occupation: 'o0', max: q.o0 }] : []),
          ...(q.o1 !== undefined ? [{ occupation: 'o1', max: q.o1 }] : []),
        ];
        const problem = tinyProblem(seed, 6, 4, {
          perOccupationMax,
          ...(q.awayMin !== undefined ? { trackShare: { away: { min: q.awayMin } } } : {}),
        });
        if (problem.edgeStart[6] === 0) return;
        const optimum = bruteForceOptimum(problem, true);
        const result = solveAllocation(problem, { maxIterations: 60 });
        if (isInfeasible(result)) {
          expect(optimum).toBe(0);
          return;
        }
        const counts = perOccupation(problem, result.assignment);
        for (const cap of perOccupationMax)
          expect(counts.get(cap.occupation) ?? 0).toBeLessThanOrEqual(cap.max);
        expect(result.objective).toBeLessThanOrEqual(optimum + 1e-6);
        expect(result.dualBound).toBeGreaterThanOrEqual(optimum - 1e-6);
        if (result.provenOptimal) expect(result.objective).toBeCloseTo(optimum, 6);
      }),
      { numRuns: 150 },
    );
  });

  it('property: with caps only, the reported gap is honest and mostly within the 0.05% target', () => {
    let withinTarget = 0;
    let solved = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 2 }), (seed, max) => {
        const problem = tinyProblem(seed, 6, 4, {
          perOccupationMax: [{ occupation: 'o0', max }],
        });
        if (problem.edgeStart[6] === 0) return;
        const optimum = bruteForceOptimum(problem, true);
        const result = solveAllocation(problem, { maxIterations: 60 });
        if (isInfeasible(result)) return expect(optimum).toBe(0);
        solved++;
        // The gap the solver reports bounds its distance to the true optimum.
        expect(result.objective).toBeGreaterThanOrEqual(optimum * (1 - result.gap) - 1e-6);
        if (result.objective >= optimum * (1 - 0.0005) - 1e-6) withinTarget++;
      }),
      { numRuns: 100 },
    );
    // The 0.05% target is a stopping rule, not a promise (60 iterations can end first), but it
    // holds on nearly every tiny cohort.
    expect(solved).toBeGreaterThan(80);
    expect(withinTarget / solved).toBeGreaterThan(0.9);
  });

  it('GIVEN a binding cap THEN it has a positive price per person, and the people it leaves out say so', () => {
    // Three people who all score best on the o0 slots (0 and 1); an o0 cap of 1.
    const problem = tinyProblem(7, 3, 4, { perOccupationMax: [{ occupation: 'o0', max: 1 }] });
    const edges: number[] = [];
    const scores: number[] = [];
    const start = [0];
    for (let c = 0; c < 3; c++) {
      edges.push(0, 2);
      scores.push(90 - c, 5);
      start.push(edges.length);
    }
    const built: AllocationProblem = {
      ...problem,
      slots: problem.slots.map((s) => ({ ...s, capacity: 3 })),
      edgeStart: Int32Array.from(start),
      edgeSlot: Int32Array.from(edges),
      edgeScore: Float64Array.from(scores),
    };
    const result = solveAllocation(built);
    if (isInfeasible(result)) throw new Error('infeasible');
    expect(perOccupation(built, result.assignment).get('o0')).toBe(1);
    const price = result.quotaPrices.find((p) => p.constraint === 'perOccupationMax:o0');
    expect(price?.unit).toBe('per_person');
    expect(price?.price ?? 0).toBeGreaterThan(0);
    // Everyone else is placed on the o1 slot (score 5), better than nothing.
    expect(Array.from(result.assignment).filter((j) => j === 2)).toHaveLength(2);
  });

  it('GIVEN slots with room only in a capped-out occupation THEN the reason names the occupation cap', () => {
    const problem = tinyProblem(11, 2, 4, { perOccupationMax: [{ occupation: 'o0', max: 1 }] });
    const built: AllocationProblem = {
      ...problem,
      slots: problem.slots.map((s) => ({ ...s, capacity: 2 })),
      edgeStart: Int32Array.from([0, 1, 2]),
      edgeSlot: Int32Array.from([0, 0]),
      edgeScore: Float64Array.from([80, 70]),
    };
    const result = solveAllocation(built);
    if (isInfeasible(result)) throw new Error('infeasible');
    expect(result.assignment[0]).toBe(0);
    expect(result.assignment[1]).toBe(-1);
    expect(explainAssignment(built, result, 1).code).toBe('unassigned_occupation_cap');
  });
});

describe('priority occupations and the minimum score through the cohort problem', () => {
  const cohort = (
    scores: (number | null)[][],
    priority: string[],
    minimumScore: number,
  ): CohortInput => ({
    candidates: scores.map((_, i) => ({
      id: `c${i}`,
      gender: 'female',
      nationality: 'MA',
      originRegion: 'MA',
      birthYear: 1990,
      arrival: i,
    })),
    vacancies: ['2512', '2513', '5120', '2221'].map((occupation, k) => ({
      id: `v${k}`,
      title: `job ${occupation}`,
      track: 'away',
      positions: 2,
      employerId: `e${k}`,
      occupation,
    })),
    programmes: [],
    quotas: {
      trackShares: {},
      minWomenShare: null,
      perRegion: [],
      perEmployer: [],
      perOccupation: [],
      trackShareTolerance: 10,
    },
    eligibility: { priorityOccupations: priority, minimumScore },
    score: (i, j) => scores[i]?.[j] ?? null,
    edgesPerCandidate: 50,
    referenceYear: 2026,
  });

  it('property: every assignment is to a priority slot at or above the minimum score', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 4, maxLength: 4 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.subarray(['2512', '2513', '5120', '2221'], { minLength: 1 }),
        fc.integer({ min: 0, max: 90 }),
        (scores, priority, minimumScore) => {
          const problem = buildCohortProblem(cohort(scores, priority, minimumScore));
          if (problem.edgeSlot.length === 0) {
            expect(problem.candidates.every((c) => c.excluded !== undefined)).toBe(true);
            return;
          }
          const result = solveAllocation(problem);
          if (isInfeasible(result)) throw new Error('no quotas: never infeasible');
          result.assignment.forEach((j, c) => {
            if (j < 0) {
              const code = explainAssignment(problem, result, c).code;
              expect(code).not.toBe('unassigned_no_eligible_slot');
              return;
            }
            expect(priority).toContain(problem.slots[j]!.occupation);
            expect(scores[c]![j]).toBeGreaterThanOrEqual(minimumScore);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('GIVEN people left out by a rule THEN their reason names it', () => {
    const problem = buildCohortProblem(
      cohort(
        [
          [80, 10, 10, 10],
          [30, 35, 90, 90],
          [10, 10, 95, 95],
        ],
        ['2512', '2513'],
        40,
      ),
    );
    const result = solveAllocation(problem);
    if (isInfeasible(result)) throw new Error('infeasible');
    const codes = [0, 1, 2].map((c) => explainAssignment(problem, result, c).code);
    expect(codes).toEqual([
      'assigned_best_choice',
      'unassigned_below_minimum_score',
      'unassigned_below_minimum_score',
    ]);
    expect(explainAssignment(problem, result, 1).text).toContain('best 35');
    const onlyCooks = buildCohortProblem(cohort([[0.5, 0.5, 90, 90]], ['5120'], 40));
    expect(onlyCooks.candidates[0]?.excluded).toBeUndefined();
    const noPriority = buildCohortProblem(cohort([[null, null, 90, 90]], ['2512'], 40));
    expect(noPriority.candidates[0]?.excluded).toEqual({ rule: 'no_priority_slot' });
  });
});
