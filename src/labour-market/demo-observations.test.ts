import { describe, expect, it } from 'vitest';
import { CORRIDORS } from '../demo/corridors.js';
import { demoSeriesWindow, generateDemoObservations } from './demo-observations.js';
import { forecastSeries } from './forecast.js';
import { monthIndex } from './observation.js';

const series = (now: Date, seed = 4) =>
  generateDemoObservations({
    seed,
    corridors: CORRIDORS,
    occupationsPerCountry: 2,
    ...demoSeriesWindow(now),
  });

describe('demo labour-market series relative to now', () => {
  it.each([
    ['2026-12-04T10:00:00Z', '2019-12', '2026-11'],
    ['2027-01-01T00:00:00Z', '2020-01', '2026-12'],
    ['2026-12-31T23:59:59Z', '2019-12', '2026-11'],
    ['2024-03-15T12:00:00Z', '2017-03', '2024-02'],
  ])('GIVEN now %s THEN the series run from %s to %s, the month before now', (now, from, to) => {
    expect(demoSeriesWindow(new Date(now))).toEqual({ from, to });
    const months = series(new Date(now)).map((o) => o.month);
    expect(months.reduce((a, b) => (a > b ? a : b))).toBe(to);
    expect(months.reduce((a, b) => (a < b ? a : b))).toBe(from);
  });

  it('GIVEN the same seed and month THEN the series are identical whatever the day; another month shifts them', () => {
    const early = series(new Date('2026-12-01T00:00:00Z'));
    expect(series(new Date('2026-12-28T18:30:00Z'))).toEqual(early);
    expect(series(new Date('2027-02-01T00:00:00Z'))).not.toEqual(early);
    expect(series(new Date('2026-12-01T00:00:00Z'), 5)).not.toEqual(early);
  });

  it('GIVEN a series loaded now THEN its forecast months all lie after today', () => {
    const now = new Date('2026-12-04T10:00:00Z');
    const be = series(now)
      .filter((o) => o.country === 'BE' && o.region === 'BE-VLG' && o.measure === 'vacancies')
      .filter((o, _, all) => o.iscoCode === all[0]!.iscoCode)
      .sort((a, b) => a.month.localeCompare(b.month));
    expect(be.length).toBe(84);
    const forecast = forecastSeries(be.map((o) => o.count));
    const lastObserved = monthIndex(be.at(-1)!.month);
    const nowMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
    // Step 1 is the month after the last observed: the current month, then the months ahead.
    expect(forecast.steps.map((s) => lastObserved + s.step)[0]).toBe(nowMonth);
    expect(forecast.steps.every((s) => lastObserved + s.step >= nowMonth)).toBe(true);
  });
});
