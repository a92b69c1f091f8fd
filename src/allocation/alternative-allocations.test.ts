import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyProblem } from './allocation.test-fixtures.js';
import type { AllocationProblem } from './allocation-problem.js';
import { isInfeasible } from './allocation-result.js';
import { whatIf } from './compare-allocations.js';
import { allocateStable, candidatePreference, slotPreference } from './deferred-acceptance.js';
import { explainAssignment } from './explain-assignment.js';
import { fairnessReport } from './fairness.js';
import { allocateFirstComeFirstServed } from './greedy-allocation.js';
import { solveAllocation } from './solve-allocation.js';

/** (c, e) blocks if c prefers e's slot to its own and the slot has room or prefers c to someone it holds. */
function blockingPairs(problem: AllocationProblem, assignment: Int32Array): string[] {
  const n = problem.candidates.length;
  const heldEdge = new Int32Array(n).fill(-1);
  for (let c = 0; c < n; c++)
    for (let e = problem.edgeStart[c]!; e < problem.edgeStart[c + 1]!; e++)
      if (problem.edgeSlot[e] === assignment[c]) heldEdge[c] = e;
  const holders = new Map<number, number[]>();
  heldEdge.forEach((e, c) => {
    if (e < 0) return;
    const j = problem.edgeSlot[e]!;
    holders.set(j, [...(holders.get(j) ?? []), c]);
  });
  const blocking: string[] = [];
  for (let c = 0; c < n; c++) {
    for (let e = problem.edgeStart[c]!; e < problem.edgeStart[c + 1]!; e++) {
      const j = problem.edgeSlot[e]!;
      if (j === assignment[c]) continue;
      const mine = heldEdge[c]!;
      const prefers =
        mine < 0 || candidatePreference(problem, e) < candidatePreference(problem, mine);
      if (!prefers || problem.slots[j]!.capacity === 0) continue;
      const held = holders.get(j) ?? [];
      const slotWants =
        held.length < problem.slots[j]!.capacity ||
        held.some((o) => {
          const d = slotPreference(problem, heldEdge[o]!) - slotPreference(problem, e);
          return d > 0 || (d === 0 && o > c);
        });
      if (slotWants) blocking.push(`${c}->${j}`);
    }
  }
  return blocking;
}

describe('allocateStable (deferred acceptance)', () => {
  it('GIVEN random cohorts WHEN allocated THEN no candidate and slot would both rather be together', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 12 }), (seed, n) => {
        const problem = tinyProblem(seed, n, 4);
        const stable = allocateStable(problem);
        expect(blockingPairs(problem, stable.assignment)).toEqual([]);
        expect(stable.quotasEnforced).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('GIVEN explicit candidate ranks THEN candidates get their first choice when nobody competes', () => {
    const problem = tinyProblem(9, 1, 3);
    const edges = problem.edgeStart[1]!;
    const ranks = Int32Array.from({ length: edges }, (_, k) => edges - k); // last edge is first choice
    const stable = allocateStable({ ...problem, edgeCandidateRank: ranks });
    if (edges > 0) expect(stable.assignment[0]).toBe(problem.edgeSlot[edges - 1]);
  });
});

describe('allocateFirstComeFirstServed', () => {
  it('GIVEN two people wanting one seat THEN the earlier applicant takes it', () => {
    const problem: AllocationProblem = {
      ...tinyProblem(1, 2, 1),
      edgeStart: Int32Array.from([0, 1, 2]),
      edgeSlot: Int32Array.from([0, 0]),
      edgeScore: Float64Array.from([50, 90]),
    };
    problem.candidates[0]!.arrival = 5;
    problem.candidates[1]!.arrival = 1;
    const slots = [{ ...problem.slots[0]!, capacity: 1 }];
    const greedy = allocateFirstComeFirstServed({ ...problem, slots });
    expect(Array.from(greedy.assignment)).toEqual([-1, 0]);
    expect(greedy.objective).toBe(90);
  });

  it('GIVEN random cohorts THEN the optimum is never below first come, first served', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => {
        const problem = tinyProblem(seed, 10, 4);
        if (problem.edgeStart[10] === 0) return;
        const optimum = solveAllocation(problem);
        if (isInfeasible(optimum)) throw new Error('no quotas, cannot conflict');
        expect(optimum.objective).toBeGreaterThanOrEqual(
          allocateFirstComeFirstServed(problem).objective - 1e-9,
        );
      }),
      { numRuns: 50 },
    );
  });
});

