import type { Database } from '../db/database.js';
import { rollingOriginBacktest, type Backtest } from './backtest.js';
import {
  healthDensityWarning,
  healthGroupOf,
  outflowWarning,
  WHO_SDG_HEALTH_THRESHOLD,
  type HealthDensityWarning,
  type OutflowWarning,
} from './brain-drain.js';
import { corridorComplementarity, type Complementarity } from './corridor.js';
import {
  buildCube,
  skillGapsFromOccupations,
  type CellKey,
  type CubeLevel,
  type CubeSeries,
} from './cube.js';
import { forecastSeries, type Forecast } from './forecast.js';
import {
  DEFAULT_THRESHOLDS,
  gapIndicators,
  type GapIndicator,
  type MonthlyFigures,
} from './gap-indicators.js';
import { customRegionParents, essentialSkillsOf } from './import-vocabulary.store.js';
import { monthIndex, monthOf, sideOf } from './observation.js';
import { findObservations, type ObservationFilter } from './observation.store.js';
import { POPULATION_2023 } from './population.js';

/**
 * The use cases of the labour-market area: read observations through the store and compute
 * with the pure domain functions (docs/labour-market.md).
 */
export interface GapQuery extends CubeLevel {
  country?: string;
  isco?: string;
  from?: string;
  to?: string;
  /** `essential_skill`: skill gaps derived from the ESCO essential skills of the occupations. */
  level: 'occupation' | 'skill' | 'essential_skill';
}

export type GapRow = CellKey & GapIndicator;

const monthsBefore = (month: string, n: number) => monthOf(monthIndex(month) - n);

async function cube(
  db: Database,
  filter: ObservationFilter,
  level: CubeLevel,
): Promise<CubeSeries[]> {
  const observations = await findObservations(db, filter);
  return buildCube(observations, level, await customRegionParents(db));
}

/** Gap indicators of every cell and month in the query, history included for persistence. */
export async function gapReport(
  db: Database,
  query: GapQuery,
  options: { versionId: string; limit?: number },
): Promise<{ rows: GapRow[]; truncated: boolean }> {
  const limit = options.limit ?? 5000;
  const filter: ObservationFilter = {
    ...(query.country ? { country: query.country } : {}),
    ...(query.isco ? { isco: query.isco } : {}),
    ...(query.from ? { from: monthsBefore(query.from, 12) } : {}),
    ...(query.to ? { to: query.to } : {}),
    level: query.level === 'skill' ? 'skill' : 'occupation',
  };
  const allSeries =
    query.level === 'essential_skill'
      ? await essentialSkillSeries(db, filter, options.versionId)
      : await cube(db, filter, query);
  const rows: GapRow[] = [];
  for (const series of allSeries) {
    const { figures, ...key } = series;
    for (const indicator of gapIndicators(figures, DEFAULT_THRESHOLDS))
      if (!query.from || indicator.month >= query.from) rows.push({ ...key, ...indicator });
  }
  rows.sort(
    (a, b) =>
      a.country.localeCompare(b.country) ||
      a.region.localeCompare(b.region) ||
      a.iscoCode.localeCompare(b.iscoCode) ||
      a.skillUri.localeCompare(b.skillUri) ||
      a.month.localeCompare(b.month),
  );
  return { rows: rows.slice(0, limit), truncated: rows.length > limit };
}

/**
 * Skill series derived from the ESCO essential skills of the occupations observed (by ESCO URI),
 * per country.
 */
async function essentialSkillSeries(
  db: Database,
  filter: ObservationFilter,
  versionId: string,
): Promise<CubeSeries[]> {
  const observations = (await findObservations(db, filter)).filter((o) => o.occupationUri !== '');
  const essential = await essentialSkillsOf(db, versionId);
  const byCountry = new Map<string, Map<string, Map<string, MonthlyFigures>>>();
  for (const o of observations) {
    const side = sideOf(o.measure);
    if (side !== 'demand' && side !== 'supply') continue;
    const occupations = byCountry.get(o.country) ?? new Map<string, Map<string, MonthlyFigures>>();
    byCountry.set(o.country, occupations);
    const months = occupations.get(o.occupationUri) ?? new Map<string, MonthlyFigures>();
    occupations.set(o.occupationUri, months);
    const f = months.get(o.month) ?? { month: o.month, demand: 0, supply: 0 };
    f[side] += o.count;
    months.set(o.month, f);
  }
  const series: CubeSeries[] = [];
  for (const [country, occupations] of byCountry) {
    const skills = skillGapsFromOccupations(
      [...occupations].map(([occupationUri, months]) => ({
        occupationUri,
        figures: [...months.values()],
      })),
      essential,
    );
    for (const [skillUri, figures] of skills)
      series.push({
        country,
        region: '',
        iscoCode: '',
        skillUri,
        figures: figures.map((f) => ({ ...f, workforce: 0, outflow: 0 })),
      });
  }
  return series;
}

/** A series with missing months filled with zero, from its first to its last month. */
export function contiguous(figures: CubeSeries['figures']): CubeSeries['figures'] {
  if (figures.length === 0) return [];
  const first = monthIndex(figures[0]?.month as string);
  const last = monthIndex(figures.at(-1)?.month as string);
  const byMonth = new Map(figures.map((f) => [f.month, f]));
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const month = monthOf(first + i);
    return byMonth.get(month) ?? { month, demand: 0, supply: 0, workforce: 0, outflow: 0 };
  });
}

export interface SeriesForecast {
  history: CubeSeries['figures'];
  months: string[];
  demand: { forecast: Forecast; backtest: Backtest | null } | null;
  supply: { forecast: Forecast; backtest: Backtest | null } | null;
}

