import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyGap, gapIndicators, leastSquaresSlope } from './gap-indicators.js';
import { monthOf } from './observation.js';

describe('gap classification', () => {
  it.each([
    { demand: 120, supply: 100, expected: 'shortage' },
    { demand: 119, supply: 100, expected: 'balance' },
    { demand: 81, supply: 100, expected: 'balance' },
    { demand: 80, supply: 100, expected: 'surplus' },
    { demand: 5, supply: 0, expected: 'shortage' },
    { demand: 0, supply: 0, expected: 'balance' },
    { demand: 0, supply: 10, expected: 'surplus' },
  ])(
    'GIVEN demand $demand and supply $supply THEN it is a $expected',
    ({ demand, supply, expected }) => {
      expect(classifyGap(demand, supply)).toBe(expected);
    },
  );

  it('never classifies more demand as less short', () => {
    const rank = { surplus: 0, balance: 1, shortage: 2 } as const;
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), fc.nat(10_000), (d, extra, s) => {
        expect(rank[classifyGap(d + extra, s)]).toBeGreaterThanOrEqual(rank[classifyGap(d, s)]);
      }),
    );
  });
});

describe('gap indicators over a series', () => {
  const months = (n: number, f: (i: number) => { demand: number; supply: number }) =>
    Array.from({ length: n }, (_, i) => ({ month: monthOf(2023 * 12 + i), ...f(i) }));

  it('GIVEN 12 months of shortage THEN persistence is full over 3, 6 and 12 months', () => {
    const last = gapIndicators(months(12, () => ({ demand: 200, supply: 100 }))).at(-1);
    expect(last).toMatchObject({
      gap: 100,
      ratio: 2,
      classification: 'shortage',
      persistence: { months3: 1, months6: 1, months12: 1 },
      trend: 'stable',
    });
  });

  it('GIVEN a shortage only in the last two months THEN persistence counts them alone', () => {
    const series = months(12, (i) => ({ demand: i >= 10 ? 200 : 100, supply: 100 }));
    const last = gapIndicators(series).at(-1);
    expect(last?.persistence).toEqual({ months3: 2 / 3, months6: 2 / 6, months12: 2 / 12 });
  });

  it('GIVEN a growing gap THEN the trend is rising with its slope per month', () => {
    const last = gapIndicators(months(6, (i) => ({ demand: 100 + 10 * i, supply: 100 }))).at(-1);
    expect(last?.trend).toBe('rising');
    expect(last?.trendSlope).toBeCloseTo(10);
  });

  it('GIVEN missing months THEN they do not count towards persistence', () => {
    const series = [
      { month: '2024-01', demand: 10, supply: 100 },
      { month: '2024-03', demand: 10, supply: 100 },
    ];
    expect(gapIndicators(series).at(-1)?.persistence.months3).toBeCloseTo(2 / 3);
  });

  it('fits an exact slope through points on a line', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 2, max: 20 }), (a, n) => {
        const points = Array.from({ length: n }, (_, x) => ({ x, y: a * x + 7 }));
        expect(leastSquaresSlope(points)).toBeCloseTo(a);
      }),
    );
  });
});
