import { grown } from './typed-arrays.js';

interface Entry {
  key: Float64Array;
  factors: Float64Array;
  /** How many combinations `factors` holds. */
  count: number;
}

/**
 * The factor products of every combination of candidate aspects, kept for the last few distinct
 * sets of aspect factors that queries computed. Openings of one country, track, language
 * requirement and qualification level give the same factors to every aspect, and such sets are
 * few (11 among 1,200 demo vacancies) where combinations are thousands: a query with a set seen
 * before reads the products instead of multiplying them out again. An entry is found by its key
 * compared in full (the aspects' factors and the consents asked for), never by a hash alone.
 */
export class ComboFactors {
  private readonly entries: Entry[] = [];

  constructor(private readonly capacity = 32) {}

  /**
   * The products for `key`, for combinations 0..count − 1: from an entry with the same key, with
   * `compute(factors, from, to)` filling in those added since; else computed in full, replacing
   * the entry used least recently.
   */
  get(
    key: Float64Array,
    count: number,
    compute: (factors: Float64Array, from: number, to: number) => void,
  ): Float64Array {
    const at = this.entries.findIndex((e) => sameValues(e.key, key));
    const entry = at >= 0 ? this.entries.splice(at, 1)[0]! : this.fresh(key);
    this.entries.unshift(entry);
    if (entry.count < count) {
      if (entry.factors.length < count)
        entry.factors = grown(entry.factors, Math.max(count, 2 * entry.factors.length));
      compute(entry.factors, entry.count, count);
      entry.count = count;
    }
    return entry.factors;
  }

  private fresh(key: Float64Array): Entry {
    if (this.entries.length >= this.capacity) {
      const reused = this.entries.pop()!;
      return { key, factors: reused.factors, count: 0 };
    }
    return { key, factors: new Float64Array(64), count: 0 };
  }
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
