import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdingAtLeast, MOST_COUNTED } from './held-counts.js';

describe('rows holding at least n of some skills, 32 at a time', () => {
  it('agrees with counting row by row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.array(fc.boolean(), { minLength: 96, maxLength: 96 }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.integer({ min: 0, max: 42 }),
        fc.integer({ min: 0, max: 2 }),
        (words, held, least, word) => {
          fc.pre(word < words);
          // Column p: the rows holding skill p, `words` words of 32 rows.
          const columns = new Uint32Array(held.length * words);
          held.forEach((rows, p) =>
            rows.slice(0, 32 * words).forEach((has, row) => {
              if (has) columns[p * words + (row >> 5)]! |= 1 << (row & 31);
            }),
          );
          const positions = Int32Array.from(held, (_, p) => held.length - 1 - p);
          const mask = holdingAtLeast(columns, words, positions, held.length, word, least);
          for (let b = 0; b < 32; b++) {
            const row = 32 * word + b;
            const count = held.filter((rows) => rows[row]).length;
            expect(((mask >>> b) & 1) === 1).toBe(count >= least);
          }
        },
      ),
    );
  });

  it('counts up to its limit', () => {
    const columns = new Uint32Array(MOST_COUNTED).fill(0b101);
    const positions = Int32Array.from({ length: MOST_COUNTED }, (_, p) => p);
    expect(holdingAtLeast(columns, 1, positions, MOST_COUNTED, 0, MOST_COUNTED)).toBe(0b101);
    expect(holdingAtLeast(columns, 1, positions, MOST_COUNTED - 1, 0, MOST_COUNTED)).toBe(0);
    expect(holdingAtLeast(columns, 1, positions, 0, 0, 0)).toBe(-1);
  });
});
