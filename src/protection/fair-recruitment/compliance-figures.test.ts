import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allComplianceFigures, suppressSmallComplianceFigures } from './compliance-figures.js';
import { fairRecruitmentReport, type PlacementInput } from './fair-recruitment-report.js';
import { DEFAULT_RULES } from './fair-recruitment-rules.js';

const placement = (i: number, employerId: string): PlacementInput => ({
  contractId: `k${i}`,
  candidateId: `c${i}`,
  employerId,
  recruiterId: null,
  versions: {},
});
/** `n` people placed with the employer, each charged `fee` EUR (an employer-pays kind). */
const employerLine = (n: number, fee = 300) => {
  const placements = Array.from({ length: n }, (_, i) => placement(i, 'employer'));
  const costs = placements.map((p) => ({
    candidateId: p.candidateId,
    employerId: null,
    recruiterId: null,
    kind: 'recruitment_fee' as const,
    amount: fee,
    currency: 'EUR',
    paidBy: 'worker' as const,
  }));
  return fairRecruitmentReport(placements, costs, DEFAULT_RULES).compliance[0]!;
};

describe('compliance figures read by those who neither manage the partnership nor are the organisation', () => {
  it('GIVEN one placement THEN the fee it paid is withheld, the flags stay', () => {
    const line = employerLine(1, 450);
    expect(allComplianceFigures(line, 0).amountsChargedToWorkers).toEqual({ EUR: 450 });
    expect(suppressSmallComplianceFigures(line, 0, 5)).toEqual({
      placements: null,
      substitutionFlags: 0,
      feesChargedToWorkers: null,
      employerPaysBreaches: null,
      amountsChargedToWorkers: null,
      grievancesUpheld: 0,
      flags: { substitution: false, employerPaysBreached: true, grievanceUpheld: false },
      suppressed: true,
    });
  });

  it('GIVEN five placements, each charged THEN every figure is given', () => {
    const line = employerLine(5);
    expect(suppressSmallComplianceFigures(line, 0, 5)).toEqual(allComplianceFigures(line, 0));
  });

  it('GIVEN ten placed but one in another currency THEN the amounts are withheld, the counts stay', () => {
    const placements = Array.from({ length: 10 }, (_, i) => placement(i, 'employer'));
    const costs = placements.map((p, i) => ({
      candidateId: p.candidateId,
      employerId: null,
      recruiterId: null,
      kind: 'visa' as const,
      amount: 100,
      currency: i === 0 ? 'MAD' : 'EUR',
      paidBy: 'worker' as const,
    }));
    const line = fairRecruitmentReport(placements, costs, DEFAULT_RULES).compliance[0]!;
    const shown = suppressSmallComplianceFigures(line, 0, 5);
    expect(shown.amountsChargedToWorkers).toBeNull();
    expect(shown.feesChargedToWorkers).toBe(10);
    expect(shown.placements).toBe(10);
    expect(shown.suppressed).toBe(true);
  });

  it('GIVEN any line THEN a figure is its own or null; money needs enough payers in each currency; flags always stay', () => {
    const row = fc.record({
      employer: fc.constantFrom('e1', 'e2'),
      paid: fc.boolean(),
      amount: fc.integer({ min: 1, max: 2000 }),
      currency: fc.constantFrom('EUR', 'MAD'),
      kind: fc.constantFrom('recruitment_fee' as const, 'travel' as const),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 14 }),
        fc.integer({ min: 1, max: 7 }),
        fc.nat(8),
        (rows, threshold, upheld) => {
          const placements = rows.map((r, i) => placement(i, r.employer));
          const costs = rows.flatMap((r, i) =>
            r.paid
              ? [
                  {
                    candidateId: `c${i}`,
                    employerId: null,
                    recruiterId: null,
                    kind: r.kind,
                    amount: r.amount,
                    currency: r.currency,
                    paidBy: 'worker' as const,
                  },
                ]
              : [],
          );
          for (const line of fairRecruitmentReport(placements, costs, DEFAULT_RULES).compliance) {
            const all = allComplianceFigures(line, upheld);
            const shown = suppressSmallComplianceFigures(line, upheld, threshold);
            const keys = (Object.keys(all) as (keyof typeof all)[]).filter(
              (k) => k !== 'flags' && k !== 'suppressed',
            );
            for (const key of keys) expect([all[key], null]).toContainEqual(shown[key]);
            expect(shown.flags).toEqual(all.flags);
            const payers = Object.values(line.workers.whoPaidIn);
            if (line.workers.all < threshold || payers.some((n) => n < threshold)) {
              expect(shown.amountsChargedToWorkers).toBeNull();
            }
            if (line.workers.all < threshold) expect(shown.feesChargedToWorkers).toBeNull();
            if (line.placements < threshold) expect(shown.placements).toBeNull();
            if (upheld > 0 && upheld < threshold) expect(shown.grievancesUpheld).toBeNull();
            expect(shown.suppressed).toBe(keys.some((k) => shown[k] === null));
          }
        },
      ),
    );
  });
});
