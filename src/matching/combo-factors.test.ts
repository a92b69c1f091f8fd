import { describe, expect, it } from 'vitest';
import { BlockFactors, ComboFactors } from './combo-factors.js';
import { SkillRows } from './skill-rows.js';

/** A computation that records what it was asked for: combination c gets `scale · (c + 1)`. */
function counting(scale: number) {
  const asked: [number, number][] = [];
  const compute = (out: Float64Array, from: number, to: number) => {
    asked.push([from, to]);
    for (let c = from; c < to; c++) out[c] = scale * (c + 1);
  };
  return { asked, compute };
}

describe('combination factors kept per set of aspect factors', () => {
  it('computes a set once, then only the combinations added since', () => {
    const cache = new ComboFactors();
    const first = counting(1);
    expect([
      ...cache.get(Float64Array.of(1, 0.5), 3, first.compute).factors.subarray(0, 3),
    ]).toEqual([1, 2, 3]);
    cache.get(Float64Array.of(1, 0.5), 3, first.compute);
    const later = cache.get(Float64Array.of(1, 0.5), 100, first.compute);
    expect(first.asked).toEqual([
      [0, 3],
      [3, 100],
    ]);
    expect(later.factors[99]).toBe(100);
  });

  it('tells sets apart by every value, and forgets the one used least recently', () => {
    const cache = new ComboFactors(2);
    const a = counting(1);
    const b = counting(2);
    const c = counting(3);
    cache.get(Float64Array.of(1, 0.5), 2, a.compute);
    expect(cache.get(Float64Array.of(1, 0.25), 2, b.compute).factors[1]).toBe(4);
    cache.get(Float64Array.of(1, 0.5), 2, a.compute);
    // A third set takes the place of the second, used least recently; the first stays.
    cache.get(Float64Array.of(2, 0.5), 2, c.compute);
    cache.get(Float64Array.of(1, 0.5), 2, a.compute);
    cache.get(Float64Array.of(1, 0.25), 2, b.compute);
    expect(a.asked).toHaveLength(1);
    expect(b.asked).toHaveLength(2);
    expect(c.asked).toHaveLength(1);
  });
});

describe("a block's largest factor product, kept per set of factors", () => {
  it('is read from the rows once, and again when the group gains rows', () => {
    const rows = new SkillRows([0], 1, true, 2);
    const none = { terms: [], kinds: [] };
    [0, 1, 2].forEach((tag, slot) => rows.add(slot, none, 0, 0, tag));
    const blocks = new BlockFactors();
    const factors = Float64Array.of(0.5, 0.9, 0.2);
    expect(blocks.of(0, rows, 0, factors)).toBe(0.9);
    expect(blocks.of(0, rows, 1, factors)).toBe(0.2);
    // Kept: products changed in place are not read again while the rows stay the same.
    factors[2] = 0.3;
    expect(blocks.of(0, rows, 1, factors)).toBe(0.2);
    rows.add(3, none, 0, 0, 1);
    expect(blocks.of(0, rows, 1, factors)).toBe(0.9);
    expect(blocks.of(0, rows, 0, factors)).toBe(0.9);
  });
});
