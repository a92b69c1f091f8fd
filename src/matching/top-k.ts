import { grown } from './typed-arrays.js';

/** A result of a ranking: higher score first, then the lower id (so results are reproducible). */
export interface Ranked<T> {
  score: number;
  id: string;
  item: T;
}

export function compareRanked(a: { score: number; id: string }, b: { score: number; id: string }) {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The best `size` results seen, as a binary heap whose root is the worst kept result; `floor()`
 * is the score a newcomer must reach to be considered (the index prunes with it).
 */
export class TopK<T> {
  private readonly heap: Ranked<T>[] = [];

  constructor(private readonly size: number) {}

  /** Whether a result with this score and id would enter. */
  admits(score: number, id: string): boolean {
    if (this.size <= 0) return false;
    if (this.heap.length < this.size) return true;
    return compareRanked({ score, id }, this.heap[0]!) < 0;
  }

  /**
   * Whether a result whose score is at most `bound` could enter, whatever its id: the test a
   * pruning index runs before scoring (a tie goes on to be scored).
   */
  canEnter(bound: number): boolean {
    if (this.size <= 0) return false;
    return this.heap.length < this.size || bound >= this.heap[0]!.score;
  }

  /** The lowest score still kept once full, else -Infinity. */
  floor(): number {
    return this.heap.length < this.size ? -Infinity : this.heap[0]!.score;
  }

  offer(result: Ranked<T>): void {
    if (!this.admits(result.score, result.id)) return;
    const h = this.heap;
    if (h.length < this.size) {
      h.push(result);
      this.up(h.length - 1);
    } else {
      h[0] = result;
      this.down(0);
    }
  }

  /** The kept results, best first. */
  sorted(): Ranked<T>[] {
    return [...this.heap].sort(compareRanked);
  }

  // The root is the worst: "worse" means compareRanked(x, y) > 0.
  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (compareRanked(h[i]!, h[parent]!) <= 0) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < h.length && compareRanked(h[l]!, h[worst]!) > 0) worst = l;
      if (r < h.length && compareRanked(h[r]!, h[worst]!) > 0) worst = r;
      if (worst === i) return;
      [h[i], h[worst]] = [h[worst]!, h[i]!];
      i = worst;
    }
  }
}

/**
 * Rows whose exact score is still to be computed, each with a ceiling that is within a relative
 * 2e-9 of its score: the k-th largest `ceiling × (1 − 2e-9)` is a score that k rows are known to
 * reach, so a row whose ceiling is below it cannot enter the top k. Scoring in full (building
 * an explanation) is then left to the end, best ceiling first, and stops at the first ceiling
 * that cannot enter: about k rows are scored instead of every row that improved the top k when
 * it was met.
 */
export class PendingScores {
  private floors: Float64Array;
  private kept = 0;
  private ceilings = new Float64Array(64);
  private slots = new Int32Array(64);
  private sums = new Float64Array(128);
  private order = new Int32Array(64);
  private count = 0;

  constructor(private k: number) {
    this.floors = new Float64Array(Math.max(0, k));
  }

  /** Empties it for a query of the top `k`: its arrays are kept (allocating them costs more). */
  reset(k: number): this {
    this.k = k;
    if (this.floors.length < k) this.floors = new Float64Array(k);
    this.kept = 0;
    this.count = 0;
    return this;
  }

  /** A score that k kept rows are known to reach (0 until k rows are kept). */
  get floor(): number {
    return this.kept < this.k ? 0 : this.floors[0]!;
  }

  /** Whether a row whose score is at most `bound` could still enter the top k. */
  canEnter(bound: number): boolean {
    if (this.k <= 0) return false;
    return this.kept < this.k || bound >= this.floors[0]!;
  }

  /**
   * Keeps a row whose score lies in [ceiling × (1 − 2e-9), ceiling], with the two skill sums
   * its score is computed from.
   */
  add(slot: number, ceiling: number, essential: number, optional: number): void {
    if (!this.canEnter(ceiling)) return;
    if (this.count === this.slots.length) this.grow();
    this.ceilings[this.count] = ceiling;
    this.sums[2 * this.count] = essential;
    this.sums[2 * this.count + 1] = optional;
    this.slots[this.count++] = slot;
    this.keepFloor(ceiling * (1 - 2e-9));
  }

  /** Scores the kept rows best ceiling first into `top`, until no ceiling can enter it. */
  drain<T>(
    top: TopK<T>,
    score: (slot: number, earned: { essential: number; optional: number }) => void,
  ): void {
    const { ceilings, slots, sums } = this;
    // Rows kept before the floor rose past their ceiling can no longer enter: left out first.
    let n = 0;
    if (this.order.length < this.count) this.order = new Int32Array(this.ceilings.length);
    const { order } = this;
    for (let i = 0; i < this.count; i++) if (this.canEnter(ceilings[i]!)) order[n++] = i;
    const best = order.subarray(0, n).sort((a, b) => ceilings[b]! - ceilings[a]! || a - b);
    for (const i of best) {
      if (!top.canEnter(ceilings[i]!)) return;
      score(slots[i]!, { essential: sums[2 * i]!, optional: sums[2 * i + 1]! });
    }
  }

  /** A min-heap of the k largest floors. */
  private keepFloor(floor: number): void {
    const h = this.floors;
    if (this.kept < this.k) {
      let i = this.kept++;
      h[i] = floor;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (h[parent]! <= h[i]!) break;
        const swap = h[i]!;
        h[i] = h[parent]!;
        h[parent] = swap;
        i = parent;
      }
      return;
    }
    if (floor <= h[0]!) return;
    h[0] = floor;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < this.kept && h[l]! < h[least]!) least = l;
      if (r < this.kept && h[r]! < h[least]!) least = r;
      if (least === i) return;
      const swap = h[i]!;
      h[i] = h[least]!;
      h[least] = swap;
      i = least;
    }
  }

  private grow(): void {
    this.ceilings = grown(this.ceilings, this.count * 2);
    this.slots = grown(this.slots, this.count * 2);
    this.sums = grown(this.sums, this.count * 4);
  }
}
