import type { RuleViolation } from './rule-violation.js';
import { TRACKS, type Track } from './vocabulary.js';

/**
 * How many people a partnership prepares and how they spread: shares are percentages of the
 * cohort, caps are numbers of people. Rules: docs/partnerships.md#quotas.
 */
export interface Quotas {
  /** Size of the cohort over the partnership's life; null when not fixed yet. */
  cohortSize: number | null;
  /** Target share of the cohort per track, in percent. */
  trackShares: Partial<Record<Track, number>>;
  /** Minimum share of women in the cohort, in percent. */
  minWomenShare: number | null;
  /** Most people per priority occupation (ISCO-08 code). */
  perOccupation: { occupation: string; max: number }[];
  /** Most people per region of origin (ISO 3166-2 or a name). */
  perRegion: { region: string; max: number }[];
  /**
   * The lowest matching score (0–100) at which a person may be allocated to a slot; absent means
   * the default, 40 (DEFAULT_MINIMUM_SCORE).
   */
  minimumScore?: number | undefined;
}

/** The minimum score of a partnership's allocation when its quotas set none. */
export const DEFAULT_MINIMUM_SCORE = 40;

export const noQuotas: Quotas = {
  cohortSize: null,
  trackShares: {},
  minWomenShare: null,
  perOccupation: [],
  perRegion: [],
};

const OUT_OF_RANGE = 'partnerships.quota_out_of_range';
const INCONSISTENT = 'partnerships.quotas_inconsistent';

function percentage(field: string, value: number | null | undefined): RuleViolation[] {
  if (value === null || value === undefined) return [];
  if (Number.isFinite(value) && value >= 0 && value <= 100) return [];
  return [
    { code: OUT_OF_RANGE, field, reason: `must be a percentage between 0 and 100, got ${value}` },
  ];
}

function count(field: string, value: number): RuleViolation[] {
  if (Number.isInteger(value) && value >= 0) return [];
  return [{ code: OUT_OF_RANGE, field, reason: `must be a whole number of people, got ${value}` }];
}

function trackShareViolations(quotas: Quotas, tracks: readonly Track[]): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const shared = TRACKS.filter((t) => quotas.trackShares[t] !== undefined);
  for (const track of shared) {
    const field = `quotas.trackShares.${track}`;
    violations.push(...percentage(field, quotas.trackShares[track]));
    if (!tracks.includes(track)) {
      violations.push({ code: INCONSISTENT, field, reason: `the ${track} track is not offered` });
    }
  }
  if (violations.length > 0) return violations;
  const total = shared.reduce((sum, t) => sum + (quotas.trackShares[t] ?? 0), 0);
  if (total > 100 + 1e-9) {
    violations.push({
      code: INCONSISTENT,
      field: 'quotas.trackShares',
      reason: `add up to ${total}% of the cohort, more than 100%`,
    });
  } else if (shared.length === tracks.length && shared.length > 0 && total < 100 - 1e-9) {
    violations.push({
      code: INCONSISTENT,
      field: 'quotas.trackShares',
      reason: `cover every offered track but add up to ${total}%, not 100%`,
    });
  }
  return violations;
}

function capViolations(
  field: 'perOccupation' | 'perRegion',
  caps: { key: string; max: number }[],
  cohortSize: number | null,
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const seen = new Set<string>();
  caps.forEach((cap, i) => {
    const at = `quotas.${field}.${i}`;
    violations.push(...count(`${at}.max`, cap.max));
    if (seen.has(cap.key)) {
      violations.push({ code: INCONSISTENT, field: at, reason: `repeats ${cap.key}` });
    }
    seen.add(cap.key);
    if (cohortSize !== null && cap.max > cohortSize) {
      violations.push({
        code: INCONSISTENT,
        field: `${at}.max`,
        reason: `is ${cap.max}, more than the cohort of ${cohortSize}`,
      });
    }
  });
  const sum = caps.reduce((s, c) => s + c.max, 0);
  if (violations.length === 0 && cohortSize !== null && caps.length > 0 && sum < cohortSize) {
    violations.push({
      code: INCONSISTENT,
      field: `quotas.${field}`,
      reason: `caps add up to ${sum}, fewer than the cohort of ${cohortSize}: some places could never be filled`,
    });
  }
  return violations;
}

/** Every way the quotas break the rules, given the tracks and priority occupations offered. */
export function quotaViolations(
  quotas: Quotas,
  offer: { tracks: readonly Track[]; occupations: readonly string[] },
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (quotas.cohortSize !== null) violations.push(...count('quotas.cohortSize', quotas.cohortSize));
  violations.push(...trackShareViolations(quotas, offer.tracks));
  violations.push(...percentage('quotas.minWomenShare', quotas.minWomenShare));
  violations.push(...percentage('quotas.minimumScore', quotas.minimumScore));
  const cohort = violations.length === 0 ? quotas.cohortSize : null;
  violations.push(
    ...capViolations(
      'perOccupation',
      quotas.perOccupation.map((c) => ({ key: c.occupation, max: c.max })),
      cohort,
    ),
  );
  quotas.perOccupation.forEach((cap, i) => {
    if (!offer.occupations.includes(cap.occupation)) {
      violations.push({
        code: INCONSISTENT,
        field: `quotas.perOccupation.${i}.occupation`,
        reason: `${cap.occupation} is not a priority occupation of the partnership`,
      });
    }
  });
  violations.push(
    ...capViolations(
      'perRegion',
      quotas.perRegion.map((c) => ({ key: c.region, max: c.max })),
      cohort,
    ),
  );
  return violations;
}

/** The number of places per track that the shares give for the cohort (rounded down). */
export function placesPerTrack(quotas: Quotas): Partial<Record<Track, number>> {
  if (quotas.cohortSize === null) return {};
  const size = quotas.cohortSize;
  return Object.fromEntries(
    TRACKS.filter((t) => quotas.trackShares[t] !== undefined).map((t) => [
      t,
      Math.floor((size * (quotas.trackShares[t] ?? 0)) / 100),
    ]),
  );
}
