import { describe, expect, it } from 'vitest';
import {
  groupIndicator,
  median,
  personIndicator,
  type RecruitmentCost,
} from './recruitment-cost-indicator.js';
import { COST_KINDS } from './vocabulary.js';

const cost = (over: Partial<RecruitmentCost>): RecruitmentCost => ({
  kind: 'recruitment_fee',
  amount: 500,
  currency: 'EUR',
  paidBy: 'worker',
  ...over,
});
const income = { amount: 2000, currency: 'EUR' };

describe('SDG 10.7.1 per person', () => {
  it('GIVEN a worker who paid 500 and 300 on 2000 a month THEN the ratio is 0.4 months', () => {
    const r = personIndicator([cost({}), cost({ kind: 'visa', amount: 300 })], income, []);
    expect(r.ratio).toBeCloseTo(0.4);
    expect(r.paidAnything).toBe(true);
  });

  it('GIVEN costs paid by the employer or the recruiter THEN they are not the worker’s', () => {
    const r = personIndicator(
      [cost({ paidBy: 'employer' }), cost({ paidBy: 'recruiter', kind: 'travel' })],
      income,
      COST_KINDS,
    );
    expect(r).toMatchObject({ ratio: 0, paidAnything: false, employerPaysFlags: [] });
  });

  it('GIVEN the agreement puts travel on the employer THEN a worker paying travel is flagged, a visa is not', () => {
    const r = personIndicator(
      [cost({ kind: 'travel', amount: 400 }), cost({ kind: 'visa', amount: 80 })],
      income,
      ['travel'],
    );
    expect(r.employerPaysFlags).toEqual([{ kind: 'travel', amount: 400, currency: 'EUR' }]);
  });

  it.each([
    ['no income', null, 'no_income'],
    ['a zero income', { amount: 0, currency: 'EUR' }, 'no_income'],
    ['an income in another currency', { amount: 2000, currency: 'MAD' }, 'other_currency'],
  ] as const)('GIVEN %s THEN the ratio is not computable', (_, inc, why) => {
    expect(personIndicator([cost({})], inc, [])).toMatchObject({ ratio: null, notComputable: why });
  });
});

describe('SDG 10.7.1 over a group', () => {
  it('GIVEN ratios 0, 0.25, 1 and one not computable THEN median 0.25, mean 0.4166, share 3 of 4', () => {
    const people = [
      personIndicator([], income, []),
      personIndicator([cost({})], income, []),
      personIndicator([cost({ amount: 2000 })], income, ['recruitment_fee']),
      personIndicator([cost({})], null, []),
    ];
    expect(groupIndicator(people)).toEqual({
      people: 4,
      computed: 3,
      median: 0.25,
      mean: (0 + 0.25 + 1) / 3,
      shareWhoPaid: 0.75,
      peopleWithEmployerPaysFlags: 1,
    });
  });

  it('GIVEN nobody THEN every figure is null, not zero', () => {
    expect(groupIndicator([])).toMatchObject({ median: null, mean: null, shareWhoPaid: null });
  });

  it('takes the mean of the middle two for an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
