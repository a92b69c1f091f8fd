import type { MatchOpening } from './match-profiles.js';
import type { MatchWeights } from './match-weights.js';
import type { Interner } from './posting.js';
import type { SkillSums } from './score.js';
import { creditTable, skillUnits, UNIT } from './skill-credit.js';
import type { SkillGraph } from './skill-graph.js';
import { grown } from './typed-arrays.js';

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
  /** The opening's totals, as {@link openingTotals} gives them (skills no row holds included). */
  totals: SkillSums;
}

/**
 * The typed arrays {@link requiredSkills} fills, kept from one query to the next: allocating a
 * typed array costs a microsecond or two, about as much as the rest of a vacancy's skills.
 */
export class RequiredSpace {
  terms = new Int32Array(32);
  unitsA = new Float64Array(16 * 32);
  unitsB = new Float64Array(16 * 32);
  bestA = new Float64Array(32);
  bestB = new Float64Array(32);
  order = new Int32Array(32);
  private credits: Float64Array = new Float64Array(0);
  /**
   * Per skill term, its units (at least 1, so 0: not yet looked up): one space serves one skill
   * graph.
   */
  private termUnits = new Float64Array(0);
  private creditWeights: readonly [number, number] = [Number.NaN, Number.NaN];

  /** {@link creditTable} of the weights, kept while they are the same. */
  creditsOf(weights: MatchWeights): Float64Array {
    const [evidence, partialSkill] = this.creditWeights;
    if (weights.evidence !== evidence || weights.partialSkill !== partialSkill) {
      this.credits = creditTable(weights);
      this.creditWeights = [weights.evidence, weights.partialSkill];
    }
    return this.credits;
  }

  /** {@link skillUnits} of the skill, kept by its term. */
  unitsOf(term: number, uri: string, graph: Pick<SkillGraph, 'specificity'>): number {
    if (term >= this.termUnits.length) this.termUnits = grown(this.termUnits, 2 * term + 64);
    if (this.termUnits[term] === 0) this.termUnits[term] = skillUnits(graph, uri);
    return this.termUnits[term]!;
  }

  /** Room for n skills; returns views of n skills (16 units per skill) over the arrays. */
  views(n: number) {
    if (this.terms.length < n) {
      const size = 2 * n;
      this.terms = new Int32Array(size);
      this.unitsA = new Float64Array(16 * size);
      this.unitsB = new Float64Array(16 * size);
      this.bestA = new Float64Array(size);
      this.bestB = new Float64Array(size);
      this.order = new Int32Array(size);
    }
    const unitsA = this.unitsA.subarray(0, 16 * n).fill(0);
    const unitsB = this.unitsB.subarray(0, 16 * n).fill(0);
    return {
      terms: this.terms.subarray(0, n),
      unitsA,
      unitsB,
      bestA: this.bestA.subarray(0, n),
      bestB: this.bestB.subarray(0, n),
      order: this.order.subarray(0, n),
    };
  }
}

/**
 * The opening's required skills as the rows know them, with the units each earns per credit
 * code + 1 (16 entries per skill) and at the best credit; a skill named twice counts twice.
 * The arrays are views over `space`'s: valid until its next use.
 */
export function requiredSkills(
  opening: MatchOpening,
  weights: MatchWeights,
  interner: Interner,
  graph: Pick<SkillGraph, 'specificity'>,
  space = new RequiredSpace(),
): RequiredSkills {
  const table = space.creditsOf(weights);
  let best = 0;
  for (const credit of table) best = Math.max(best, credit);
  // Each skill's number k, in the order first named, and its units on either side.
  const numbers = new Map<number, number>();
  const found: number[] = [];
  const sides: number[] = [];
  const totalUnits = [0, 0];
  const count = (skills: readonly string[], side: 0 | 1) => {
    for (const uri of skills) {
      // Skills no row holds count in the totals only.
      const term = interner.find(uri);
      const units = term === undefined ? skillUnits(graph, uri) : space.unitsOf(term, uri, graph);
      totalUnits[side]! += units * UNIT;
      if (term === undefined) continue;
      let k = numbers.get(term);
      if (k === undefined) {
        numbers.set(term, (k = found.length));
        found.push(term);
        sides.push(0, 0);
      }
      sides[2 * k + side]! += units;
    }
  };
  count(opening.essential, 0);
  count(opening.optional, 1);
  const n = found.length;
  const { terms, unitsA, unitsB, bestA, bestB, order } = space.views(n);
  terms.set(found);
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
  // By best essential units, most first, then by number (an insertion sort: a vacancy names a
  // few dozen skills).
  for (let k = 0; k < n; k++) {
    let at = k;
    for (; at > 0 && bestA[order[at - 1]!]! < bestA[k]!; at--) order[at] = order[at - 1]!;
    order[at] = k;
  }
  const totals = { essential: totalUnits[0]!, optional: totalUnits[1]! };
  return { terms, unitsA, unitsB, bestA, bestB, order, bestTotalA, best, totals };
}
