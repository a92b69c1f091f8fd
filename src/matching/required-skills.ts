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
  const best = Math.max(...table);
  const byTerm = new Map<number, [number, number]>();
  const count = (skills: readonly string[], side: 0 | 1) => {
    for (const uri of skills) {
      const term = interner.find(uri);
      if (term === undefined) continue;
      const units = byTerm.get(term) ?? [0, 0];
      units[side] += skillUnits(graph, uri);
      byTerm.set(term, units);
    }
  };
  count(opening.essential, 0);
  count(opening.optional, 1);
  const terms = Int32Array.from(byTerm.keys());
  const unitsA = new Float64Array(16 * terms.length);
  const unitsB = new Float64Array(16 * terms.length);
  const bestA = new Float64Array(terms.length);
  const bestB = new Float64Array(terms.length);
  [...byTerm.values()].forEach(([a, b], k) => {
    table.forEach((credit, code) => {
      unitsA[16 * k + code + 1] = a * credit;
      unitsB[16 * k + code + 1] = b * credit;
    });
    bestA[k] = a * best;
    bestB[k] = b * best;
  });
  const order = Int32Array.from(terms.keys()).sort((x, y) => bestA[y]! - bestA[x]! || x - y);
  const bestTotalA = bestA.reduce((sum, units) => sum + units, 0);
  return { terms, unitsA, unitsB, bestA, bestB, order, bestTotalA, best };
}
