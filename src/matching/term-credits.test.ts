import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/bench-support.js';
import { randomCandidate, skillUri, smallGraph } from './matching.test-support.js';
import { Interner } from './posting.js';
import { candidateCredits, skillUnits } from './skill-credit.js';
import { TermCredits } from './term-credits.js';

// Weights in steps of 0.05: fc.double draws mostly 0, 1 and values near them.
const share = fc.integer({ min: 0, max: 20 }).map((n) => n / 20);
const weightsArb = fc.record({ evidence: share, partialSkill: share });

describe('TermCredits', () => {
  it('credits every interned skill as candidateCredits does, person after person', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(weightsArb, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 10, max: 30 }),
        (seed, weightsList, interned) => {
          const random = seededRandom(seed);
          const graph = smallGraph(random, 30, 4);
          const skills = new Interner();
          // Only some skills are interned, as only those some opening requires are.
          for (let s = 0; s < 30; s++) if (random() < interned / 30) skills.id(skillUri(s));
          const credits = new TermCredits(skills, graph);
          for (const weights of weightsList) {
            const candidate = randomCandidate(random, 'c');
            credits.compute(candidate, weights);
            const expected = new Map<number, number>();
            for (const [uri, c] of candidateCredits(candidate, graph, weights)) {
              const term = skills.find(uri);
              const units = skillUnits(graph, uri) * c.units;
              if (term !== undefined && units > 0) expected.set(term, units);
            }
            const terms = Array.from({ length: credits.terms.length }, (_, i) =>
              credits.terms.at(i),
            );
            expect(new Set(terms).size).toBe(terms.length);
            expect(new Map(terms.map((t) => [t, credits.get(t)]))).toEqual(expected);
            for (let t = 0; t < skills.values.length; t++)
              expect(credits.get(t)).toBe(expected.get(t) ?? 0);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('finds neighbours interned after an earlier person was credited', () => {
    const graph = smallGraph(seededRandom(3), 30, 4);
    const [narrow, broad] = [...graph.broader].find(() => true)!;
    const skills = new Interner();
    skills.id(narrow);
    const credits = new TermCredits(skills, graph);
    const person = { skills: new Map([[narrow, 'certified' as const]]) };
    const weights = { evidence: 1, partialSkill: 0.5 };
    expect(credits.compute(person, weights).terms.length).toBe(1);
    const term = skills.id(broad[0]!);
    credits.compute(person, weights);
    expect(credits.get(term)).toBe(skillUnits(graph, broad[0]!) * 500);
  });
});
