import type { CostKind, Payer } from './vocabulary.js';

/** One fee or cost paid for a person's recruitment. */
export interface RecruitmentCost {
  kind: CostKind;
  amount: number;
  currency: string;
  paidBy: Payer;
}

/** The income a person earns at destination per month, from their contract. */
export interface MonthlyIncome {
  amount: number;
  currency: string;
}

/** A cost the worker paid although the partnership's agreement says the employer pays it. */
export interface EmployerPaysFlag {
  kind: CostKind;
  amount: number;
  currency: string;
}

/** Why a person's ratio could not be computed. */
export type NotComputable = 'no_income' | 'other_currency';

/** SDG 10.7.1 for one person: worker-borne cost over one month's income at destination. */
export interface PersonIndicator {
  /** Sum of the costs the worker paid, in the income's currency (or the costs' own when no income). */
  workerCost: number;
  /** The worker paid something. */
  paidAnything: boolean;
  /** Worker-borne cost in months of income (0.5 = half a month); null when not computable. */
  ratio: number | null;
  notComputable: NotComputable | null;
  employerPaysFlags: EmployerPaysFlag[];
}

/**
 * SDG indicator 10.7.1 for one person (ILO and World Bank, co-custodians): the recruitment costs
 * the worker bore, divided by their monthly income at destination, both for the same person.
 * Costs paid by the employer, the recruiter or anyone else are not the worker's. A cost in
 * another currency than the income makes the ratio not computable (no exchange rates are held).
 * Pure (docs/protection.md#sdg-10-7-1).
 */
export function personIndicator(
  costs: readonly RecruitmentCost[],
  income: MonthlyIncome | null,
  employerPays: readonly CostKind[],
): PersonIndicator {
  const borne = costs.filter((c) => c.paidBy === 'worker' && c.amount > 0);
  const employerPaysFlags = borne
    .filter((c) => employerPays.includes(c.kind))
    .map((c) => ({ kind: c.kind, amount: c.amount, currency: c.currency }));
  const workerCost = borne.reduce((sum, c) => sum + c.amount, 0);
  const base = { workerCost, paidAnything: borne.length > 0, employerPaysFlags };
  if (!income || income.amount <= 0) return { ...base, ratio: null, notComputable: 'no_income' };
  if (borne.some((c) => c.currency !== income.currency)) {
    return { ...base, ratio: null, notComputable: 'other_currency' };
  }
  return { ...base, ratio: workerCost / income.amount, notComputable: null };
}

/** SDG 10.7.1 over a group (a partnership, a cohort, an employer's or recruiter's workers). */
export interface GroupIndicator {
  people: number;
  /** People whose ratio could be computed. */
  computed: number;
  /** Median ratio of those computed, in months of income; null when none. */
  median: number | null;
  /** Mean ratio (the custodians' published aggregate is an average); null when none. */
  mean: number | null;
  /** Share of people (0–1) who paid anything themselves; null when there is nobody. */
  shareWhoPaid: number | null;
  /** People who paid a cost the agreement puts on the employer. */
  peopleWithEmployerPaysFlags: number;
}

/** The median of a list of numbers (the mean of the middle two for an even count). Pure. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Aggregates people's indicators: median and mean ratio, share who paid anything. Pure. */
export function groupIndicator(people: readonly PersonIndicator[]): GroupIndicator {
  const ratios = people.flatMap((p) => (p.ratio === null ? [] : [p.ratio]));
  return {
    people: people.length,
    computed: ratios.length,
    median: median(ratios),
    mean: ratios.length === 0 ? null : ratios.reduce((a, b) => a + b, 0) / ratios.length,
    shareWhoPaid:
      people.length === 0 ? null : people.filter((p) => p.paidAnything).length / people.length,
    peopleWithEmployerPaysFlags: people.filter((p) => p.employerPaysFlags.length > 0).length,
  };
}

/** A group's figures as read by someone who may not see its people: small counts suppressed. */
export interface SuppressedGroupIndicator {
  people: number | null;
  computed: number | null;
  median: number | null;
  mean: number | null;
  shareWhoPaid: number | null;
  peopleWithEmployerPaysFlags: number | null;
  /** Whether any figure of the group was withheld for small counts. */
  suppressed: boolean;
}

/**
 * The group's figures with small counts suppressed: each count under the threshold is null, the
 * median and mean need that many computed ratios, the share who paid that many people. A cohort
 * of three people would otherwise tell each of them (and anyone who knows one) what the others
 * paid. Pure.
 */
export function suppressSmallGroups(
  group: GroupIndicator,
  threshold: number,
): SuppressedGroupIndicator {
  const enough = (n: number) => n >= threshold;
  const figures = {
    people: enough(group.people) ? group.people : null,
    computed: enough(group.computed) ? group.computed : null,
    median: enough(group.computed) ? group.median : null,
    mean: enough(group.computed) ? group.mean : null,
    shareWhoPaid: enough(group.people) ? group.shareWhoPaid : null,
    peopleWithEmployerPaysFlags: enough(group.peopleWithEmployerPaysFlags)
      ? group.peopleWithEmployerPaysFlags
      : null,
  };
  const suppressed = (Object.keys(figures) as (keyof typeof figures)[]).some(
    (k) => figures[k] === null && group[k] !== null,
  );
  return { ...figures, suppressed };
}
