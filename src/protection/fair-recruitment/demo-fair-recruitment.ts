import type { Vacancy } from '../../people/vacancies/vacancy.js';
import type { ContractTerms } from './contract-comparison.js';
import type { CostKind, Payer } from './vocabulary.js';

/** A vacancy of the demo partnership, with its id. */
export interface DemoSlot {
  id: string;
  employerId: string;
  posting: Vacancy;
}

/** A demo placement: the person, the vacancy, the recruiter and the contract's versions. */
export interface DemoPlacement {
  candidateId: string;
  vacancyId: string;
  employerId: string;
  recruiterId: string | null;
  versions: { stage: 'offer' | 'signed' | 'actual'; terms: ContractTerms; statedOn: string }[];
  costs: { kind: CostKind; amount: number; currency: string; paidBy: Payer; paidOn: string }[];
}

const daysBefore = (today: Date, days: number) =>
  new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Demo placements of a partnership (docs/protection.md#demo): one person per vacancy with a
 * wage, offered 120 days before today and signed 90 days before; every third person paid a
 * recruitment fee of 60 % of a month's wage (so SDG 10.7.1 is not zero), the next one a visa and
 * a medical check, the others paid nothing; the second person reports a wage 15 % lower and more
 * hours than signed: one possible contract substitution. Pure and deterministic.
 */
export function demoPlacements(
  candidateIds: readonly string[],
  slots: readonly DemoSlot[],
  recruiterId: string | null,
  today: Date,
): DemoPlacement[] {
  const withWage = slots.filter((s) => s.posting.wage && s.posting.wage.per === 'month');
  const n = Math.min(candidateIds.length, withWage.length, 8);
  return Array.from({ length: n }, (_, i) => {
    const slot = withWage[i]!;
    const wage = slot.posting.wage!;
    const offer: ContractTerms = {
      wage,
      hoursPerWeek: null,
      occupationUri: slot.posting.occupationUri,
      country: slot.posting.country,
      city: slot.posting.city ?? null,
    };
    const signed = { ...offer, hoursPerWeek: 38 };
    const actual =
      i === 1
        ? { ...signed, wage: { ...wage, amount: Math.round(wage.amount * 0.85) }, hoursPerWeek: 45 }
        : signed;
    const paidOn = daysBefore(today, 100);
    const costs: DemoPlacement['costs'] =
      i % 3 === 0
        ? [
            {
              kind: 'recruitment_fee',
              amount: Math.round(wage.amount * 0.6),
              currency: wage.currency,
              paidBy: 'worker',
              paidOn,
            },
            { kind: 'travel', amount: 450, currency: wage.currency, paidBy: 'employer', paidOn },
          ]
        : i % 3 === 1
          ? [
              { kind: 'visa', amount: 180, currency: wage.currency, paidBy: 'worker', paidOn },
              { kind: 'medical', amount: 90, currency: wage.currency, paidBy: 'worker', paidOn },
            ]
          : [
              { kind: 'visa', amount: 180, currency: wage.currency, paidBy: 'employer', paidOn },
              { kind: 'travel', amount: 450, currency: wage.currency, paidBy: 'employer', paidOn },
            ];
    return {
      candidateId: candidateIds[i]!,
      vacancyId: slot.id,
      employerId: slot.employerId,
      recruiterId: i % 2 === 0 ? recruiterId : null,
      versions: [
        { stage: 'offer', terms: offer, statedOn: daysBefore(today, 120) },
        { stage: 'signed', terms: signed, statedOn: daysBefore(today, 90) },
        { stage: 'actual', terms: actual, statedOn: daysBefore(today, 20) },
      ],
      costs,
    };
  });
}
