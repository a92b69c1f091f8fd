import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CreditLift, higherCredits } from './credit-lift.js';
import type { MatchOpening } from './match-profiles.js';
import { defaultMatchWeights } from './match-weights.js';
import { Interner } from './posting.js';
import { requiredSkills } from './required-skills.js';

const skill = (i: number) => `http://data.europa.eu/esco/skill/s${i}`;
/** Skills of different specificity, so that lifts differ from skill to skill. */
const graph = { specificity: (uri: string) => 1 + (Number(uri.split('/s').pop()) % 5) };
const unit = fc.double({ min: 0, max: 1, noNaN: true });

/** An opening of `count` skills, the first `essential` of them essential. */
function opening(count: number, essential: number): MatchOpening {
  const skills = Array.from({ length: count }, (_, i) => skill(i));
  return {
    id: 'v',
    kind: 'vacancy',
    occupationUri: null,
    essential: skills.slice(0, essential),
    optional: skills.slice(essential),
  } as unknown as MatchOpening;
}

describe('the credit lift', () => {
  it('counts the skills held directly at an assessed or certified level, and the certified ones', () => {
    // Codes: 0 self-declared, 1 assessed, 2 certified; 3–5 the same through a neighbour.
    expect(higherCredits([0, 1, 2, 2, 3, 4, 5])).toEqual([3, 2]);
    expect(higherCredits([])).toEqual([0, 0]);
  });

  it('bounds what a person earns from above, whatever the weights and credits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1, max: 5 }), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        unit,
        unit,
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (codes, essentialShare, evidence, partialSkill, a) => {
          const weights = { ...defaultMatchWeights, evidence, partialSkill };
          const interner = new Interner();
          codes.forEach((_, i) => interner.id(skill(i)));
          const lifted = requiredSkills(
            opening(codes.length, essentialShare % (codes.length + 1)),
            weights,
            interner,
            graph,
          );
          const b = 1 - a;
          const lift = new CreditLift(lifted, a, b);
          // Code -1: the skill is not held.
          let exact = 0;
          let bound = 0;
          codes.forEach((code, k) => {
            if (code < 0) return;
            exact += a * lifted.unitsA[16 * k + code + 1]! + b * lifted.unitsB[16 * k + code + 1]!;
            bound += lift.low[k]!;
          });
          const [assessedOrBetter, certified] = higherCredits(codes.filter((c) => c >= 0));
          bound += lift.most(assessedOrBetter, certified);
          expect(bound).toBeGreaterThanOrEqual(exact * (1 - 1e-12));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is exact for a person who holds every skill certified, and lower than the best credit for one who self-declares them', () => {
    const interner = new Interner();
    for (let i = 0; i < 6; i++) interner.id(skill(i));
    const required = requiredSkills(opening(6, 4), defaultMatchWeights, interner, graph);
    const lift = new CreditLift(required, 0.5, 0.25);
    const earned = (code: number) =>
      [0, 1, 2, 3, 4, 5].reduce(
        (sum, k) =>
          sum +
          0.5 * required.unitsA[16 * k + code + 1]! +
          0.25 * required.unitsB[16 * k + code + 1]!,
        0,
      );
    const low = lift.low.reduce((sum, v) => sum + v, 0);
    expect(low + lift.most(6, 6)).toBeCloseTo(earned(2), 9);
    // Self-declared skills earn 75% of certified ones under the default weights: so does the bound.
    expect(low + lift.most(0, 0)).toBeCloseTo(0.75 * earned(2), 9);
    expect(low + lift.most(0, 0)).toBeCloseTo(earned(0), 9);
  });
});
