import { grown } from './typed-arrays.js';

/** What an entry of the queue is: a block with a cheap or a refined bound, or a whole group. */
export const UNREFINED = 0;
export const REFINED = 1;
export const GROUP = 2;

/**
 * Blocks of rows with an upper bound on the score of any row in them, visited best bound first
 * until the bound can no longer enter the top k: the rest of the blocks are never read. A block
 * may be queued with a cheap bound first and refined to a tighter one only when it reaches the
 * front (lazy refinement), so blocks that the cheap bound already rules out cost nothing more.
 * A whole group may be queued on a bound of all its rows, its blocks queued only when it reaches
 * the front: a group the bound rules out costs nothing more.
 */
export class BlockQueue {
  private bounds = new Float64Array(256);
  /** Group, block and kind (a block unrefined or refined, or a group), per entry of the heap. */
  private groups = new Int32Array(256);
  private blocks = new Int32Array(256);
  private kinds = new Uint8Array(256);
  private count = 0;
  /** The entry last taken ({@link take}). */
  bound = 0;
  group = 0;
  block = 0;
  kind = UNREFINED;

  clear(): void {
    this.count = 0;
  }

  /** Queues a block; a block whose bound is 0 can hold no match and is left out. */
  push(group: number, block: number, bound: number, refined = true): void {
    this.enqueue(group, block, bound, refined ? REFINED : UNREFINED);
  }

  /** Queues a whole group, before any of its blocks with the same bound. */
  pushGroup(group: number, bound: number): void {
    this.enqueue(group, -1, bound, GROUP);
  }

  private enqueue(group: number, block: number, bound: number, kind: number): void {
    if (!(bound > 0)) return;
    if (this.count === this.bounds.length) this.grow();
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(bound, group, block, parent)) break;
      this.move(parent, i);
      i = parent;
    }
    this.set(i, bound, group, block, kind);
  }

  /**
   * Visits the queued blocks by decreasing bound while `admits(bound)` holds; a block queued
   * unrefined is first given its tight bound by `refine` and queued again; a group is handed to
   * `open`, which queues its blocks.
   */
  run(
    admits: (bound: number) => boolean,
    visit: (group: number, block: number) => void,
    refine?: (group: number, block: number) => number,
    open?: (group: number) => void,
  ): void {
    while (this.take()) {
      const { bound, group, block, kind } = this;
      if (!admits(bound)) return;
      if (kind === GROUP) open?.(group);
      else if (kind === REFINED || !refine) visit(group, block);
      else this.push(group, block, Math.min(bound, refine(group, block)), true);
    }
  }

  /**
   * Takes the entry with the highest bound off the queue into `bound`, `group`, `block` and
   * `kind`; false when the queue is empty. For a caller that runs the loop of {@link run} itself:
   * callbacks that two indexes pass to one `run` make its calls polymorphic, which V8 does not
   * inline.
   */
  take(): boolean {
    if (this.count === 0) return false;
    this.bound = this.bounds[0]!;
    this.group = this.groups[0]!;
    this.block = this.blocks[0]!;
    this.kind = this.kinds[0]!;
    this.pop();
    return true;
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
    const kind = this.kinds[last]!;
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
    this.set(i, bound, group, block, kind);
  }

  private move(from: number, to: number): void {
    this.bounds[to] = this.bounds[from]!;
    this.groups[to] = this.groups[from]!;
    this.blocks[to] = this.blocks[from]!;
    this.kinds[to] = this.kinds[from]!;
  }

  private set(i: number, bound: number, group: number, block: number, kind: number): void {
    this.bounds[i] = bound;
    this.groups[i] = group;
    this.blocks[i] = block;
    this.kinds[i] = kind;
  }

  private grow(): void {
    const size = this.bounds.length * 2;
    this.bounds = grown(this.bounds, size);
    this.groups = grown(this.groups, size);
    this.blocks = grown(this.blocks, size);
    this.kinds = grown(this.kinds, size);
  }
}

/** Higher bound first; ties by group, then block, so the order never depends on the heap's. */
function precedes(b1: number, g1: number, k1: number, b2: number, g2: number, k2: number) {
  if (b1 !== b2) return b1 > b2;
  if (g1 !== g2) return g1 < g2;
  return k1 < k2;
}
