import type { MatchOpening } from './match-profiles.js';
import type { MatchWeights } from './match-weights.js';
import type { Interner } from './posting.js';
import { creditTable, skillUnits } from './skill-credit.js';
import type { SkillGraph } from './skill-graph.js';

/**
 * A vacancy's required skills for a query: term ids; per skill the units each sum earns by credit
 * code + 1 (16 entries per skill) and at the best credit; skills by best essential units, most
 * first; the essential units at the best credit of all of them; and the best credit.
 */
export interface RequiredSkills {
  terms: Int32Array;
  unitsA: Float64Array;
  unitsB: Float64Array;
  bestA: Float64Array;
  bestB: Float64Array;
  order: Int32Array;
  bestTotalA: number;
  /** The best credit of all (the units of a skill held in full are its units × this). */
  best: number;
}

/**
 * The opening's required skills as the rows know them, with the units each earns per credit
 * code + 1 (16 entries per skill) and at the best credit; a skill named twice counts twice.
 */
export function requiredSkills(
  opening: MatchOpening,
  weights: MatchWeights,
  interner: Interner,
  graph: Pick<SkillGraph, 'specificity'>,
): RequiredSkills {
  const table = creditTable(weights);
  let best = 0;
  for (const credit of table) best = Math.max(best, credit);
  // Each skill's number k, in the order first named, and its units on either side.
  const numbers = new Map<number, number>();
  const found: number[] = [];
  const sides: number[] = [];
  const count = (skills: readonly string[], side: 0 | 1) => {
    for (const uri of skills) {
      const term = interner.find(uri);
      if (term === undefined) continue;
      let k = numbers.get(term);
      if (k === undefined) {
        numbers.set(term, (k = found.length));
        found.push(term);
        sides.push(0, 0);
      }
      sides[2 * k + side]! += skillUnits(graph, uri);
    }
  };
  count(opening.essential, 0);
  count(opening.optional, 1);
  const n = found.length;
  const terms = Int32Array.from(found);
  const unitsA = new Float64Array(16 * n);
  const unitsB = new Float64Array(16 * n);
  const bestA = new Float64Array(n);
  const bestB = new Float64Array(n);
  let bestTotalA = 0;
  for (let k = 0; k < n; k++) {
    const a = sides[2 * k]!;
    const b = sides[2 * k + 1]!;
    for (let code = 0; code < table.length; code++) {
      unitsA[16 * k + code + 1] = a * table[code]!;
      unitsB[16 * k + code + 1] = b * table[code]!;
    }
    bestA[k] = a * best;
    bestB[k] = b * best;
    bestTotalA += bestA[k]!;
  }
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  order.sort((x, y) => bestA[y]! - bestA[x]! || x - y);
  return { terms, unitsA, unitsB, bestA, bestB, order, bestTotalA, best };
}
