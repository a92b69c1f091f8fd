/**
 * Counts, for 32 rows at once, how many of some skills each row holds, from the skills' columns
 * of rows (bit b of word w of column p: row 32w + b holds the skill at position p), in bit-sliced
 * counters: bit j of counter word j is bit j of each row's count. A query rules out the rows of
 * a block holding too few of its skills with a few bitwise operations per skill and 32 rows,
 * before reading any row.
 */

/** The most skills counted: counts take seven bits. */
export const MOST_COUNTED = 127;

/** The seven counter words, for the comparison (one array for every call: no allocation). */
const COUNTS = new Int32Array(7);

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
  // count ≥ least, bit by bit from the highest: rows equal to it so far, and rows above it.
  if (least > MOST_COUNTED) return 0;
  const counts = COUNTS;
  counts[0] = c0;
  counts[1] = c1;
  counts[2] = c2;
  counts[3] = c3;
  counts[4] = c4;
  counts[5] = c5;
  counts[6] = c6;
  let equal = -1;
  let above = 0;
  for (let j = 6; j >= 0; j--) {
    // Every bit set where `least` has bit j, else none.
    const wanted = -((least >> j) & 1);
    above |= equal & counts[j]! & ~wanted;
    equal &= ~(counts[j]! ^ wanted);
  }
  return above | equal;
}
