import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fairRecruitmentReport, type PlacementInput } from './fair-recruitment-report.js';
import { DEFAULT_RULES } from './fair-recruitment-rules.js';
import { presentReport } from './fair-recruitment.presenters.js';
import {
  groupIndicator,
  suppressSmallGroups,
  type PersonIndicator,
} from './recruitment-cost-indicator.js';

const person = (ratio: number | null, paid: boolean, flags: number): PersonIndicator => ({
  workerCost: ratio === null ? 0 : ratio * 1000,
  ratio,
  paidAnything: paid,
  notComputable: ratio === null ? 'no_income' : null,
  employerPaysFlags: Array.from({ length: flags }, () => ({
    kind: 'recruitment_fee' as const,
    amount: 100,
    currency: 'EUR',
  })),
});

describe('SDG 10.7.1 figures read by those who may not see the people', () => {
  it('GIVEN four people THEN every figure is withheld', () => {
    const group = groupIndicator([0.5, 1, 0, 2].map((r) => person(r, r > 0, r > 1 ? 1 : 0)));
    expect(suppressSmallGroups(group, 5)).toEqual({
      people: null,
      computed: null,
      median: null,
      mean: null,
      shareWhoPaid: null,
      peopleWithEmployerPaysFlags: null,
      suppressed: true,
    });
  });

  it('GIVEN six people, five computed, two with flags THEN only the flag count is withheld', () => {
    const people = [0.5, 1, 0, 2, 3, null].map((r, i) => person(r, i % 2 === 0, i < 2 ? 1 : 0));
    const group = groupIndicator(people);
    const shown = suppressSmallGroups(group, 5);
    expect(shown).toEqual({ ...group, peopleWithEmployerPaysFlags: null, suppressed: true });
  });

  it('GIVEN any group THEN a figure is either the group’s own or null, and null wherever its count is small', () => {
    const arbitrary = fc.array(
      fc.record({
        ratio: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null }),
        paid: fc.boolean(),
        flags: fc.nat(2),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arbitrary, fc.integer({ min: 1, max: 8 }), (rows, threshold) => {
        const group = groupIndicator(rows.map((r) => person(r.ratio, r.paid, r.flags)));
        const shown = suppressSmallGroups(group, threshold);
        for (const key of Object.keys(group) as (keyof typeof group)[])
          expect([group[key], null]).toContainEqual(shown[key]);
        if (group.people < threshold) expect(shown.people).toBeNull();
        if (group.computed < threshold) {
          expect(shown.median).toBeNull();
          expect(shown.mean).toBeNull();
        }
        if (group.peopleWithEmployerPaysFlags < threshold)
          expect(shown.peopleWithEmployerPaysFlags).toBeNull();
        expect(shown.suppressed).toBe(
          (Object.keys(group) as (keyof typeof group)[]).some(
            (k) => group[k] !== null && shown[k] === null,
          ),
        );
      }),
    );
  });
});

describe('the report as presented', () => {
  // Three people placed in 2026, six in 2025: the 2026 cohort is small, the whole is not.
  const placement = (i: number, year: number): PlacementInput => ({
    contractId: `k${i}`,
    candidateId: `c${i}`,
    employerId: 'employer',
    recruiterId: null,
    versions: {
      signed: {
        terms: {
          wage: { amount: 2000, currency: 'EUR', per: 'month' },
          hoursPerWeek: 38,
          occupationUri: null,
          country: 'BE',
          city: null,
        },
        statedOn: `${year}-03-01`,
      },
    },
  });
  const placements = Array.from({ length: 9 }, (_, i) => placement(i, i < 3 ? 2026 : 2025));
  const costs = placements.map((p, i) => ({
    candidateId: p.candidateId,
    employerId: null,
    recruiterId: null,
    kind: 'recruitment_fee' as const,
    amount: 100 * (i + 1),
    currency: 'EUR',
    paidBy: 'worker' as const,
  }));
  const report = fairRecruitmentReport(placements, costs, DEFAULT_RULES);

  it('GIVEN someone who manages the partnership THEN every figure, nothing withheld', () => {
    const shown = presentReport('p', report, DEFAULT_RULES, true, true);
    expect(shown.byCohort.map((c) => [c.cohort, c.people, c.suppressed])).toEqual([
      ['2025', 6, false],
      ['2026', 3, false],
    ]);
    expect(shown.people).toHaveLength(9);
  });

  it('GIVEN a reader of aggregates THEN the cohort of three is withheld, the whole is shown', () => {
    const shown = presentReport('p', report, DEFAULT_RULES, true, false);
    const small = shown.byCohort.find((c) => c.cohort === '2026')!;
    expect(small).toEqual({
      cohort: '2026',
      people: null,
      computed: null,
      median: null,
      mean: null,
      shareWhoPaid: null,
      peopleWithEmployerPaysFlags: null,
      suppressed: true,
    });
    expect(shown.byCohort.find((c) => c.cohort === '2025')!.people).toBe(6);
    expect(shown.overall).toEqual({ ...report.overall, suppressed: false });
    expect(shown.people).toBeNull();
  });
});
