import { describe, expect, it } from 'vitest';
import type { Vacancy } from '../../people/vacancies/vacancy.js';
import { demoPlacements, type DemoSlot } from './demo-fair-recruitment.js';
import { fairRecruitmentReport } from './fair-recruitment-report.js';
import { DEFAULT_RULES } from './fair-recruitment-rules.js';

const slot = (i: number): DemoSlot => ({
  id: `v${i}`,
  employerId: `e${i % 2}`,
  posting: {
    wage: { amount: 2000 + i * 100, currency: 'EUR', per: 'month' },
    occupationUri: 'occ:cook',
    country: 'BE',
  } as Vacancy,
});
const today = new Date('2026-11-21T09:00:00Z');

describe('demo placements', () => {
  const placements = demoPlacements(
    ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'],
    [0, 1, 2, 3, 4, 5].map(slot),
    'r1',
    today,
  );

  it('GIVEN the same inputs THEN the same placements (deterministic, dates relative to today)', () => {
    expect(
      demoPlacements(
        ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'],
        [0, 1, 2, 3, 4, 5].map(slot),
        'r1',
        today,
      ),
    ).toEqual(placements);
    expect(placements[0]!.versions.map((v) => v.statedOn)).toEqual([
      '2026-07-24',
      '2026-08-23',
      '2026-11-01',
    ]);
  });

  it('THEN the indicator is not zero, not everyone paid, and exactly one contract is flagged', () => {
    const report = fairRecruitmentReport(
      placements.map((p, i) => ({
        contractId: `k${i}`,
        candidateId: p.candidateId,
        employerId: p.employerId,
        recruiterId: p.recruiterId,
        versions: Object.fromEntries(
          p.versions.map((v) => [v.stage, { terms: v.terms, statedOn: v.statedOn }]),
        ),
      })),
      placements.flatMap((p) =>
        p.costs.map((c) => ({
          ...c,
          candidateId: p.candidateId,
          employerId: p.employerId,
          recruiterId: p.recruiterId,
        })),
      ),
      DEFAULT_RULES,
    );
    expect(report.overall.mean).toBeGreaterThan(0);
    expect(report.overall.shareWhoPaid).toBeGreaterThan(0);
    expect(report.overall.shareWhoPaid).toBeLessThan(1);
    expect(report.substitutions.map((s) => s.candidateId)).toEqual(['c1']);
  });
});
