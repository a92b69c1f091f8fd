/**
 * The copies of every slot with their prices: a slot of capacity k is k interchangeable copies
 * kept in a min-heap by price (per slot, in one typed array), so that a bidder always sees the
 * cheapest copy, and each copy's owner moves with it. The auction (assignment-auction.ts) builds
 * on this.
 */
export class SlotCopies {
  /** Copies of slot j are `copyStart[j] .. copyStart[j + 1] - 1`. */
  readonly copyStart: Int32Array;
  readonly price: Float64Array;
  readonly owner: Int32Array;
  /** Copy held by each candidate, or -1. */
  readonly personCopy: Int32Array;
  /** Price of the cheapest copy of each slot (+∞ for a slot without capacity). */
  readonly rootPrice: Float64Array;

  constructor(capacity: Int32Array | readonly number[], candidateCount: number) {
    const slotCount = capacity.length;
    this.copyStart = new Int32Array(slotCount + 1);
    for (let j = 0; j < slotCount; j++)
      this.copyStart[j + 1] = this.copyStart[j]! + Math.max(0, capacity[j]!);
    const copies = this.copyStart[slotCount]!;
    this.price = new Float64Array(copies);
    this.owner = new Int32Array(copies).fill(-1);
    this.personCopy = new Int32Array(candidateCount).fill(-1);
    this.rootPrice = new Float64Array(slotCount);
    for (let j = 0; j < slotCount; j++) this.heapify(j);
  }

  /** Moves every copy price of slot j by `shift[j]` (never below 0). */
  shiftPrices(shift: Float64Array): void {
    for (let j = 0; j < this.rootPrice.length; j++) {
      const d = shift[j]!;
      if (d === 0) continue;
      for (let s = this.copyStart[j]!; s < this.copyStart[j + 1]!; s++)
        this.price[s] = Math.max(0, this.price[s]! + d);
      this.heapify(j);
    }
  }

  protected maxPrice(j: number): number {
    let m = 0;
    for (let s = this.copyStart[j]!; s < this.copyStart[j + 1]!; s++)
      if (this.price[s]! > m) m = this.price[s]!;
    return m;
  }

  protected heapify(j: number): void {
    const k = this.copyStart[j + 1]! - this.copyStart[j]!;
    for (let i = (k >> 1) - 1; i >= 0; i--) this.siftDown(j, i);
    this.rootPrice[j] = k > 0 ? this.price[this.copyStart[j]!]! : Number.POSITIVE_INFINITY;
  }

  /** Restores the min-heap of slot j's copies from local position `at`, moving owners along. */
  protected siftDown(j: number, at: number): void {
    const { price, owner, personCopy } = this;
    const base = this.copyStart[j]!;
    const k = this.copyStart[j + 1]! - base;
    let i = at;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= k) break;
      let m = l;
      if (l + 1 < k && price[base + l + 1]! < price[base + l]!) m = l + 1;
      if (price[base + m]! >= price[base + i]!) break;
      const a = base + i;
      const b = base + m;
      const pa = price[a]!;
      price[a] = price[b]!;
      price[b] = pa;
      const oa = owner[a]!;
      const ob = owner[b]!;
      owner[a] = ob;
      owner[b] = oa;
      if (ob >= 0) personCopy[ob] = a;
      if (oa >= 0) personCopy[oa] = b;
      i = m;
    }
    this.rootPrice[j] = price[base]!;
  }
}
