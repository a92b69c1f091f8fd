import type { RequiredSkills } from './required-skills.js';

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
  /** Per skill of the opening (its number in {@link RequiredSkills}), its value at low credit. */
  readonly low: Float64Array;
  /** The n largest lifts added up, n = 0..skills: to assessed, and from assessed to certified. */
  private readonly toAssessed: Float64Array;
  private readonly toCertified: Float64Array;

  constructor(required: RequiredSkills, a: number, b: number) {
    const { unitsA, unitsB, terms } = required;
    const value = (k: number, code: number) =>
      a * unitsA[16 * k + code + 1]! + b * unitsB[16 * k + code + 1]!;
    const count = terms.length;
    this.low = new Float64Array(count);
    const assessedLifts = new Float64Array(count);
    const certifiedLifts = new Float64Array(count);
    for (let k = 0; k < count; k++) {
      let low = 0;
      for (const code of LOW_CODES) low = Math.max(low, value(k, code));
      const assessed = Math.max(low, value(k, ASSESSED));
      this.low[k] = low;
      assessedLifts[k] = assessed - low;
      certifiedLifts[k] = Math.max(assessed, value(k, CERTIFIED)) - assessed;
    }
    this.toAssessed = largestFirstSums(assessedLifts);
    this.toCertified = largestFirstSums(certifiedLifts);
  }

  /** The most a person with these counts ({@link higherCredits}) adds above low credit. */
  most(assessedOrBetter: number, certified: number): number {
    const last = this.toAssessed.length - 1;
    return (
      this.toAssessed[Math.min(assessedOrBetter, last)]! +
      this.toCertified[Math.min(certified, last)]!
    );
  }
}

/** Sums of the n largest values, n = 0..length. */
function largestFirstSums(values: Float64Array): Float64Array {
  const sorted = Float64Array.from(values).sort().reverse();
  const sums = new Float64Array(values.length + 1);
  for (let n = 0; n < sorted.length; n++) sums[n + 1] = sums[n]! + sorted[n]!;
  return sums;
}
