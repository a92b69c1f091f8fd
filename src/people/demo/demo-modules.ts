import type { DemoSector } from './demo-occupations.js';

/**
 * Training modules of the demo programmes named after the ESCO skills they teach and priced
 * per hour of the country they are given in (docs/people.md#demo-data). Pure.
 */

/** Euros per training hour, by country of the provider: vocational training in the corridors. */
const EUR_PER_HOUR: Record<string, number> = {
  BE: 28,
  NL: 30,
  IT: 20,
  LT: 12,
  TN: 7,
  MA: 7,
  SN: 5,
  NG: 4,
  MR: 4,
};
const DEFAULT_EUR_PER_HOUR = 10;

/** What a sector's training costs beside the average: labs and workshops cost more. */
const SECTOR_FACTOR: Record<DemoSector, number> = {
  ict: 1.25,
  health: 1.15,
  construction: 1.1,
  hospitality: 0.9,
};

/** A module's cost in euros: its hours at the country's rate for the sector, to 5 euros. */
export function moduleCost(hours: number, country: string, sector: DemoSector): number {
  const rate = (EUR_PER_HOUR[country] ?? DEFAULT_EUR_PER_HOUR) * SECTOR_FACTOR[sector];
  return Math.max(5, Math.round((hours * rate) / 5) * 5);
}

const capitalised = (s: string) => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

/**
 * A module's title from the ESCO labels of the skills it teaches: its first two ("Use markup
 * languages and JavaScript"), or `fallback` when the labels are not known.
 */
export function moduleTitle(
  skills: readonly string[],
  labels: Readonly<Record<string, string>> | undefined,
  fallback: string,
): string {
  const named = skills.flatMap((s) => (labels?.[s] ? [labels[s]] : []));
  if (named.length === 0) return fallback;
  const title = capitalised(named.slice(0, 2).join(' and '));
  return title.length <= 200 ? title : `${title.slice(0, 199)}…`;
}
