/**
 * Blocks of rows with an upper bound on the score of any row in them, visited best bound first
 * until the bound can no longer enter the top k: the rest of the blocks are never read.
 */
export class BlockQueue {
  private bounds = new Float64Array(256);
  private groups = new Int32Array(256);
  private blocks = new Int32Array(256);
  private count = 0;

  clear(): void {
    this.count = 0;
  }

  /** Queues a block; a block whose bound is 0 can hold no match and is left out. */
  push(group: number, block: number, bound: number): void {
    if (!(bound > 0)) return;
    if (this.count === this.bounds.length) this.grow();
    this.bounds[this.count] = bound;
    this.groups[this.count] = group;
    this.blocks[this.count] = block;
    this.count++;
  }

  /** Visits the queued blocks by decreasing bound while `admits(bound)` holds. */
  run(admits: (bound: number) => boolean, visit: (group: number, block: number) => void): void {
    const { bounds, groups, blocks } = this;
    const order = Int32Array.from({ length: this.count }, (_, i) => i);
    order.sort((a, b) => bounds[b]! - bounds[a]! || a - b);
    for (const i of order) {
      if (!admits(bounds[i]!)) return;
      visit(groups[i]!, blocks[i]!);
    }
  }

  private grow(): void {
    const size = this.bounds.length * 2;
    const bounds = new Float64Array(size);
    bounds.set(this.bounds);
    this.bounds = bounds;
    const groups = new Int32Array(size);
    groups.set(this.groups);
    this.groups = groups;
    const blocks = new Int32Array(size);
    blocks.set(this.blocks);
    this.blocks = blocks;
  }
}
