import type { SkillRows } from './skill-rows.js';
import { grown } from './typed-arrays.js';

/** One set of aspect factors' products per combination, and per block of rows their largest. */
export interface FactorSet {
  key: Float64Array;
  factors: Float64Array;
  /** How many combinations `factors` holds. */
  count: number;
  blocks: BlockFactors;
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
  private readonly entries: FactorSet[] = [];

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
  ): FactorSet {
    const at = this.entries.findIndex((e) => e.key === key || sameValues(e.key, key));
    const entry = at >= 0 ? this.entries.splice(at, 1)[0]! : this.fresh(key);
    this.entries.unshift(entry);
    if (entry.count < count) {
      if (entry.factors.length < count)
        entry.factors = grown(entry.factors, Math.max(count, 2 * entry.factors.length));
      compute(entry.factors, entry.count, count);
      entry.count = count;
    }
    return entry;
  }

  private fresh(key: Float64Array): FactorSet {
    const blocks = new BlockFactors();
    if (this.entries.length >= this.capacity) {
      const reused = this.entries.pop()!;
      return { key, factors: reused.factors, count: 0, blocks };
    }
    return { key, factors: new Float64Array(64), count: 0, blocks };
  }
}

/**
 * Per group of rows, the largest factor product of each block's rows under one set of factors,
 * found when a query first asks for it and kept while the group has the same rows (a row
 * removed only stays a bound): queries with the same factors read it, not every row's tag.
 */
export class BlockFactors {
  private readonly groups: Float64Array[] = [];
  private readonly rowsSeen: number[] = [];

  of(group: number, rows: SkillRows, block: number, factors: Float64Array): number {
    let most = this.groups[group];
    if (most === undefined || this.rowsSeen[group] !== rows.rows) {
      if (most === undefined || most.length < rows.blocks)
        most = this.groups[group] = new Float64Array(rows.blocks);
      most.fill(-1);
      this.rowsSeen[group] = rows.rows;
    }
    let value = most[block]!;
    if (value < 0) {
      value = 0;
      const tags = rows.blockTags;
      for (let i = tags.start(block), end = tags.end(block); i < end; i++)
        value = Math.max(value, factors[tags.list[i]!]!);
      most[block] = value;
    }
    return value;
  }
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