/** One cell's monthly history with 12-month forecasts of demand and supply and their backtests. */
export async function seriesForecast(
  db: Database,
  cell: { country: string; region: string; isco: string; skill: string },
  horizon = 12,
): Promise<SeriesForecast> {
  const level: CubeLevel = {
    iscoLevel: Math.min(4, Math.max(1, cell.isco.length)) as CubeLevel['iscoLevel'],
    regionLevel: cell.region === '' ? 'country' : 'region',
  };
  const all = await cube(
    db,
    { country: cell.country, isco: cell.isco, level: cell.skill ? 'skill' : 'occupation' },
    level,
  );
  const series = all.find(
    (s) => s.region === cell.region && s.iscoCode === cell.isco && s.skillUri === cell.skill,
  );
  const history = contiguous(series?.figures ?? []);
  const last = history.at(-1)?.month;
  const side = (values: number[]) =>
    values.some((v) => v > 0)
      ? {
          forecast: forecastSeries(values, horizon),
          backtest: rollingOriginBacktest(values, { horizon }),
        }
      : null;
  return {
    history,
    months: last
      ? Array.from({ length: horizon }, (_, i) => monthOf(monthIndex(last) + i + 1))
      : [],
    demand: history.length ? side(history.map((f) => f.demand)) : null,
    supply: history.length ? side(history.map((f) => f.supply)) : null,
  };
}

/** Average demand and supply per occupation over the 12 months up to `month`. */
async function balances(
  db: Database,
  country: string,
  month: string,
  iscoLevel: CubeLevel['iscoLevel'],
) {
  const series = await cube(
    db,
    { country, from: monthsBefore(month, 11), to: month, level: 'occupation' },
    { iscoLevel, regionLevel: 'country' },
  );
  return series.map((s) => {
    const n = Math.max(1, s.figures.length);
    return {
      iscoCode: s.iscoCode,
      demand: s.figures.reduce((t, f) => t + f.demand, 0) / n,
      supply: s.figures.reduce((t, f) => t + f.supply, 0) / n,
    };
  });
}

/** Occupations of a corridor ranked by destination shortage × origin surplus. */
export async function corridorReport(
  db: Database,
  query: { origin: string; destination: string; month: string; iscoLevel: CubeLevel['iscoLevel'] },
): Promise<Complementarity[]> {
  const [origin, destination] = await Promise.all([
    balances(db, query.origin, query.month, query.iscoLevel),
    balances(db, query.destination, query.month, query.iscoLevel),
  ]);
  return corridorComplementarity(origin, destination);
}

export interface WarningReport {
  outflow: OutflowWarning[];
  healthDensity: HealthDensityWarning | null;
  /** The health workforce counted, when there was one to count. */
  health: {
    month: string;
    doctors: number;
    nurses: number;
    midwives: number;
    population: number;
    densityPer10000: number;
  } | null;
}

/** Brain-drain early warnings of an origin country (docs/labour-market.md). */
export async function brainDrainWarnings(
  db: Database,
  query: {
    country: string;
    horizon: number;
    threshold?: number;
    population?: number;
    plannedOutflows?: ReadonlyMap<string, number>;
  },
): Promise<WarningReport> {
  const series = await cube(
    db,
    { country: query.country, level: 'occupation' },
    { iscoLevel: 4, regionLevel: 'country' },
  );
  const outflow: OutflowWarning[] = [];
  for (const s of series) {
    // Months with only workforce figures (e.g. a census) do not end the demand-supply series.
    const history = contiguous(s.figures.filter((f) => f.demand > 0 || f.supply > 0));
    const now = history.at(-1);
    if (!now) continue;
    const recent = history.slice(-12);
    const warning = outflowWarning({
      iscoCode: s.iscoCode,
      current: { demand: now.demand, supply: now.supply },
      forecastDemand: forecastSeries(
        history.map((f) => f.demand),
        query.horizon,
      ).steps.map((x) => x.mean),
      forecastSupply: forecastSeries(
        history.map((f) => f.supply),
        query.horizon,
      ).steps.map((x) => x.mean),
      recordedMonthlyOutflow: recent.reduce((t, f) => t + f.outflow, 0) / recent.length,
      plannedOutflow: query.plannedOutflows?.get(s.iscoCode) ?? 0,
    });
    if (warning) outflow.push(warning);
  }
  outflow.sort((a, b) => a.monthsAhead - b.monthsAhead || a.iscoCode.localeCompare(b.iscoCode));
  return { outflow, ...(await healthWorkforce(db, query)) };
}

async function healthWorkforce(
  db: Database,
  query: { country: string; threshold?: number; population?: number },
) {
  const employed = (
    await findObservations(db, { country: query.country, isco: '2', level: 'occupation' })
  )
    .concat(await findObservations(db, { country: query.country, isco: '3', level: 'occupation' }))
    .filter((o) => o.measure === 'employed' && healthGroupOf(o.iscoCode) !== null);
  const population = query.population ?? POPULATION_2023[query.country];
  const latest = employed.reduce((m, o) => (o.month > m ? o.month : m), '');
  if (!latest || !population) return { healthDensity: null, health: null };
  const counts = { doctors: 0, nurses: 0, midwives: 0 };
  for (const o of employed)
    if (o.month === latest) counts[healthGroupOf(o.iscoCode) as keyof typeof counts] += o.count;
  const workforce = { country: query.country, population, ...counts };
  const densityPer10000 = ((counts.doctors + counts.nurses + counts.midwives) / population) * 10000;
  return {
    healthDensity: healthDensityWarning(workforce, query.threshold ?? WHO_SDG_HEALTH_THRESHOLD),
    health: { month: latest, ...counts, population, densityPer10000 },
  };
}
