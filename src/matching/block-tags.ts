import { grown } from './typed-arrays.js';

/**
 * The distinct tags of each block of rows, block after block in one typed array: `list` from
 * `start(block)` to `end(block)`. Rows are only ever appended, so only the last block grows.
 */
export class BlockTags {
  list = new Int32Array(16);
  private starts = new Int32Array(1);
  private count = 0;
  private blocks = 0;

  /** Adds a row's tag to `block`, the last one (`first`: the block's first row). */
  add(block: number, tag: number, first: boolean): void {
    if (first) {
      if (block >= this.starts.length) this.starts = grown(this.starts, 2 * (block + 1));
      this.starts[block] = this.count;
      this.blocks = block + 1;
    }
    for (let i = this.starts[block]!; i < this.count; i++) if (this.list[i] === tag) return;
    if (this.count === this.list.length) this.list = grown(this.list, 2 * this.list.length);
    this.list[this.count++] = tag;
  }

  start(block: number): number {
    return this.starts[block]!;
  }

  end(block: number): number {
    return block + 1 < this.blocks ? this.starts[block + 1]! : this.count;
  }

  bytes(): number {
    return this.list.byteLength + this.starts.byteLength;
  }
}
