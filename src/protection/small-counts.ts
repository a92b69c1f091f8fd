/**
 * Small-count suppression for figures about people that are read by those who may not see the
 * people themselves (docs/protection.md#small-counts): a group of a few people could be singled
 * out, so counts under the threshold are given as null (a zero too: it would reveal the others).
 */

/** Counts under this are suppressed (null). */
export const SMALL_COUNT_THRESHOLD = 5;

/** The count, or null when it is under the threshold. Pure. */
export const suppressSmall = (n: number, threshold = SMALL_COUNT_THRESHOLD): number | null =>
  n < threshold ? null : n;
