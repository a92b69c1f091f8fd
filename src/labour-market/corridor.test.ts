import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corridorComplementarity } from './corridor.js';

describe('corridor complementarity', () => {
  it('GIVEN nurses short in BE and in surplus in MA THEN they rank first with movers counted', () => {
    const ranked = corridorComplementarity(
      [
        { iscoCode: '2221', demand: 100, supply: 400 },
        { iscoCode: '7212', demand: 50, supply: 80 },
        { iscoCode: '2512', demand: 300, supply: 100 },
      ],
      [
        { iscoCode: '2221', demand: 900, supply: 700 },
        { iscoCode: '7212', demand: 500, supply: 100 },
        { iscoCode: '2512', demand: 900, supply: 100 },
      ],
    );
    expect(ranked).toEqual([
      {
        iscoCode: '2221',
        destinationShortage: 200,
        originSurplus: 300,
        score: 60_000,
        destinationCouldGain: 200,
        originCouldLose: 200,
        originSurplusAfter: 100,
      },
      {
        iscoCode: '7212',
        destinationShortage: 400,
        originSurplus: 30,
        score: 12_000,
        destinationCouldGain: 30,
        originCouldLose: 30,
        originSurplusAfter: 0,
      },
    ]);
  });

  it('never moves more people than the origin has in surplus or the destination lacks', () => {
    const side = fc.array(
      fc.record({
        iscoCode: fc.constantFrom('1', '2', '3'),
        demand: fc.nat(999),
        supply: fc.nat(999),
      }),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(side, side, (o, d) => {
        for (const c of corridorComplementarity(o, d)) {
          expect(c.originCouldLose).toBeLessThanOrEqual(c.originSurplus);
          expect(c.destinationCouldGain).toBeLessThanOrEqual(c.destinationShortage);
        }
      }),
    );
  });
});
