import type { Corridor } from '../demo/corridors.js';
import { createRandom } from '../demo/random.js';
import { HEALTH_WORKFORCE_ISCO } from './brain-drain.js';
import { POPULATION_2023 } from './population.js';
import { monthIndex, monthOf, type Observation } from './observation.js';

/**
 * Demo observations (pure, seeded): monthly vacancies and job-seekers for every corridor
 * occupation in every corridor country, with a yearly season, a trend, and the 2020 shock
 * (demand falling by up to 45% from April 2020 and recovering over a year); destinations short of
 * the corridor occupations, origins in surplus with emigrant outflows; the health workforce of
 * origin countries for the density warning; Belgium split into its three regions.
 */
export interface DemoObservationOptions {
  seed: number;
  corridors: readonly Corridor[];
  from: string;
  to: string;
  /** Corridor occupations per country to generate (all when absent). */
  occupationsPerCountry?: number;
}

/** Months of demo series: seven years, so that the 2020 shock and several seasons show. */
export const DEMO_SERIES_MONTHS = 84;

/**
 * The months demo series cover when loaded at `now`: {@link DEMO_SERIES_MONTHS} months ending the
 * month before now's (UTC), so that forecasts are about the future. The same for every day of a
 * month: with the seed, the month alone decides the series. Pure (the loader passes its clock).
 */
export function demoSeriesWindow(now: Date): { from: string; to: string } {
  const last = now.getUTCFullYear() * 12 + now.getUTCMonth() - 1;
  return { from: monthOf(last - DEMO_SERIES_MONTHS + 1), to: monthOf(last) };
}

const BE_REGIONS = [
  ['BE-VLG', 0.58],
  ['BE-WAL', 0.28],
  ['BE-BRU', 0.14],
] as const;

/** Demand lost to the 2020 shock in a month (0 outside it). */
export function covidShock(month: string): number {
  const t = monthIndex(month) - monthIndex('2020-04');
  if (t < 0 || t > 12) return 0;
  return 0.45 * (1 - t / 12);
}

/** Health workers employed per 10,000 population in the origins (under the WHO threshold). */
const HEALTH_DENSITY: Record<string, number> = { NG: 18, SN: 9, MA: 23, TN: 38, MR: 11 };

export function generateDemoObservations(options: DemoObservationOptions): Observation[] {
  const random = createRandom(options.seed ^ 0x1b3);
  const origins = new Set(options.corridors.map((c) => c.origin));
  const cells = new Map<string, Set<string>>();
  for (const c of options.corridors)
    for (const country of [c.origin, c.destination]) {
      const set = cells.get(country) ?? new Set<string>();
      c.occupations.forEach((o) => set.add(o));
      cells.set(country, set);
    }
  const first = monthIndex(options.from);
  const last = monthIndex(options.to);
  const out: Observation[] = [];
  for (const [country, occupations] of [...cells].sort(([a], [b]) => a.localeCompare(b))) {
    const isOrigin = origins.has(country);
    for (const iscoCode of [...occupations].sort().slice(0, options.occupationsPerCountry)) {
      const base = random.int(150, 900);
      const growth = (isOrigin ? 0.002 : 0.006) + random.next() * 0.004;
      // Destinations need more than they have; origins train more than they employ.
      const balance = isOrigin ? 0.55 + random.next() * 0.3 : 1.3 + random.next() * 0.5;
      const phase = random.int(0, 11);
      for (let m = first; m <= last; m++) {
        const month = monthOf(m);
        const t = m - first;
        const season = 1 + 0.18 * Math.sin((2 * Math.PI * ((m % 12) + phase)) / 12);
        const noise = () => 1 + (random.next() - 0.5) * 0.1;
        const demand =
          base * balance * (1 + growth * t) * season * (1 - covidShock(month)) * noise();
        const supply = base * (1 + 0.002 * t) * (1 + covidShock(month) * 0.5) * noise();
        const add = (measure: Observation['measure'], count: number, region = '') =>
          out.push({
            measure,
            country,
            region,
            iscoCode,
            occupationUri: '',
            skillUri: '',
            month,
            count: Math.round(count),
            source: 'demo',
          });
        if (country === 'BE') {
          for (const [region, share] of BE_REGIONS) {
            add('vacancies', demand * share, region);
            add('job_seekers', supply * share, region);
          }
        } else {
          add('vacancies', demand);
          add('job_seekers', supply);
        }
        if (isOrigin) add('emigrant_outflow', supply * (0.02 + random.next() * 0.02));
      }
    }
    if (isOrigin && HEALTH_DENSITY[country] && POPULATION_2023[country]) {
      const workers =
        ((HEALTH_DENSITY[country] as number) * (POPULATION_2023[country] as number)) / 10000;
      const shares = { doctors: 0.25, nurses: 0.65, midwives: 0.1 };
      for (const [group, codes] of Object.entries(HEALTH_WORKFORCE_ISCO)) {
        const iscoCode = codes.find((c) => c.length === 4) ?? `${codes[0]}1`;
        out.push({
          measure: 'employed',
          country,
          region: '',
          iscoCode,
          occupationUri: '',
          skillUri: '',
          month: options.to,
          count: Math.round(workers * shares[group as keyof typeof shares]),
          source: 'demo',
        });
      }
    }
  }
  return out;
}
