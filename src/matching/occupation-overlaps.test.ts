import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchOpening } from './match-profiles.js';
import { defaultMatchWeights } from './match-weights.js';
import { blocksByMost, HeldFit, OccupationOverlaps } from './occupation-overlaps.js';
import { Interner } from './posting.js';
import { requiredSkills } from './required-skills.js';
import { fitCeiling, openingTotals } from './score.js';
import { skillUnits } from './skill-credit.js';
import { RowGroups, type GroupEntry } from './row-groups.js';
import type { SkillGraph } from './skill-graph.js';

const occupation = 'http://data.europa.eu/esco/occupation/o';
const skill = (i: number) => `http://data.europa.eu/esco/skill/s${i}`;
const graph = {
  occupations: new Map([[occupation, { essential: [skill(0), skill(1)], optional: [skill(2)] }]]),
  specificity: () => 1,
} as unknown as Pick<SkillGraph, 'occupations' | 'specificity'>;

describe('occupation overlaps', () => {
  it('keep per block the most any person holds of the occupation, and the blocks in that order', () => {
    const skills = new Interner();
    const entry = (slot: number, held: number[]): GroupEntry => ({
      key: 'people',
      shard: 0,
      slot,
      // Code 2: certified, which the overlaps count in full like every other code.
      skills: { terms: held.map((i) => skills.id(skill(i))), kinds: held.map(() => 2) },
    });
    // Blocks of 2 rows; every skill held by 1 row in 1 gets a bit.
    const rows = new RowGroups(1, true, 2, 1);
    rows.addAll([
      entry(0, [0]),
      entry(1, [5]),
      entry(2, [0, 1]),
      entry(3, [0, 1, 2]),
      entry(4, []),
    ]);
    const overlaps = new OccupationOverlaps(graph, skills);
    const held = overlaps.of(occupation, rows)!;
    const group = rows.groups[0]!;
    const most = [...held.blockMost[0]!.subarray(0, group.blocks)];
    // Each skill counts 1000 units at specificity 1; the person holding all three leads.
    expect(held.most[0]).toBe(3000);
    expect(Math.max(...most)).toBe(3000);
    const order = [...blocksByMost(held, 0, group.blocks)];
    expect(order.map((b) => most[b])).toEqual([...most].sort((a, b) => b - a));

    // A person added to the last block, which had room, holding every skill: it comes first.
    const last = group.blocks - 1;
    const added = entry(5, [0, 1, 2]);
    rows.add(added);
    expect(group.blocks - 1).toBe(last);
    overlaps.noteRow(0, last, added.skills.terms);
    expect(held.blockMost[0]![last]).toBe(3000);
    const now = [...blocksByMost(held, 0, group.blocks)].map((b) => held.blockMost[0]![b]!);
    expect(now).toEqual([...now].sort((a, b) => b - a));
    expect(now.filter((m) => m === 3000)).toHaveLength(2);
  });
});

/** An opening of skills named by number (skill i is `skill(i)`), and its fit ceiling. */
function openingOf(essential: number[], optional: number[], programme = false) {
  const opening = {
    kind: programme ? 'programme' : 'vacancy',
    essential: essential.map(skill),
    optional: optional.map(skill),
  } as unknown as MatchOpening;
  return opening;
}

function heldFit(
  opening: MatchOpening,
  weights: typeof defaultMatchWeights,
  specificity: (uri: string) => number,
  occupationSkills: number[],
) {
  const graph = { specificity };
  const skills = new Interner();
  for (let i = 0; i < 12; i++) skills.id(skill(i));
  const required = requiredSkills(opening, weights, skills, graph);
  const totals = openingTotals(opening, graph);
  const zeroTotals = (totals.essential > 0 ? 0 : 1) | (totals.optional > 0 ? 0 : 2);
  const fitOf = (a: number, b: number) =>
    fitCeiling(
      opening.kind === 'programme',
      a,
      b,
      totals.essential,
      totals.optional,
      zeroTotals,
      weights.optionalSkills,
    );
  const units = new Map(
    occupationSkills.map((i) => [skills.id(skill(i)), skillUnits(graph, skill(i))]),
  );
  return {
    required,
    units,
    fitOf,
    held: new HeldFit(required, units, totals.essential, totals.optional, fitOf),
  };
}

describe('the fit bound from what a person holds of the occupation', () => {
  it('shares the units held between the two sums, not counting them in both', () => {
    // Skills 0 and 1 essential, 2 optional, all of the occupation, each 1000 units in full.
    const { held } = heldFit(openingOf([0, 1], [2]), defaultMatchWeights, () => 1, [0, 1, 2]);
    // Holding one skill's worth, a person covers half the essential units or all the optional
    // ones, not both: (1/2 + 0)/(1 + 0.3), against (1/2 + 0.3·1)/(1 + 0.3) counted twice.
    expect(held.fit(1000)).toBeCloseTo(0.5 / 1.3, 12);
    expect(held.fit(3000)).toBeCloseTo(1, 12);
    expect(held.fit(0)).toBe(0);
    // A skill outside the occupation may be held on top of what the occupation bounds.
    const beyond = heldFit(openingOf([0, 5], [2]), defaultMatchWeights, () => 1, [0, 1, 2]);
    expect(beyond.held.fit(0)).toBeCloseTo(0.5 / 1.3, 12);
  });

  it('never bounds below the fit a person holding that much reaches', () => {
    const skillNumber = fc.integer({ min: 0, max: 11 });
    fc.assert(
      fc.property(
        fc.array(skillNumber, { maxLength: 8 }),
        fc.array(skillNumber, { maxLength: 5 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 20 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 12, maxLength: 12 }),
        fc.array(fc.integer({ min: -1, max: 5 }), { minLength: 12, maxLength: 12 }),
        (essential, optional, programme, optionalShare, tenths, codes) => {
          const weights = { ...defaultMatchWeights, optionalSkills: optionalShare / 20 };
          const specificity = (uri: string) =>
            tenths[Number(uri.slice(uri.lastIndexOf('s') + 1))]! / 10;
          // Skills 0–7 are the occupation's; 8–11 lie beyond it.
          const occupationSkills = [0, 1, 2, 3, 4, 5, 6, 7];
          const opening = openingOf(essential, optional, programme);
          const { required, units, fitOf, held } = heldFit(
            opening,
            weights,
            specificity,
            occupationSkills,
          );
          // The person holds skill i at credit code codes[i] (−1: not at all).
          let a = 0;
          let b = 0;
          for (let k = 0; k < required.terms.length; k++) {
            const code = codes[required.terms[k]!]!;
            a += required.unitsA[16 * k + code + 1]!;
            b += required.unitsB[16 * k + code + 1]!;
          }
          let most = 0;
          for (const [term, u] of units) if (codes[term]! >= 0) most += u;
          expect(held.fit(most)).toBeGreaterThanOrEqual(fitOf(a, b));
        },
      ),
      { numRuns: 500 },
    );
  });
});
