import { IMPORT_LIMITS } from '../imports-runtime/import-limits.js';

/**
 * An observation: one labour-market figure (docs/labour-market.md). Demand comes from vacancies,
 * job postings and employer surveys; available supply from registered job-seekers and graduates.
 * The employed workforce (a stock, not available supply) and emigrant outflows are recorded
 * beside them for the corridor and brain-drain views and the health-workforce density.
 */
export const DEMAND_MEASURES = ['vacancies', 'job_postings', 'employer_survey'] as const;
export const SUPPLY_MEASURES = ['job_seekers', 'graduates'] as const;
export const MEASURES = [
  ...DEMAND_MEASURES,
  ...SUPPLY_MEASURES,
  'employed',
  'emigrant_outflow',
] as const;
export type Measure = (typeof MEASURES)[number];

/** What a measure counts as in the cube. */
export type Side = 'demand' | 'supply' | 'workforce' | 'outflow';

export function sideOf(measure: Measure): Side {
  if ((DEMAND_MEASURES as readonly string[]).includes(measure)) return 'demand';
  if ((SUPPLY_MEASURES as readonly string[]).includes(measure)) return 'supply';
  return measure === 'employed' ? 'workforce' : 'outflow';
}

export interface Observation {
  measure: Measure;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** ISO 3166-2 subdivision (e.g. `BE-VLG`) or a declared custom region; '' for the whole country. */
  region: string;
  /** ISCO-08 code at any level (1 to 4 digits); '' for all occupations (a statistical total). */
  iscoCode: string;
  /** ESCO occupation URI when the source named one; '' otherwise. */
  occupationUri: string;
  /** ESCO skill URI; '' when the figure is about the whole occupation. */
  skillUri: string;
  /** `YYYY-MM`. */
  month: string;
  count: number;
  source: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const ISCO = /^\d{1,4}$/;
const REGION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/** Months since year 0, so that months are consecutive integers. */
export function monthIndex(month: string): number {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`not a month: ${month}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function monthOf(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function isMonth(value: string): boolean {
  const match = MONTH.exec(value);
  return match !== null && Number(match[1]) >= 1900 && Number(match[1]) <= 2200;
}

/** What the checks know about the reference data: the taxonomy as sets. */
export interface ObservationVocabulary {
  countries: ReadonlySet<string>;
  iscoCodes: ReadonlySet<string>;
  /** ESCO occupation URI → its ISCO-08 unit group. */
  occupationIsco: ReadonlyMap<string, string>;
  skills: ReadonlySet<string>;
  /** Declared custom regions → their country. */
  customRegions: ReadonlyMap<string, string>;
}

/** The reasons an observation cannot be accepted (empty when it can). */
export function observationProblems(o: Observation, vocabulary: ObservationVocabulary): string[] {
  const problems: string[] = [];
  if (!(MEASURES as readonly string[]).includes(o.measure))
    problems.push(`unknown measure "${o.measure}"`);
  if (!vocabulary.countries.has(o.country)) problems.push(`unknown country "${o.country}"`);
  if (o.region !== '') {
    const custom = vocabulary.customRegions.get(o.region);
    if (custom !== undefined ? custom !== o.country : !REGION.test(o.region))
      problems.push(`unknown region "${o.region}"`);
    else if (custom === undefined && !o.region.startsWith(`${o.country}-`))
      problems.push(`region "${o.region}" is not in country "${o.country}"`);
  }
  if (o.iscoCode !== '' && (!ISCO.test(o.iscoCode) || !vocabulary.iscoCodes.has(o.iscoCode)))
    problems.push(`unknown ISCO-08 code "${o.iscoCode}"`);
  if (o.skillUri !== '' && !vocabulary.skills.has(o.skillUri))
    problems.push(`unknown ESCO skill "${o.skillUri}"`);
  if (!isMonth(o.month)) problems.push(`impossible month "${o.month}"`);
  const countProblem = countProblemOf(o.count);
  if (countProblem) problems.push(countProblem);
  if (o.source.trim() === '') problems.push('source is missing');
  return problems;
}

/** Why a count cannot be an observation's: a whole number from 0 to the documented bound. */
export function countProblemOf(count: number, written = String(count)): string | undefined {
  if (Number.isNaN(count)) return `count "${written}" is not a number`;
  if (count < 0) return `count must be ≥ 0, got ${written}`;
  if (count > IMPORT_LIMITS.observationCount)
    return `count ${written} is above the limit of ${IMPORT_LIMITS.observationCount} per observation`;
  if (!Number.isInteger(count)) return `count must be a whole number, got ${written}`;
  return undefined;
}

/** The key that makes re-importing the same figure change nothing. */
export function observationKey(o: Observation): string {
  return [
    o.measure,
    o.country,
    o.region,
    o.iscoCode,
    o.occupationUri,
    o.skillUri,
    o.month,
    o.source,
  ].join('|');
}
