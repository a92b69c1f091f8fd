type Growable = Float64Array | Int32Array | Uint8Array | Uint32Array;

/**
 * A copy of `array` with room for `length` elements (the new ones 0, or `fill`): the growable
 * typed arrays of the matching index grow through it.
 */
export function grown<A extends Growable>(array: A, length: number, fill = 0): A {
  const copy = new (array.constructor as new (n: number) => A)(length);
  if (fill !== 0) copy.fill(fill);
  copy.set(array);
  return copy;
}

/**
 * A list of integers reused from query to query: clearing keeps its memory (a JS array emptied
 * by `length = 0` gives its memory back and allocates again on the next push).
 */
export class IntList {
  values = new Int32Array(16);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) this.values = grown(this.values, 2 * this.length);
    this.values[this.length++] = value;
  }

  at(i: number): number {
    return this.values[i]!;
  }

  clear(): void {
    this.length = 0;
  }
}

/** Into `sums`, the sums of the n largest of `values[0..count)`, n = 0..count (sorts them). */
export function largestFirstSums(values: Float64Array, count: number, sums: Float64Array): void {
  const sorted = values.subarray(0, count).sort();
  sums[0] = 0;
  for (let n = 0; n < count; n++) sums[n + 1] = sums[n]! + sorted[count - 1 - n]!;
}
