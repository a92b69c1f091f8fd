import { grown } from './typed-arrays.js';

/**
 * A weighted sum over the set bits of a row of bit masks, by table lookup: for every byte of the
 * row that a query gives weight to, a 256-entry table holds the sum of the weights of each
 * combination of its 8 bits, so a row's sum costs one lookup per such byte, not one addition per
 * bit. Weights are integers (fixed-point skill units), so the sum is exact in any order.
 */
export class ByteSums {
  /** Byte offsets within a row, one per table. */
  private offsets = new Int32Array(16);
  private tables = new Float64Array(16 * 256);
  private count = 0;
  /** Bytes with a single weighted bit skip the table: offset, bit shift and weight each. */
  private singleOffsets = new Int32Array(16);
  private singleShifts = new Int32Array(16);
  private singleWeights = new Float64Array(16);
  private singles = 0;

  /** How many bytes of a row a sum reads. */
  get size(): number {
    return this.count + this.singles;
  }

  clear(): void {
    this.count = 0;
    this.singles = 0;
  }

  /**
   * Adds the row byte at `offset`, whose bit i weighs `weights[first + i]` (positions past
   * `weights.length` weigh 0). Skips a byte whose weights are all 0.
   */
  addByte(offset: number, weights: Float64Array, first: number): void {
    const n = Math.min(8, weights.length - first);
    let bits = 0;
    let last = 0;
    let weighted = 0;
    for (let i = 0; i < n; i++)
      if (weights[first + i] !== 0) {
        bits++;
        last = i;
        weighted |= 1 << i;
      }
    if (bits === 0) return;
    if (bits === 1) {
      if (this.singles === this.singleOffsets.length) this.growSingles();
      this.singleOffsets[this.singles] = offset;
      this.singleShifts[this.singles] = last;
      this.singleWeights[this.singles++] = weights[first + last]!;
      return;
    }
    if (this.count === this.offsets.length) this.grow();
    const t = this.count * 256;
    const tables = this.tables;
    tables[t] = 0;
    if (bits <= 4) {
      // Few weighted bits: the sums of their subsets, in increasing order (each from a smaller
      // one), then every other byte's from its weighted bits.
      for (let m = weighted & -weighted; m !== 0; m = (m - weighted) & weighted)
        tables[t + m] = tables[t + (m & (m - 1))]! + weights[first + 31 - Math.clz32(m & -m)]!;
      for (let m = 1; m < 256; m++)
        if ((m & weighted) !== m) tables[t + m] = tables[t + (m & weighted)]!;
    } else {
      // Each byte's sum from the byte without its lowest bit.
      for (let m = 1; m < 256; m++) {
        const low = 31 - Math.clz32(m & -m);
        tables[t + m] = tables[t + (m & (m - 1))]! + (low < n ? weights[first + low]! : 0);
      }
    }
    this.offsets[this.count++] = offset;
  }

  /** The sum for the row whose bytes start at `base` in `masks`. */
  sum(masks: Uint8Array, base: number): number {
    return this.sumTables(masks, base) + this.sumSingles(masks, base);
  }

  /** The part of {@link sum} that comes from bytes with two or more weighted bits. */
  sumTables(masks: Uint8Array, base: number): number {
    const { offsets, tables, count } = this;
    let total = 0;
    for (let k = 0; k < count; k++) total += tables[k * 256 + masks[base + offsets[k]!]!]!;
    return total;
  }

  private sumSingles(masks: Uint8Array, base: number): number {
    let total = 0;
    const { singleOffsets, singleShifts, singleWeights, singles } = this;
    for (let k = 0; k < singles; k++)
      total += ((masks[base + singleOffsets[k]!]! >> singleShifts[k]!) & 1) * singleWeights[k]!;
    return total;
  }

  private grow(): void {
    this.offsets = grown(this.offsets, this.offsets.length * 2);
    this.tables = grown(this.tables, this.tables.length * 2);
  }

  private growSingles(): void {
    const size = this.singleOffsets.length * 2;
    this.singleOffsets = grown(this.singleOffsets, size);
    this.singleShifts = grown(this.singleShifts, size);
    this.singleWeights = grown(this.singleWeights, size);
  }
}
