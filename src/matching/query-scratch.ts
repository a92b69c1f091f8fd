/**
 * Per-query working memory of an index, reused between queries: fixed-point skill sums per slot,
 * the slots a query touched, and their score bounds. A slot's sums are reset the first time a
 * query touches it (an epoch stamp tells), so nothing is cleared between queries.
 */
export class QueryScratch {
  essential = new Float64Array(0);
  optional = new Float64Array(0);
  touched = new Int32Array(0);
  ceilings = new Float64Array(0);
  count = 0;
  /** The query that last touched each slot; `epoch` is the current query's. */
  stamp = new Uint32Array(0);
  epoch = 0;

  /** Starts a query over `slots` slots. */
  begin(slots: number): this {
    if (this.stamp.length < slots) {
      const size = Math.max(1024, slots * 2);
      this.essential = new Float64Array(size);
      this.optional = new Float64Array(size);
      this.touched = new Int32Array(size);
      this.ceilings = new Float64Array(size);
      this.stamp = new Uint32Array(size);
      this.epoch = 0;
    }
    this.epoch++;
    if (this.epoch === 0xffffffff) {
      this.stamp.fill(0);
      this.epoch = 1;
    }
    this.count = 0;
    return this;
  }

  /** Marks the slot touched by this query (resetting its sums the first time) and returns it. */
  touch(slot: number): number {
    if (this.stamp[slot] !== this.epoch) {
      this.stamp[slot] = this.epoch;
      this.essential[slot] = 0;
      this.optional[slot] = 0;
      this.touched[this.count++] = slot;
    }
    return slot;
  }

  bytes(): number {
    return (
      this.essential.byteLength * 2 +
      this.touched.byteLength +
      this.ceilings.byteLength +
      this.stamp.byteLength
    );
  }
}
