import type { MatchOpening } from './match-profiles.js';
import type { MatchWeights } from './match-weights.js';
import { scoreFrom, skillFitOf, type SkillSums } from './score.js';
import { creditUnits, UNIT } from './skill-credit.js';

/** How a score reads: the words a person sees beside the calibrated number. */
export const SCORE_BANDS = ['strong', 'good', 'partial', 'weak'] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number];

/**
 * The least calibrated score (0–100) of each band, highest first (docs/matching.md#readable-scores):
 * strong from 80, good from 55, partial from 30, weak below.
 */
export const BAND_FLOORS: readonly { band: ScoreBand; from: number }[] = [
  { band: 'strong', from: 80 },
  { band: 'good', from: 55 },
  { band: 'partial', from: 30 },
  { band: 'weak', from: 0 },
];

/** The exact score beside its calibrated reading. */
export interface ReadableScore {
  /** The exact score 0–100, as ranked. */
  exact: number;
  /** What a complete fit on paper scores for this opening (see {@link attainableScore}). */
  attainable: number;
  /** The exact score as a share of the attainable one, 0–100, rounded, capped at 100. */
  value: number;
  band: ScoreBand;
}

/**
 * The score of a complete fit on paper for an opening: a person who holds, on their own
 * declaration, every essential skill (every optional one when it names no essential skill),
 * nothing else, no experience in the occupation, and meets every other condition. For a
 * programme it is 100 (a person holding half of what it teaches). Pure.
 */
export function attainableScore(
  kind: MatchOpening['kind'],
  totals: SkillSums,
  weights: MatchWeights,
): number {
  if (kind === 'programme') return 100;
  const credit = creditUnits('self_declared', false, weights) / UNIT;
  const essential = totals.essential * credit;
  const optional = totals.essential > 0 ? 0 : totals.optional * credit;
  const fit = skillFitOf(
    false,
    essential,
    optional,
    totals.essential,
    totals.optional,
    weights.optionalSkills,
  );
  return scoreFrom(kind, fit, 0, 1, 1, 1, 1, weights);
}

/** The band of a calibrated score. */
export function bandOf(value: number): ScoreBand {
  return BAND_FLOORS.find((b) => value >= b.from)?.band ?? 'weak';
}

/** An exact score read against what the opening makes attainable. Pure. */
export function readableScore(exact: number, attainable: number): ReadableScore {
  const value =
    attainable > 0 ? Math.min(100, Math.round((100 * exact) / attainable)) : Math.round(exact);
  return { exact, attainable, value, band: bandOf(value) };
}
