import type { JourneyStatus } from './journey.js';
import { EXIT_REASONS, STAGES, type ExitReason, type Stage } from './stages.js';

/**
 * The coordinator's cohort view as a pure function over compact rows (docs/journeys.md#stats):
 * journeys grouped by what the view breaks down (a few thousand groups at most, whatever the
 * cohort's size), and a histogram of days spent per stage. The database does the grouping.
 */

/** Journeys sharing every field below, and how many they are. */
export interface GroupRow {
  stage: Stage;
  status: JourneyStatus;
  exitReason: ExitReason | null;
  gender: string;
  nationality: string;
  track: string | null;
  reached: number;
  count: number;
}

/** How many stays in a stage (by position in STAGES) lasted exactly `days`. */
export interface DaysRow {
  stageIndex: number;
  days: number;
  count: number;
}

export interface Breakdown {
  value: string;
  total: number;
  active: number;
  completed: number;
  exited: number;
}

export interface CohortStats {
  total: number;
  active: number;
  completed: number;
  exited: number;
  /** Per stage: how many journeys reached it, and how many are there now (active). */
  funnel: { stage: Stage; reached: number; current: number }[];
  /** Days spent in each stage by the journeys that moved on from it (median and 90th percentile). */
  timeInStage: { stage: Stage; stays: number; medianDays: number | null; p90Days: number | null }[];
  exits: { reason: ExitReason; count: number }[];
  breakdowns: { gender: Breakdown[]; nationality: Breakdown[]; track: Breakdown[] };
}

/**
 * The value at fraction `q` of a histogram (sorted by value), interpolated between the two
 * nearest ranks like SQL's `percentile_cont`.
 */
export function percentileOfHistogram(
  histogram: readonly { value: number; count: number }[],
  q: number,
): number | null {
  const n = histogram.reduce((sum, h) => sum + h.count, 0);
  if (n === 0) return null;
  const position = q * (n - 1);
  const lower = Math.floor(position);
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const h of histogram) {
      seen += h.count;
      if (rank < seen) return h.value;
    }
    return histogram[histogram.length - 1]?.value ?? 0;
  };
  const low = valueAt(lower);
  const high = valueAt(Math.min(n - 1, lower + 1));
  return low + (position - lower) * (high - low);
}

function breakdownBy(groups: readonly GroupRow[], key: (g: GroupRow) => string): Breakdown[] {
  const out = new Map<string, Breakdown>();
  for (const g of groups) {
    const value = key(g);
    const b = out.get(value) ?? { value, total: 0, active: 0, completed: 0, exited: 0 };
    b.total += g.count;
    b[g.status] += g.count;
    out.set(value, b);
  }
  return [...out.values()].sort((a, b) => b.total - a.total || a.value.localeCompare(b.value));
}

/** The cohort view from its grouped rows and its histogram of days per stage. */
export function cohortStats(groups: readonly GroupRow[], days: readonly DaysRow[]): CohortStats {
  const sum = (rows: readonly GroupRow[]) => rows.reduce((s, g) => s + g.count, 0);
  const funnel = STAGES.map((stage, i) => ({
    stage,
    reached: sum(groups.filter((g) => (g.reached & (1 << i)) !== 0)),
    current: sum(groups.filter((g) => g.stage === stage && g.status === 'active')),
  }));
  const timeInStage = STAGES.map((stage, i) => {
    const histogram = days
      .filter((d) => d.stageIndex === i)
      .map((d) => ({ value: d.days, count: d.count }))
      .sort((a, b) => a.value - b.value);
    return {
      stage,
      stays: histogram.reduce((s, h) => s + h.count, 0),
      medianDays: percentileOfHistogram(histogram, 0.5),
      p90Days: percentileOfHistogram(histogram, 0.9),
    };
  });
  return {
    total: sum(groups),
    active: sum(groups.filter((g) => g.status === 'active')),
    completed: sum(groups.filter((g) => g.status === 'completed')),
    exited: sum(groups.filter((g) => g.status === 'exited')),
    funnel,
    timeInStage,
    exits: EXIT_REASONS.map((reason) => ({
      reason,
      count: sum(groups.filter((g) => g.exitReason === reason)),
    })),
    breakdowns: {
      gender: breakdownBy(groups, (g) => g.gender),
      nationality: breakdownBy(groups, (g) => g.nationality),
      track: breakdownBy(groups, (g) => g.track ?? 'undecided'),
    },
  };
}
