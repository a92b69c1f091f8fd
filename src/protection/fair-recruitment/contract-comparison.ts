import type { SubstitutionTolerances } from './fair-recruitment-rules.js';
import type { ContractStage, WagePeriod } from './vocabulary.js';

/** A wage as written in a contract. */
export interface Wage {
  amount: number;
  currency: string;
  per: WagePeriod;
}

/** The terms of one version of a contract; a field left out is not stated in that version. */
export interface ContractTerms {
  wage: Wage | null;
  hoursPerWeek: number | null;
  occupationUri: string | null;
  country: string | null;
  city: string | null;
}

export const COMPARED_FIELDS = ['wage', 'hoursPerWeek', 'occupationUri', 'place'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** One field of two versions side by side. */
export interface FieldDifference {
  field: ComparedField;
  /** Relative change in percent (wage per month, hours), when both sides are numbers. */
  changePercent: number | null;
  /** The change goes beyond the partnership's tolerance: possible contract substitution. */
  beyondTolerance: boolean;
  /** Why, in a stable word: `wage_cut`, `hours_rise`, `other_occupation`, `other_place`, `other_currency`. */
  reason: string | null;
}

/** Two versions compared field by field. */
export interface TermsComparison {
  from: ContractStage;
  to: ContractStage;
  differences: FieldDifference[];
  /** Some difference is beyond tolerance. */
  substitution: boolean;
}

const WEEKS_PER_MONTH = 52 / 12;

/**
 * The wage per month: a monthly wage as is, a yearly one over 12, an hourly one times the weekly
 * hours (null when the hours are not stated). Pure.
 */
export function monthlyWage(terms: Pick<ContractTerms, 'wage' | 'hoursPerWeek'>): number | null {
  const w = terms.wage;
  if (!w) return null;
  if (w.per === 'month') return w.amount;
  if (w.per === 'year') return w.amount / 12;
  return terms.hoursPerWeek === null ? null : w.amount * terms.hoursPerWeek * WEEKS_PER_MONTH;
}

const percent = (before: number, after: number) =>
  before === 0 ? null : ((after - before) / before) * 100;

// A rounding margin, so that a change of exactly the tolerance is within it.
const EPSILON = 1e-9;

function compareWage(a: ContractTerms, b: ContractTerms, t: SubstitutionTolerances) {
  if (!a.wage || !b.wage) return null;
  if (a.wage.currency !== b.wage.currency) {
    return diff('wage', null, true, 'other_currency');
  }
  const [before, after] = [monthlyWage(a), monthlyWage(b)];
  if (before === null || after === null) return null;
  const change = percent(before, after);
  if (change === null || Math.abs(change) < EPSILON) return null;
  return diff('wage', change, change < -t.wageDropPercent - EPSILON, 'wage_cut');
}

function compareHours(a: ContractTerms, b: ContractTerms, t: SubstitutionTolerances) {
  if (a.hoursPerWeek === null || b.hoursPerWeek === null) return null;
  const change = percent(a.hoursPerWeek, b.hoursPerWeek);
  if (change === null || Math.abs(change) < EPSILON) return null;
  return diff('hoursPerWeek', change, change > t.hoursRisePercent + EPSILON, 'hours_rise');
}

function compareOccupation(a: ContractTerms, b: ContractTerms, t: SubstitutionTolerances) {
  if (a.occupationUri === null || b.occupationUri === null) return null;
  if (a.occupationUri === b.occupationUri) return null;
  return diff('occupationUri', null, t.occupationMustMatch, 'other_occupation');
}

function comparePlace(a: ContractTerms, b: ContractTerms, t: SubstitutionTolerances) {
  const sameCountry = a.country === null || b.country === null || a.country === b.country;
  const sameCity =
    a.city === null || b.city === null || a.city.toLowerCase() === b.city.toLowerCase();
  if (sameCountry && sameCity) return null;
  return diff('place', null, t.placeMustMatch || !sameCountry, 'other_place');
}

function diff(
  field: ComparedField,
  changePercent: number | null,
  beyondTolerance: boolean,
  reason: string,
): FieldDifference {
  return { field, changePercent, beyondTolerance, reason: beyondTolerance ? reason : null };
}

/**
 * Compares a later version of a contract with an earlier one, field by field: a wage cut (per
 * month) beyond the tolerated drop, more weekly hours beyond the tolerated rise, another occupation
 * (when it must match), another country of work (always) or city (when the place must match), or
 * a wage in another currency are beyond tolerance. Fields one side leaves out are not compared.
 * Pure (docs/protection.md#contract-substitution).
 */
export function compareTerms(
  from: { stage: ContractStage; terms: ContractTerms },
  to: { stage: ContractStage; terms: ContractTerms },
  tolerances: SubstitutionTolerances,
): TermsComparison {
  const differences = [
    compareWage(from.terms, to.terms, tolerances),
    compareHours(from.terms, to.terms, tolerances),
    compareOccupation(from.terms, to.terms, tolerances),
    comparePlace(from.terms, to.terms, tolerances),
  ].filter((d): d is FieldDifference => d !== null);
  return {
    from: from.stage,
    to: to.stage,
    differences,
    substitution: differences.some((d) => d.beyondTolerance),
  };
}

/**
 * Compares every later version with the offer, and the actual terms with the signed contract:
 * drift that stays within tolerance at each step but not overall is still caught. Pure.
 */
export function compareContract(
  versions: Partial<Record<ContractStage, ContractTerms>>,
  tolerances: SubstitutionTolerances,
): TermsComparison[] {
  const pairs: [ContractStage, ContractStage][] = [
    ['offer', 'signed'],
    ['offer', 'actual'],
    ['signed', 'actual'],
  ];
  return pairs.flatMap(([a, b]) => {
    const [from, to] = [versions[a], versions[b]];
    return from && to
      ? [compareTerms({ stage: a, terms: from }, { stage: b, terms: to }, tolerances)]
      : [];
  });
}
