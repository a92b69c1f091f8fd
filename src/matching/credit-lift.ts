import type { RequiredSkills } from './required-skills.js';
import { largestFirstSums } from './typed-arrays.js';

/** Credit codes of skills held directly and assessed, or certified ({@link creditCode}). */
const ASSESSED = 1;
const CERTIFIED = 2;
/** The other codes: self-declared skills, and every skill credited through a neighbour. */
const LOW_CODES = [0, 3, 4, 5];

/**
 * How many skills a person holds directly at an assessed or certified level, and how many of
 * them certified: what a row of people keeps in its two totals, for {@link CreditLift}.
 */
export function higherCredits(codes: readonly number[]): [number, number] {
  let assessedOrBetter = 0;
  let certified = 0;
  for (const code of codes) {
    if (code === ASSESSED || code === CERTIFIED) assessedOrBetter++;
    if (code === CERTIFIED) certified++;
  }
  return [assessedOrBetter, certified];
}

/**
 * A bound on what a person earns on an opening's skills that knows most skills are held at a low
 * credit (self-declared, or through a neighbour in the hierarchy): each held skill at its low
 * credit (the table weights `low`), plus the lift of the few held at higher credits. A person
 * with n skills assessed or better and m certified lifts at most the n largest lifts to
 * assessed and the m largest lifts from assessed to certified. Values are what each skill adds
 * to a linear fit `a·essential + b·optional`. Under the default weights a self-declared skill
 * earns 75% of a certified one: the bound falls from every held skill at 100% to nearer what
 * people really earn, for a row and for a block (by its rows' largest counts).
 */
export class CreditLift {
  /**
   * Per skill of the opening (its number in {@link RequiredSkills}), its value at low credit: the
   * first `terms.length` entries.
   */
  low = new Float64Array(32);
  /** The n largest lifts added up, n = 0..count: to assessed, and from assessed to certified. */
  private toAssessed = new Float64Array(33);
  private toCertified = new Float64Array(33);
  private assessedLifts = new Float64Array(32);
  private certifiedLifts = new Float64Array(32);
  private count = 0;

  constructor(required?: RequiredSkills, a = 0, b = 0) {
    if (required) this.set(required, a, b);
  }

  /** Takes an opening's skills and the fit's weights `a` and `b`: what {@link most} bounds. */
  set(required: RequiredSkills, a: number, b: number): this {
    const { unitsA, unitsB, terms } = required;
    const value = (k: number, code: number) =>
      a * unitsA[16 * k + code + 1]! + b * unitsB[16 * k + code + 1]!;
    const count = (this.count = terms.length);
    if (this.low.length < count) {
      this.low = new Float64Array(2 * count);
      this.assessedLifts = new Float64Array(2 * count);
      this.certifiedLifts = new Float64Array(2 * count);
      this.toAssessed = new Float64Array(2 * count + 1);
      this.toCertified = new Float64Array(2 * count + 1);
    }
    const { low, assessedLifts, certifiedLifts } = this;
    for (let k = 0; k < count; k++) {
      let least = 0;
      for (const code of LOW_CODES) least = Math.max(least, value(k, code));
      const assessed = Math.max(least, value(k, ASSESSED));
      low[k] = least;
      assessedLifts[k] = assessed - least;
      certifiedLifts[k] = Math.max(assessed, value(k, CERTIFIED)) - assessed;
    }
    largestFirstSums(assessedLifts, count, this.toAssessed);
    largestFirstSums(certifiedLifts, count, this.toCertified);
    return this;
  }

  /** The most a person with these counts ({@link higherCredits}) adds above low credit. */
  most(assessedOrBetter: number, certified: number): number {
    const last = this.count;
    return (
      this.toAssessed[Math.min(assessedOrBetter, last)]! +
      this.toCertified[Math.min(certified, last)]!
    );
  }
}
