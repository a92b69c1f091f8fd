import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnarCube, cubeCells } from '../../bench/columnar-cube.js';
import { buildCube } from '../../src/labour-market/cube.js';

const dimensions = {
  places: [
    { country: 'BE', region: 'BE-VLG' },
    { country: 'MA', region: '' },
  ],
  isco: ['2221', '2512'],
  months: ['2024-01', '2024-02', '2024-03'],
};

describe('the columnar cube', () => {
  it('sums the same cells as the row cube', () => {
    const row = fc.record({
      place: fc.nat(1),
      isco: fc.nat(1),
      month: fc.nat(2),
      openings: fc.nat(50),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const columns = {
          length: rows.length,
          place: Uint16Array.from(rows.map((r) => r.place)),
          isco: Uint16Array.from(rows.map((r) => r.isco)),
          month: Uint16Array.from(rows.map((r) => r.month)),
          openings: Uint32Array.from(rows.map((r) => r.openings)),
        };
        const fast = cubeCells(columnarCube(columns, dimensions), dimensions);
        const slow = buildCube(
          rows.map((r) => ({
            measure: 'job_postings' as const,
            ...(dimensions.places[r.place] as { country: string; region: string }),
            iscoCode: dimensions.isco[r.isco] as string,
            skillUri: '',
            month: dimensions.months[r.month] as string,
            count: r.openings,
          })),
          { iscoLevel: 4, regionLevel: 'region' },
        ).flatMap((s) =>
          s.figures
            .filter((f) => f.demand > 0)
            .map((f) => ({
              country: s.country,
              region: s.region,
              isco: s.iscoCode,
              month: f.month,
              openings: f.demand,
            })),
        );
        const key = (c: { country: string; region: string; isco: string; month: string }) =>
          `${c.country}|${c.region}|${c.isco}|${c.month}`;
        expect(new Map(fast.map((c) => [key(c), c.openings]))).toEqual(
          new Map(slow.map((c) => [key(c), c.openings])),
        );
      }),
    );
  });
});
