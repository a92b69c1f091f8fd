import { classifyGap, DEFAULT_THRESHOLDS, type GapThresholds } from './gap-indicators.js';

/**
 * Brain-drain early warning for origin countries (docs/labour-market.md): an occupation in
 * surplus today that recorded plus planned away-track outflows would turn into a shortage within
 * the forecast horizon; and health-workforce density under the WHO SDG index threshold.
 */
export interface OutflowOutlook {
  iscoCode: string;
  current: { demand: number; supply: number };
  /** Forecast means, one per month ahead. */
  forecastDemand: readonly number[];
  forecastSupply: readonly number[];
  /** Recent recorded emigrant outflow per month, assumed to continue. */
  recordedMonthlyOutflow: number;
  /** Away-track departures planned over the horizon (e.g. partnership quotas), spread evenly. */
  plannedOutflow: number;
}

export interface OutflowWarning {
  kind: 'outflow_turns_surplus_into_shortage';
  iscoCode: string;
  /** Months ahead at which the shortage begins. */
  monthsAhead: number;
  demandThen: number;
  supplyThen: number;
  supplyAfterOutflows: number;
  cumulativeOutflow: number;
  ratioThen: number | null;
}

/** The first month ahead at which outflows turn today's surplus into a shortage, if any. */
export function outflowWarning(
  outlook: OutflowOutlook,
  thresholds: GapThresholds = DEFAULT_THRESHOLDS,
): OutflowWarning | null {
  if (classifyGap(outlook.current.demand, outlook.current.supply, thresholds) !== 'surplus')
    return null;
  const horizon = Math.min(outlook.forecastDemand.length, outlook.forecastSupply.length);
  for (let h = 1; h <= horizon; h++) {
    const demandThen = outlook.forecastDemand[h - 1] as number;
    const supplyThen = outlook.forecastSupply[h - 1] as number;
    const cumulativeOutflow =
      outlook.recordedMonthlyOutflow * h + (outlook.plannedOutflow * h) / horizon;
    const supplyAfterOutflows = Math.max(0, supplyThen - cumulativeOutflow);
    if (classifyGap(demandThen, supplyAfterOutflows, thresholds) === 'shortage') {
      return {
        kind: 'outflow_turns_surplus_into_shortage',
        iscoCode: outlook.iscoCode,
        monthsAhead: h,
        demandThen,
        supplyThen,
        supplyAfterOutflows,
        cumulativeOutflow,
        ratioThen: supplyAfterOutflows === 0 ? null : demandThen / supplyAfterOutflows,
      };
    }
  }
  return null;
}

/** The WHO SDG index threshold: 44.5 doctors, nurses and midwives per 10,000 population. */
export const WHO_SDG_HEALTH_THRESHOLD = 44.5;

/** ISCO-08 groups counted as doctors, nurses and midwives. */
export const HEALTH_WORKFORCE_ISCO = {
  doctors: ['221'],
  nurses: ['2221', '3221'],
  midwives: ['2222', '3222'],
} as const;

export interface HealthWorkforce {
  country: string;
  population: number;
  doctors: number;
  nurses: number;
  midwives: number;
}

export interface HealthDensityWarning extends HealthWorkforce {
  kind: 'health_workforce_density_below_threshold';
  densityPer10000: number;
  threshold: number;
  /** Workers missing to reach the threshold. */
  shortfall: number;
}

/** Density per 10,000 population and a warning when under the threshold. */
export function healthDensityWarning(
  workforce: HealthWorkforce,
  threshold = WHO_SDG_HEALTH_THRESHOLD,
): HealthDensityWarning | null {
  if (workforce.population <= 0) return null;
  const workers = workforce.doctors + workforce.nurses + workforce.midwives;
  const densityPer10000 = (workers / workforce.population) * 10000;
  if (densityPer10000 >= threshold) return null;
  const shortfall = Math.ceil((threshold * workforce.population) / 10000 - workers);
  return {
    ...workforce,
    kind: 'health_workforce_density_below_threshold',
    densityPer10000,
    threshold,
    shortfall,
  };
}

/** Which health group an ISCO code counts in, if any (the most specific prefix wins). */
export function healthGroupOf(iscoCode: string): keyof typeof HEALTH_WORKFORCE_ISCO | null {
  for (const [group, codes] of Object.entries(HEALTH_WORKFORCE_ISCO))
    if (codes.some((c) => iscoCode.startsWith(c)))
      return group as keyof typeof HEALTH_WORKFORCE_ISCO;
  return null;
}
