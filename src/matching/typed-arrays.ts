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
