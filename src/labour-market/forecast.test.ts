import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollingOriginBacktest, smapeTerm } from './backtest.js';
import { forecastSeries, seasonalNaive } from './forecast.js';

/** A seasonal series with a trend, as monthly vacancies look. */
const seasonal = (n: number, noise: (i: number) => number = () => 0) =>
  Array.from(
    { length: n },
    (_, i) => 1000 + 5 * i + 200 * Math.sin((2 * Math.PI * i) / 12) + noise(i),
  );

describe('forecasts', () => {
  it('GIVEN three clean seasons THEN Holt-Winters follows the season and the trend', () => {
    const y = seasonal(48);
    const forecast = forecastSeries(y, 12);
    expect(forecast.method).toBe('holt_winters');
    const truth = seasonal(60).slice(48);
    forecast.steps.forEach((s, i) =>
      expect(Math.abs(s.mean - (truth[i] as number))).toBeLessThan(40),
    );
  });

  it('keeps 95% intervals around 80% intervals around the mean, never below zero', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5000), { minLength: 1, maxLength: 40 }), (y) => {
        for (const s of forecastSeries(y, 12).steps) {
          expect(s.lower95).toBeLessThanOrEqual(s.lower80);
          expect(s.lower80).toBeLessThanOrEqual(s.mean);
          expect(s.mean).toBeLessThanOrEqual(s.upper80);
          expect(s.upper80).toBeLessThanOrEqual(s.upper95);
          expect(s.lower95).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 50 },
    );
  });

  it.each([
    { months: 5, method: 'naive' },
    { months: 13, method: 'seasonal_naive' },
    { months: 24, method: 'holt_winters' },
  ])('GIVEN $months months THEN it uses $method', ({ months, method }) => {
    expect(forecastSeries(seasonal(months), 12).method).toBe(method);
  });

  it('widens intervals with the horizon', () => {
    const steps = forecastSeries(
      seasonal(36, (i) => ((i * 7919) % 50) - 25),
      12,
    ).steps;
    const width = (i: number) => (steps[i]?.upper95 ?? 0) - (steps[i]?.lower95 ?? 0);
    expect(width(11)).toBeGreaterThan(width(0));
  });

  it('forecasts seasonal-naive as the same month a year earlier', () => {
    const y = Array.from({ length: 12 }, (_, i) => i);
    expect(seasonalNaive(y, 13)).toEqual([...y, 0]);
  });
});

describe('rolling-origin backtest', () => {
  it('GIVEN a trending seasonal series THEN Holt-Winters beats seasonal-naive on MASE', () => {
    const backtest = rollingOriginBacktest(seasonal(48, (i) => ((i * 7919) % 30) - 15));
    expect(backtest?.origins).toBe(12);
    expect(backtest?.model.mase).not.toBeNull();
    expect(backtest?.model.mase as number).toBeLessThan(backtest?.seasonalNaive.mase as number);
  });

  it('GIVEN too short a series THEN there is no backtest', () => {
    expect(rollingOriginBacktest(seasonal(24))).toBeNull();
  });

  it.each([
    { actual: 0, forecast: 0, expected: 0 },
    { actual: 100, forecast: 0, expected: 200 },
    { actual: 100, forecast: 100, expected: 0 },
    { actual: 150, forecast: 50, expected: 100 },
  ])('sMAPE of $forecast for $actual is $expected', ({ actual, forecast, expected }) => {
    expect(smapeTerm(actual, forecast)).toBe(expected);
  });
});
