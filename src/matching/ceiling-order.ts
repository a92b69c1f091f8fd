import type { TopK } from './top-k.js';

const BUCKETS = 4096;

/**
 * Scores touched entries best ceiling first and stops as soon as no remaining ceiling can enter
 * the top k: a counting sort of the ceilings (0–100) into buckets, walked from the top. Exact,
 * because a ceiling is never below the score it bounds. Entries with a ceiling of 0 are skipped.
 */
export class CeilingOrder {
  private order = new Int32Array(0);
  private readonly starts = new Int32Array(BUCKETS + 1);
  private readonly fill = new Int32Array(BUCKETS);

  run<T>(
    touched: Int32Array,
    ceilings: Float64Array,
    count: number,
    score: (slot: number) => void,
    top: TopK<T>,
  ): void {
    if (this.order.length < count) this.order = new Int32Array(count * 2);
    const { order, starts, fill } = this;
    starts.fill(0);
    for (let t = 0; t < count; t++) {
      const c = ceilings[t]!;
      if (c > 0) {
        const b = Math.min(BUCKETS - 1, Math.floor(c * (BUCKETS / 100)));
        starts[b + 1] = starts[b + 1]! + 1;
      }
    }
    for (let b = 0; b < BUCKETS; b++) starts[b + 1] = starts[b + 1]! + starts[b]!;
    fill.set(starts.subarray(0, BUCKETS));
    for (let t = 0; t < count; t++) {
      const c = ceilings[t]!;
      if (c > 0) {
        const b = Math.min(BUCKETS - 1, Math.floor(c * (BUCKETS / 100)));
        order[fill[b]!] = t;
        fill[b] = fill[b]! + 1;
      }
    }
    for (let b = BUCKETS - 1; b >= 0; b--) {
      const from = starts[b]!;
      const to = starts[b + 1]!;
      if (from === to) continue;
      // Every ceiling in bucket b is below the bucket's upper edge (the last bucket has none).
      if (b < BUCKETS - 1 && !top.admits(((b + 1) / BUCKETS) * 100, '')) return;
      for (let i = from; i < to; i++) {
        const t = order[i]!;
        if (top.admits(ceilings[t]!, '')) score(touched[t]!);
      }
    }
  }
}
