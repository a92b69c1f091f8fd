import { Interner } from './posting.js';

/**
 * Entries of an index that share one aspect (their languages, say) share whatever a query
 * computes from it: the index keeps an aspect id per slot and one sample entry per aspect, and a
 * query computes each aspect's value once, from its sample, into an array by aspect id.
 */
export class Aspect<T> {
  private readonly keys = new Interner();
  readonly samples: T[] = [];
  ids = new Int32Array(1024);

  assign(slot: number, key: string, entry: T): void {
    if (slot >= this.ids.length) {
      const grown = new Int32Array(Math.max(slot + 1, this.ids.length * 2));
      grown.set(this.ids);
      this.ids = grown;
    }
    const id = this.keys.id(key);
    this.samples[id] ??= entry;
    this.ids[slot] = id;
  }

  get size(): number {
    return this.samples.length;
  }

  /** A per-query cache of one value per aspect id, computed from its sample on first use. */
  values(compute: (sample: T) => number): (id: number) => number {
    const cache = new Float64Array(this.samples.length).fill(Number.NaN);
    return (id) => {
      let value = cache[id]!;
      if (Number.isNaN(value)) cache[id] = value = compute(this.samples[id]!);
      return value;
    };
  }

  /** Every aspect's value for a query at once, by aspect id: for aspects known to be few. */
  all(compute: (sample: T) => number): Float64Array {
    const values = new Float64Array(this.samples.length);
    for (let id = 0; id < values.length; id++) values[id] = compute(this.samples[id]!);
    return values;
  }
}
