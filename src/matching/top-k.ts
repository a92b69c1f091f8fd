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
