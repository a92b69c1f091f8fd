/**
 * Counts, for 32 rows at once, how many of some skills each row holds, from the skills' columns
 * of rows (bit b of word w of column p: row 32w + b holds the skill at position p), in bit-sliced
 * counters: bit j of counter word j is bit j of each row's count. A query rules out the rows of
 * a block holding too few of its skills with a few bitwise operations per skill and 32 rows,
 * before reading any row.
 */

/** The most skills counted: counts take seven bits. */
export const MOST_COUNTED = 127;

/**
 * The rows of word `word` (bit b: row 32·word + b) holding at least `least` of the skills at
 * `positions[0..count)`, as a bit mask. `count` is at most {@link MOST_COUNTED}.
 */
export function holdingAtLeast(
  columns: Uint32Array,
  columnWords: number,
  positions: Int32Array,
  count: number,
  word: number,
  least: number,
): number {
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  let c4 = 0;
  let c5 = 0;
  let c6 = 0;
  for (let k = 0; k < count; k++) {
    // Adds 1 to the count of every row holding skill k: a ripple of carries through the bits.
    let carry = columns[positions[k]! * columnWords + word]!;
    let next = c0 & carry;
    c0 ^= carry;
    carry = next;
    if (carry === 0) continue;
    next = c1 & carry;
    c1 ^= carry;
    carry = next;
    if (carry === 0) continue;
    next = c2 & carry;
    c2 ^= carry;
    carry = next;
    if (carry === 0) continue;
    next = c3 & carry;
    c3 ^= carry;
    carry = next;
    if (carry === 0) continue;
    next = c4 & carry;
    c4 ^= carry;
    carry = next;
    if (carry === 0) continue;
    next = c5 & carry;
    c5 ^= carry;
    c6 ^= next;
  }
  // count ≥ least, bit by bit from the highest: rows equal to it so far, and rows above it
  // (k: every bit set where least has bit j).
  if (least > MOST_COUNTED) return 0;
  let equal = -1;
  let above = 0;
  let k = 0;
  k = -((least >> 6) & 1);
  above |= equal & c6 & ~k;
  equal &= ~(c6 ^ k);
  k = -((least >> 5) & 1);
  above |= equal & c5 & ~k;
  equal &= ~(c5 ^ k);
  k = -((least >> 4) & 1);
  above |= equal & c4 & ~k;
  equal &= ~(c4 ^ k);
  k = -((least >> 3) & 1);
  above |= equal & c3 & ~k;
  equal &= ~(c3 ^ k);
  k = -((least >> 2) & 1);
  above |= equal & c2 & ~k;
  equal &= ~(c2 ^ k);
  k = -((least >> 1) & 1);
  above |= equal & c1 & ~k;
  equal &= ~(c1 ^ k);
  k = -((least >> 0) & 1);
  above |= equal & c0 & ~k;
  equal &= ~(c0 ^ k);
  return above | equal;
}
