import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planBridgingTraining, prepareBridgingCatalogue } from './compensation.js';
import { S, catalogue } from './engine.fixtures.js';
import type { TrainingModule } from './training-module.js';

const module = (id: string, cost: number, skills: string[]): TrainingModule => ({
  id,
  title: id,
  provider: 'p',
  cost,
  hours: 1,
  skills,
});

/** Brute force over every subset: the reference the exact method must match. */
function cheapest(missing: string[], modules: TrainingModule[]): number {
  let best = Infinity;
  for (let mask = 0; mask < 2 ** modules.length; mask++) {
    const chosen = modules.filter((_, i) => mask & (1 << i));
    const taught = new Set(chosen.flatMap((m) => m.skills));
    if (missing.every((s) => taught.has(s)))
      best = Math.min(
        best,
        chosen.reduce((sum, m) => sum + m.cost, 0),
      );
  }
  return best;
}

const instance = fc
  .record({
    missing: fc
      .uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 10 })
      .map((xs) => xs.map(S)),
    modules: fc.array(
      fc.record({
        cost: fc.integer({ min: 0, max: 900 }),
        skills: fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 5 }),
      }),
      { maxLength: 9 },
    ),
  })
  .map(({ missing, modules }) => ({
    missing,
    modules: modules.map((m, i) => module(`m${i}`, m.cost, m.skills.map(S))),
  }));

describe('compensation: cheapest bridging training (weighted set cover)', () => {
  it('GIVEN two single-skill modules dearer together than one covering both THEN it picks the one', () => {
    const plan = planBridgingTraining([S(4), S(5)], catalogue);
    expect(plan).toMatchObject({ method: 'exact', cost: 500, coverExists: true });
    expect(plan.modules.map((m) => m.id)).toEqual(['m-ab']);
  });

  it('GIVEN a skill no module teaches THEN it says so and covers the rest', () => {
    const plan = planBridgingTraining([S(4), S(99)], catalogue);
    expect(plan).toMatchObject({
      coverExists: false,
      uncoverable: [S(99)],
      covered: [S(4)],
      cost: 300,
    });
  });

  it('GIVEN more skills than the exact limit THEN it is greedy and states its bound', () => {
    const plan = planBridgingTraining([S(4), S(5)], catalogue, 1);
    expect(plan.method).toBe('greedy');
    expect(plan.bound).toBe(1.5);
  });

  it('PROPERTY: the plan covers every skill it claims, and claimed ∪ uncoverable = missing', () => {
    fc.assert(
      fc.property(instance, ({ missing, modules }) => {
        for (const limit of [20, 0]) {
          const plan = planBridgingTraining(missing, modules, limit);
          const taught = new Set(plan.modules.flatMap((m) => m.skills));
          expect(plan.covered.every((s) => taught.has(s))).toBe(true);
          expect([...plan.covered, ...plan.uncoverable].sort()).toEqual(
            [...new Set(missing)].sort(),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('PROPERTY: the exact plan is the cheapest cover (brute force), greedy is never cheaper', () => {
    fc.assert(
      fc.property(instance, ({ missing, modules }) => {
        const exact = planBridgingTraining(missing, modules);
        const greedy = planBridgingTraining(missing, modules, 0);
        expect(exact.cost).toBe(cheapest(exact.covered, modules));
        expect(greedy.cost).toBeGreaterThanOrEqual(exact.cost);
        expect(greedy.cost).toBeLessThanOrEqual(exact.cost * greedy.bound + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('PROPERTY: a catalogue prepared once plans exactly as the plain list (ids may repeat, any order)', () => {
    fc.assert(
      fc.property(instance, fc.integer({ min: 1, max: 9 }), ({ missing, modules }, ids) => {
        // A few ids shared by several modules, listed out of id order.
        const listed = modules.map((m, i) => ({ ...m, id: `m${(7 * i) % ids}` })).reverse();
        const prepared = prepareBridgingCatalogue(listed);
        for (const limit of [20, 0])
          expect(planBridgingTraining(missing, prepared, limit)).toEqual(
            planBridgingTraining(missing, listed, limit),
          );
      }),
      { numRuns: 300 },
    );
  });
});
