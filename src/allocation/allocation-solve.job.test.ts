import { describe, expect, it } from 'vitest';
import { createRandom } from '../demo/random.js';
import { solveRunInput } from './allocation-solve.job.js';
import { solveInThread } from './allocation-thread.job.js';
import { snapshotProblem, type RunInput, type RunOutcome } from './cohort-snapshot.js';
import { generateInstance } from './instances.js';

const input = (mode: RunInput['mode'], seed: number): RunInput => ({
  problem: snapshotProblem(
    generateInstance(createRandom(seed), {
      candidates: 300,
      slots: 40,
      edgesPerCandidate: 8,
      quotas: { minWomenShare: 45, trackShare: { away: { min: 30, max: 70 } } },
    }),
  ),
  mode,
  seed,
  scoreModel: 'test',
  edgesPerCandidate: 8,
  perEmployerMax: [],
  locks: [],
});

/** The outcome without its duration: what a re-run must reproduce exactly. */
const reproducible = (o: RunOutcome) => ({ ...o, durationMs: 0 });

describe('solving a run snapshot', () => {
  it('GIVEN a snapshot stored as JSON WHEN solved again THEN the outcome is the same, to the last person', () => {
    const first = input('optimal', 21);
    const stored = JSON.parse(JSON.stringify(first)) as RunInput;
    const a = solveRunInput(first, () => {});
    const b = solveRunInput(stored, () => {});
    expect(a.kind).toBe('assignment');
    expect(reproducible(b)).toEqual(reproducible(a));
  });

  it('GIVEN a run in a worker thread THEN it reports progress and gives what the same thread gives', async () => {
    const run = input('optimal', 22);
    const progress: number[] = [];
    const threaded = await solveInThread(run, (p) => progress.push(p)).outcome;
    expect(reproducible(threaded)).toEqual(reproducible(solveRunInput(run, () => {})));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((x, y) => x - y)).toEqual(progress);
  });

  it('GIVEN stable mode THEN the assignment is deferred acceptance, quotas not enforced, the gap measured against the optimum', () => {
    const stable = solveRunInput(input('stable', 23), () => {});
    const optimal = solveRunInput(input('optimal', 23), () => {});
    if (stable.kind !== 'assignment' || optimal.kind !== 'assignment')
      throw new Error('no assignment');
    expect(stable.quotasEnforced).toBe(false);
    expect(stable.provenOptimal).toBe(false);
    expect(stable.dualBound).toBe(optimal.dualBound);
    expect(stable.gap ?? 0).toBeGreaterThanOrEqual(0);
    expect(stable.whatIf.scenarios.map((s) => s.scenario)).toContain('stable');
    const stableScenario = stable.whatIf.scenarios.find((s) => s.scenario === 'stable');
    expect(stableScenario?.objective).toBeCloseTo(stable.objective, 6);
  });

  it('GIVEN every person THEN each has a reason, and a slot exactly when the assignment says so', () => {
    const outcome = solveRunInput(input('optimal', 24), () => {});
    if (outcome.kind !== 'assignment') throw new Error('no assignment');
    outcome.people.forEach((p, i) => {
      expect(p.slotIndex).toBe(outcome.assignment[i]);
      expect(p.reason.length).toBeGreaterThan(0);
      expect(p.reasonCode.startsWith(p.slotIndex >= 0 ? 'assigned' : 'unassigned')).toBe(true);
      expect(p.score === null).toBe(p.slotIndex < 0);
    });
  });
});
