import { describe, expect, it } from 'vitest';
import { healthDensityWarning, healthGroupOf, outflowWarning } from './brain-drain.js';

const flat = (v: number) => Array.from({ length: 12 }, () => v);

describe('brain-drain early warning', () => {
  it('GIVEN nurses in surplus and 100 leaving a month THEN a shortage begins in month 5', () => {
    const warning = outflowWarning({
      iscoCode: '2221',
      current: { demand: 800, supply: 1100 },
      forecastDemand: flat(800),
      forecastSupply: flat(1100),
      recordedMonthlyOutflow: 100,
      plannedOutflow: 0,
    });
    // 1100 − 100·h ≤ 800 / 1.2 = 666.7 first at h = 5
    expect(warning).toMatchObject({
      monthsAhead: 5,
      supplyAfterOutflows: 600,
      cumulativeOutflow: 500,
    });
  });

  it('GIVEN planned away-track departures THEN they count beside the recorded outflow', () => {
    const warning = outflowWarning({
      iscoCode: '2221',
      current: { demand: 800, supply: 1100 },
      forecastDemand: flat(800),
      forecastSupply: flat(1100),
      recordedMonthlyOutflow: 0,
      plannedOutflow: 1200,
    });
    expect(warning?.monthsAhead).toBe(5);
  });

  it.each([
    { situation: 'already in shortage', demand: 1000, supply: 500, outflow: 100 },
    { situation: 'a surplus that survives the outflows', demand: 100, supply: 1000, outflow: 1 },
  ])('GIVEN $situation THEN there is no outflow warning', ({ demand, supply, outflow }) => {
    const outlook = {
      iscoCode: '2211',
      current: { demand, supply },
      forecastDemand: flat(demand),
      forecastSupply: flat(supply),
      recordedMonthlyOutflow: outflow,
      plannedOutflow: 0,
    };
    expect(outflowWarning(outlook)).toBeNull();
  });

  it.each([
    { doctors: 1000, nurses: 2000, midwives: 400, population: 1_000_000, warns: true },
    { doctors: 1500, nurses: 2500, midwives: 450, population: 1_000_000, warns: false },
  ])(
    'GIVEN $doctors doctors, $nurses nurses, $midwives midwives per million THEN warns = $warns',
    ({ warns, ...workforce }) => {
      const warning = healthDensityWarning({ country: 'NG', ...workforce });
      expect(warning !== null).toBe(warns);
      if (warning) expect(warning).toMatchObject({ densityPer10000: 34, shortfall: 1050 });
    },
  );

  it.each([
    ['2211', 'doctors'],
    ['2221', 'nurses'],
    ['3222', 'midwives'],
    ['2512', null],
  ])('counts ISCO %s among %s', (code, group) => {
    expect(healthGroupOf(code)).toBe(group);
  });
});
