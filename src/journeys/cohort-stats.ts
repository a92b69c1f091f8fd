import type { JourneyStatus } from './journey.js';
import { EXIT_REASONS, STAGES, type ExitReason, type Stage } from './stages.js';

/**
 * The coordinator's cohort view as a pure function over compact rows (docs/journeys.md#stats):
 * tallies (how many journeys of each status have a value: a current stage, a stage reached, an
 * exit reason, a gender, a nationality, a track) and a histogram of days spent per stage. The
 * database keeps them on write (`cohort-tally.schema.ts`), or groups journey rows for the filters
 * it does not keep them by (`talliesOfGroups`).
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

/** What a tally counts journeys by. */
export type TallyDimension = 'stage' | 'reached' | 'exit' | 'gender' | 'nationality' | 'track';

/** How many journeys of a status have a value (for `reached`: a stage index, as text). */
export interface TallyRow {
  status: JourneyStatus;
  dimension: TallyDimension;
  value: string;
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

function breakdownBy(tallies: readonly TallyRow[], dimension: TallyDimension): Breakdown[] {
  const out = new Map<string, Breakdown>();
  for (const t of tallies) {
    if (t.dimension !== dimension) continue;
    const b = out.get(t.value) ?? { value: t.value, total: 0, active: 0, completed: 0, exited: 0 };
    b.total += t.count;
    b[t.status] += t.count;
    out.set(t.value, b);
  }
  return [...out.values()].sort((a, b) => b.total - a.total || a.value.localeCompare(b.value));
}

/** The tallies of grouped journey rows. */
export function talliesOfGroups(groups: readonly GroupRow[]): TallyRow[] {
  const out = new Map<string, TallyRow>();
  const add = (status: JourneyStatus, dimension: TallyDimension, value: string, count: number) => {
    const key = `${status}\u0000${dimension}\u0000${value}`;
    const t = out.get(key) ?? { status, dimension, value, count: 0 };
    t.count += count;
    out.set(key, t);
  };
  for (const g of groups) {
    add(g.status, 'stage', g.stage, g.count);
    add(g.status, 'gender', g.gender, g.count);
    add(g.status, 'nationality', g.nationality, g.count);
    add(g.status, 'track', g.track ?? 'undecided', g.count);
    if (g.exitReason !== null) add(g.status, 'exit', g.exitReason, g.count);
    STAGES.forEach((_, i) => {
      if ((g.reached & (1 << i)) !== 0) add(g.status, 'reached', String(i), g.count);
    });
  }
  return [...out.values()];
}

/**
 * The cohort view from its tallies and its histogram of days per stage. Rows may repeat a key
 * (they are summed) and may count zero (ignored).
 */
export function cohortStats(tallies: readonly TallyRow[], days: readonly DaysRow[]): CohortStats {
  const counted = tallies.filter((t) => t.count !== 0);
  const sum = (keep: (t: TallyRow) => boolean) =>
    counted.reduce((s, t) => (keep(t) ? s + t.count : s), 0);
  const stages = counted.filter((t) => t.dimension === 'stage');
  const ofStatus = (status: JourneyStatus) =>
    stages.reduce((s, t) => (t.status === status ? s + t.count : s), 0);
  const funnel = STAGES.map((stage, i) => ({
    stage,
    reached: sum((t) => t.dimension === 'reached' && t.value === String(i)),
    current: sum((t) => t.dimension === 'stage' && t.value === stage && t.status === 'active'),
  }));
  const histograms = STAGES.map(() => [] as { value: number; count: number }[]);
  for (const d of days)
    if (d.count !== 0) histograms[d.stageIndex]?.push({ value: d.days, count: d.count });
  const timeInStage = STAGES.map((stage, i) => {
    const histogram = histograms[i]!.sort((a, b) => a.value - b.value);
    return {
      stage,
      stays: histogram.reduce((s, h) => s + h.count, 0),
      medianDays: percentileOfHistogram(histogram, 0.5),
      p90Days: percentileOfHistogram(histogram, 0.9),
    };
  });
  return {
    total: stages.reduce((s, t) => s + t.count, 0),
    active: ofStatus('active'),
    completed: ofStatus('completed'),
    exited: ofStatus('exited'),
    funnel,
    timeInStage,
    exits: EXIT_REASONS.map((reason) => ({
      reason,
      count: sum((t) => t.dimension === 'exit' && t.value === reason),
    })),
    breakdowns: {
      gender: breakdownBy(counted, 'gender'),
      nationality: breakdownBy(counted, 'nationality'),
      track: breakdownBy(counted, 'track'),
    },
  };
}
