/** Shapes and paths of /api/labour-market as the UI uses them. */
export interface GapRow {
  country: string;
  region: string;
  iscoCode: string;
  skillUri: string;
  month: string;
  demand: number;
  supply: number;
  gap: number;
  ratio: number | null;
  classification: 'shortage' | 'balance' | 'surplus';
  persistence: { months3: number; months6: number; months12: number };
  trendSlope: number;
  trend: 'rising' | 'stable' | 'falling';
}

export interface ForecastStep {
  step: number;
  mean: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

export interface Accuracy {
  mase: number | null;
  smape: number;
}

export interface SideForecast {
  forecast: { method: string; steps: ForecastStep[] };
  backtest: { origins: number; model: Accuracy; seasonalNaive: Accuracy } | null;
}

export interface SeriesForecast {
  history: { month: string; demand: number; supply: number }[];
  months: string[];
  demand: SideForecast | null;
  supply: SideForecast | null;
}

export interface Complementarity {
  iscoCode: string;
  destinationShortage: number;
  originSurplus: number;
  score: number;
  destinationCouldGain: number;
  originCouldLose: number;
}

export interface Warnings {
  outflow: {
    iscoCode: string;
    monthsAhead: number;
    demandThen: number;
    supplyThen: number;
    supplyAfterOutflows: number;
    cumulativeOutflow: number;
  }[];
  healthDensity: { densityPer10000: number; threshold: number; shortfall: number } | null;
  health: {
    month: string;
    doctors: number;
    nurses: number;
    midwives: number;
    population: number;
    densityPer10000: number;
  } | null;
  /** Planned away-track departures counted, per occupation: partnership quotas, allocations, typed. */
  plannedDepartures?: {
    iscoCode: string;
    fromQuotas: number;
    allocated: number;
    typed: number;
    total: number;
  }[];
}

export interface ImportReport {
  fileName: string;
  format: string;
  alreadyImported: boolean;
  rows: number;
  accepted: number;
  rejected: { line: number; reason: string }[];
}

const query = (params: Record<string, string | undefined>) =>
  new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();

export const lmiPaths = {
  gaps: (p: { country?: string; isco?: string; from?: string; iscoLevel: string }) =>
    `/api/labour-market/gaps?${query(p)}`,
  series: (p: { country: string; isco: string; region: string }) =>
    `/api/labour-market/series?${query(p)}`,
  corridor: (p: { origin: string; destination: string; month: string }) =>
    `/api/labour-market/corridor?${query(p)}`,
  warnings: (country: string) => `/api/labour-market/warnings?${query({ country })}`,
  imports: () => '/api/labour-market/imports',
};

export const fmt = (n: number | null, digits = 0) =>
  n === null ? '—' : n.toLocaleString(undefined, { maximumFractionDigits: digits });
