import { grown } from './typed-arrays.js';

/**
 * Blocks of rows with an upper bound on the score of any row in them, visited best bound first
 * until the bound can no longer enter the top k: the rest of the blocks are never read. A block
 * may be queued with a cheap bound first and refined to a tighter one only when it reaches the
 * front (lazy refinement), so blocks that the cheap bound already rules out cost nothing more.
 */
export class BlockQueue {
  private bounds = new Float64Array(256);
  /** Group, block and whether the bound is refined, per entry of the heap. */
  private groups = new Int32Array(256);
  private blocks = new Int32Array(256);
  private refined = new Uint8Array(256);
  private count = 0;

  clear(): void {
    this.count = 0;
  }

  /** Queues a block; a block whose bound is 0 can hold no match and is left out. */
  push(group: number, block: number, bound: number, refined = true): void {
    if (!(bound > 0)) return;
    if (this.count === this.bounds.length) this.grow();
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(bound, group, block, parent)) break;
      this.move(parent, i);
      i = parent;
    }
    this.set(i, bound, group, block, refined);
  }

  /**
   * Visits the queued blocks by decreasing bound while `admits(bound)` holds; a block queued
   * unrefined is first given its tight bound by `refine` and queued again.
   */
  run(
    admits: (bound: number) => boolean,
    visit: (group: number, block: number) => void,
    refine?: (group: number, block: number) => number,
  ): void {
    while (this.count > 0) {
      const bound = this.bounds[0]!;
      const group = this.groups[0]!;
      const block = this.blocks[0]!;
      const refined = this.refined[0] === 1;
      this.pop();
      if (!admits(bound)) return;
      if (refined || !refine) visit(group, block);
      else this.push(group, block, Math.min(bound, refine(group, block)), true);
    }
  }

  /** Whether (bound, group, block) comes before heap entry i: higher bound, then lower ids. */
  private before(bound: number, group: number, block: number, i: number): boolean {
    return precedes(bound, group, block, this.bounds[i]!, this.groups[i]!, this.blocks[i]!);
  }

  private pop(): void {
    const last = --this.count;
    if (last === 0) return;
    const bound = this.bounds[last]!;
    const group = this.groups[last]!;
    const block = this.blocks[last]!;
    const refined = this.refined[last] === 1;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= last) break;
      const r = l + 1;
      const child =
        r < last && this.before(this.bounds[r]!, this.groups[r]!, this.blocks[r]!, l) ? r : l;
      // The entry being sifted down still sits at index `last`.
      if (!this.before(this.bounds[child]!, this.groups[child]!, this.blocks[child]!, last)) break;
      this.move(child, i);
      i = child;
    }
    this.set(i, bound, group, block, refined);
  }

  private move(from: number, to: number): void {
    this.bounds[to] = this.bounds[from]!;
    this.groups[to] = this.groups[from]!;
    this.blocks[to] = this.blocks[from]!;
    this.refined[to] = this.refined[from]!;
  }

  private set(i: number, bound: number, group: number, block: number, refined: boolean): void {
    this.bounds[i] = bound;
    this.groups[i] = group;
    this.blocks[i] = block;
    this.refined[i] = refined ? 1 : 0;
  }

  private grow(): void {
    const size = this.bounds.length * 2;
    this.bounds = grown(this.bounds, size);
    this.groups = grown(this.groups, size);
    this.blocks = grown(this.blocks, size);
    this.refined = grown(this.refined, size);
  }
}

/** Higher bound first; ties by group, then block, so the order never depends on the heap's. */
function precedes(b1: number, g1: number, k1: number, b2: number, g2: number, k2: number) {
  if (b1 !== b2) return b1 > b2;
  if (g1 !== g2) return g1 < g2;
  return k1 < k2;
}
