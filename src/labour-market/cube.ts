import { sideOf, type Observation } from './observation.js';
import type { MonthlyFigures } from './gap-indicators.js';

/**
 * The gap cube: observations summed per country × region × ISCO group × skill × month, rolled up
 * to a chosen ISCO level and along the region hierarchy (docs/labour-market.md, roll-up).
 */
export interface CubeLevel {
  /** ISCO digits kept (1 major … 4 unit group). Finer codes are summed into their group. */
  iscoLevel: 1 | 2 | 3 | 4;
  /** `region` keeps regions apart; `country` sums every region into its country. */
  regionLevel: 'region' | 'country';
}

export interface CellKey {
  country: string;
  region: string;
  iscoCode: string;
  skillUri: string;
}

export interface CubeSeries extends CellKey {
  figures: (MonthlyFigures & { workforce: number; outflow: number })[];
}

export type CubeObservation = Pick<
  Observation,
  'measure' | 'country' | 'region' | 'iscoCode' | 'skillUri' | 'month' | 'count'
>;

/**
 * The region a region rolls up to: its declared parent for a custom region, else the whole
 * country ('').
 */
export function parentRegion(region: string, customParents: ReadonlyMap<string, string>): string {
  return customParents.get(region) ?? '';
}

/** Sums observations into series of the cube at the given level. Coarser ISCO codes are left out. */
export function buildCube(
  observations: Iterable<CubeObservation>,
  level: CubeLevel,
  customParents: ReadonlyMap<string, string> = new Map(),
): CubeSeries[] {
  const series = new Map<string, CubeSeries>();
  const months = new Map<string, CubeSeries['figures'][number]>();
  for (const o of observations) {
    if (o.iscoCode.length < level.iscoLevel) continue;
    let region = o.region;
    if (level.regionLevel === 'country') region = '';
    else
      while (region !== '' && customParents.has(region))
        region = parentRegion(region, customParents);
    const iscoCode = o.iscoCode.slice(0, level.iscoLevel);
    const key = `${o.country}|${region}|${iscoCode}|${o.skillUri}`;
    let s = series.get(key);
    if (!s) {
      s = { country: o.country, region, iscoCode, skillUri: o.skillUri, figures: [] };
      series.set(key, s);
    }
    let f = months.get(`${key}|${o.month}`);
    if (!f) {
      f = { month: o.month, demand: 0, supply: 0, workforce: 0, outflow: 0 };
      months.set(`${key}|${o.month}`, f);
      s.figures.push(f);
    }
    f[sideOf(o.measure)] += o.count;
  }
  for (const s of series.values()) s.figures.sort((a, b) => (a.month < b.month ? -1 : 1));
  return [...series.values()];
}

/**
 * Skill-level gaps from the ESCO essential skills of the occupations in demand and supply: each
 * occupation's figures count once for every skill essential to it.
 */
export function skillGapsFromOccupations(
  occupations: readonly { occupationUri: string; figures: readonly MonthlyFigures[] }[],
  essentialSkills: ReadonlyMap<string, readonly string[]>,
): Map<string, MonthlyFigures[]> {
  const bySkill = new Map<string, Map<string, MonthlyFigures>>();
  for (const occupation of occupations) {
    for (const skillUri of essentialSkills.get(occupation.occupationUri) ?? []) {
      let months = bySkill.get(skillUri);
      if (!months) bySkill.set(skillUri, (months = new Map()));
      for (const f of occupation.figures) {
        const sum = months.get(f.month) ?? { month: f.month, demand: 0, supply: 0 };
        sum.demand += f.demand;
        sum.supply += f.supply;
        months.set(f.month, sum);
      }
    }
  }
  return new Map(
    [...bySkill].map(([skill, months]) => [
      skill,
      [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1)),
    ]),
  );
}
