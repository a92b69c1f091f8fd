import { monthIndex } from './observation.js';

/**
 * Gap indicators (docs/labour-market.md): demand, supply, gap = demand − supply, ratio =
 * demand / supply, a shortage / balance / surplus classification by documented thresholds,
 * persistence of that classification over 3, 6 and 12 months, and the trend of the gap.
 */
export interface GapThresholds {
  /** demand / supply at or above this is a shortage. */
  shortageRatio: number;
  /** demand / supply at or below this is a surplus. */
  surplusRatio: number;
  /** Months of gap history the trend is fitted over. */
  trendMonths: number;
}

/** The default thresholds: 20% more demand than supply is a shortage, 20% less a surplus. */
export const DEFAULT_THRESHOLDS: GapThresholds = {
  shortageRatio: 1.2,
  surplusRatio: 0.8,
  trendMonths: 6,
};

export type Classification = 'shortage' | 'balance' | 'surplus';

export interface MonthlyFigures {
  month: string;
  demand: number;
  supply: number;
}

export interface GapIndicator extends MonthlyFigures {
  gap: number;
  /** demand / supply; null when there is no supply. */
  ratio: number | null;
  classification: Classification;
  /** Share of the last 3, 6 and 12 months (this one included) with the same classification. */
  persistence: { months3: number; months6: number; months12: number };
  /** Least-squares slope of the gap per month over the last `trendMonths` months. */
  trendSlope: number;
  trend: 'rising' | 'stable' | 'falling';
}

/** Classifies one month's figures. No supply and some demand is a shortage; nothing is balance. */
export function classifyGap(
  demand: number,
  supply: number,
  thresholds: GapThresholds = DEFAULT_THRESHOLDS,
): Classification {
  if (supply === 0) return demand > 0 ? 'shortage' : 'balance';
  const ratio = demand / supply;
  if (ratio >= thresholds.shortageRatio) return 'shortage';
  if (ratio <= thresholds.surplusRatio) return 'surplus';
  return 'balance';
}

/** Slope of the least-squares line through (x, y). */
export function leastSquaresSlope(points: readonly { x: number; y: number }[]): number {
  if (points.length < 2) return 0;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/** The indicators of every month of one series (one cell), in month order. */
export function gapIndicators(
  series: readonly MonthlyFigures[],
  thresholds: GapThresholds = DEFAULT_THRESHOLDS,
): GapIndicator[] {
  const sorted = [...series].sort((a, b) => monthIndex(a.month) - monthIndex(b.month));
  const byMonth = new Map(
    sorted.map((f) => [
      monthIndex(f.month),
      { ...f, classification: classifyGap(f.demand, f.supply, thresholds) },
    ]),
  );
  return sorted.map((f) => {
    const at = monthIndex(f.month);
    const classification = classifyGap(f.demand, f.supply, thresholds);
    const persistence = (window: number) => {
      let same = 0;
      for (let m = at - window + 1; m <= at; m++)
        if (byMonth.get(m)?.classification === classification) same++;
      return same / window;
    };
    const history: { x: number; y: number }[] = [];
    for (let m = at - thresholds.trendMonths + 1; m <= at; m++) {
      const past = byMonth.get(m);
      if (past) history.push({ x: m, y: past.demand - past.supply });
    }
    const trendSlope = leastSquaresSlope(history);
    const scale = Math.max(1, (f.demand + f.supply) / 2);
    const trend =
      Math.abs(trendSlope) < 0.01 * scale ? 'stable' : trendSlope > 0 ? 'rising' : 'falling';
    return {
      ...f,
      gap: f.demand - f.supply,
      ratio: f.supply === 0 ? null : f.demand / f.supply,
      classification,
      persistence: { months3: persistence(3), months6: persistence(6), months12: persistence(12) },
      trendSlope,
      trend,
    };
  });
}
