import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchOpening } from './match-profiles.js';
import { defaultMatchWeights } from './match-weights.js';
import { Interner } from './posting.js';
import { RequiredSpace, requiredSkills } from './required-skills.js';
import { openingTotals } from './score.js';

const skill = (i: number) => `http://data.europa.eu/esco/skill/s${i}`;
const graph = { specificity: (uri: string) => 0.5 + (Number(uri.split('/s').pop()) % 7) / 3 };

function opening(essential: number[], optional: number[]): MatchOpening {
  return {
    id: 'v',
    kind: 'vacancy',
    occupationUri: null,
    essential: essential.map(skill),
    optional: optional.map(skill),
  } as unknown as MatchOpening;
}

describe("an opening's required skills", () => {
  it("give the opening's totals, skills no row holds and skills named twice included, query after query", () => {
    const skills = fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 25 });
    fc.assert(
      fc.property(fc.array(fc.tuple(skills, skills), { minLength: 1, maxLength: 4 }), (queries) => {
        // Rows hold only the first 15 skills: the rest are unknown to the index.
        const interner = new Interner();
        for (let i = 0; i < 15; i++) interner.id(skill(i));
        const space = new RequiredSpace();
        for (const [essential, optional] of queries) {
          const o = opening(essential, optional);
          const required = requiredSkills(o, defaultMatchWeights, interner, graph, space);
          expect(required.totals).toEqual(openingTotals(o, graph));
        }
      }),
    );
  });
});