describe('fairnessReport', () => {
  it('GIVEN an assignment THEN rates and mean scores per gender match a recount', () => {
    const problem = tinyProblem(21, 30, 6);
    const { assignment } = allocateFirstComeFirstServed(problem);
    const report = fairnessReport(problem, assignment);
    const women = problem.candidates
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.gender === 'female');
    const placed = women.filter(({ i }) => assignment[i]! >= 0);
    const group = report.groups.gender.find((g) => g.value === 'female')!;
    expect(group.count).toBe(women.length);
    expect(group.assigned).toBe(placed.length);
    expect(group.rate).toBeCloseTo(placed.length / women.length, 12);
    const scores = placed.map(({ i }) => {
      for (let e = problem.edgeStart[i]!; e < problem.edgeStart[i + 1]!; e++)
        if (problem.edgeSlot[e] === assignment[i]) return problem.edgeScore[e]!;
      return Number.NaN;
    });
    expect(group.meanScore).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 9);
    const total = report.groups.nationality.reduce((s, g) => s + g.count, 0);
    expect(total).toBe(problem.candidates.length);
    expect(report.overall.assigned).toBe(assignment.filter((j) => j >= 0).length);
  });
});

describe('explainAssignment and whatIf', () => {
  it('GIVEN an optimal allocation THEN each person has a reason consistent with the outcome', () => {
    const problem = tinyProblem(33, 20, 3);
    const result = solveAllocation(problem);
    if (isInfeasible(result)) throw new Error('no quotas');
    problem.candidates.forEach((_, c) => {
      const reason = explainAssignment(problem, result, c);
      if (result.assignment[c]! >= 0) expect(reason.code).toMatch(/^assigned_/);
      else expect(reason.code).toMatch(/^unassigned_/);
      expect(reason.text.length).toBeGreaterThan(10);
    });
    const noEdges = { ...problem, edgeStart: problem.edgeStart.slice() };
    // Candidate 0 loses every edge: the reason must say there was no eligible slot.
    const shift = noEdges.edgeStart[1]!;
    const reason = explainAssignment(
      {
        ...noEdges,
        edgeStart: Int32Array.from(noEdges.edgeStart, (v, i) => (i === 0 ? shift : v)),
      },
      { assignment: Int32Array.from(result.assignment, (j, c) => (c === 0 ? -1 : j)) },
      0,
    );
    expect(reason.code).toBe('unassigned_no_eligible_slot');
  });

  it('GIVEN quotas THEN whatIf ranks unconstrained ≥ with quotas and reports FCFS', () => {
    const problem = tinyProblem(44, 30, 6, { minWomenShare: 60 });
    const result = solveAllocation(problem);
    if (isInfeasible(result)) throw new Error(JSON.stringify(result.conflicts));
    const comparison = whatIf(problem, result);
    const [withQuotas, without, fcfs] = comparison.scenarios;
    expect(without!.objective).toBeGreaterThanOrEqual(withQuotas!.objective - 1e-9);
    expect(comparison.costOfQuotas).toBeCloseTo(without!.objective - withQuotas!.objective, 9);
    expect(fcfs!.scenario).toBe('first_come_first_served');
    expect(fcfs!.objective).toBeLessThanOrEqual(without!.objective + 1e-9);
  });
});
