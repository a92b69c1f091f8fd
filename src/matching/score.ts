import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import type { MatchWeights } from './match-weights.js';
import { type OccupationProximity } from './occupation-proximity.js';
import {
  languageFactor,
  locationFactor,
  preferenceFactor,
  qualificationFactor,
} from './score-factors.js';
import { skillUnits, UNIT, type SkillCredit } from './skill-credit.js';
import type { SkillGraph } from './skill-graph.js';

/** What scoring reads besides the two profiles: the taxonomy, the weights, the proximity memo. */
export interface ScoreContext {
  graph: SkillGraph;
  weights: MatchWeights;
  proximity: OccupationProximity;
}

/** Fixed-point sums of an opening's required skills: what is possible, or what a candidate earns. */
export interface SkillSums {
  essential: number;
  optional: number;
}

/** The most an opening's skills can earn (every skill held and certified). */
export function openingTotals(
  opening: MatchOpening,
  graph: Pick<SkillGraph, 'specificity'>,
): SkillSums {
  const total = (skills: readonly string[]) =>
    skills.reduce((sum, s) => sum + skillUnits(graph, s) * UNIT, 0);
  return { essential: total(opening.essential), optional: total(opening.optional) };
}

/** What a candidate earns on an opening's skills, given the candidate's credits. */
export function earnedSums(
  opening: MatchOpening,
  credits: ReadonlyMap<string, SkillCredit>,
  graph: Pick<SkillGraph, 'specificity'>,
): SkillSums {
  const earned = (skills: readonly string[]) =>
    skills.reduce((sum, s) => sum + skillUnits(graph, s) * (credits.get(s)?.units ?? 0), 0);
  return { essential: earned(opening.essential), optional: earned(opening.optional) };
}

/**
 * Skill fit 0..1 from the sums. Vacancies: coverage of essential skills, with optional skills at
 * their weight. Programmes: `4·f·(1 − f)` of the coverage f of what they teach — highest for
 * people who hold half of it (a foundation to build on and as much to gain), 0 for people who
 * hold none or all of it.
 */
export function skillFit(
  kind: MatchOpening['kind'],
  earned: SkillSums,
  totals: SkillSums,
  weights: Pick<MatchWeights, 'optionalSkills'>,
): number {
  return skillFitOf(
    kind === 'programme',
    earned.essential,
    earned.optional,
    totals.essential,
    totals.optional,
    weights.optionalSkills,
  );
}

/** {@link skillFit} on plain numbers, for the indexes' inner loops (no allocation). */
export function skillFitOf(
  programme: boolean,
  earnedEssential: number,
  earnedOptional: number,
  totalEssential: number,
  totalOptional: number,
  optionalWeight: number,
): number {
  if (programme) {
    if (totalEssential <= 0) return 0;
    const f = earnedEssential / totalEssential;
    return 4 * f * (1 - f);
  }
  if (totalEssential > 0 && totalOptional > 0)
    return (
      (earnedEssential / totalEssential + (optionalWeight * earnedOptional) / totalOptional) /
      (1 + optionalWeight)
    );
  if (totalEssential > 0) return earnedEssential / totalEssential;
  if (totalOptional > 0) return earnedOptional / totalOptional;
  return 0;
}

/**
 * The product of the language, qualification, preference and location factors: what an index
 * may compute once for many openings (or candidates) that share them.
 */
export function factorProduct(
  candidate: MatchCandidate,
  opening: MatchOpening,
  ctx: ScoreContext,
): number {
  const { weights } = ctx;
  return (
    languageFactor(candidate, opening, weights).factor *
    qualificationFactor(candidate, opening, weights).factor *
    preferenceFactor(candidate, opening, weights).factor *
    locationFactor(candidate, opening, weights).factor
  );
}

/**
 * A bound on the skill fit of every row of a block of openings, from bounds on what the rows
 * earn (`earnedA`, `earnedB`: essential and optional) and the least positive totals of the rows
 * (`minTotalA`, `minTotalB`, Infinity when none), with `zeroTotals` bit 1 (2) set when some row
 * has no essential (optional) skill; `coverageCap` a bound on essential coverage known otherwise.
 * Rounding is covered by {@link tightCeiling}'s widening.
 */
export function fitCeiling(
  programme: boolean,
  earnedA: number,
  earnedB: number,
  minTotalA: number,
  minTotalB: number,
  zeroTotals: number,
  optionalWeight: number,
  coverageCap = 1,
): number {
  const e = earnedA <= 0 ? 0 : Math.min(coverageCap, earnedA / minTotalA);
  if (programme) return e >= 0.5 ? 1 : 4 * e * (1 - e);
  const o = earnedB <= 0 ? 0 : Math.min(1, earnedB / minTotalB);
  // Rows with both kinds of skills blend them; a row lacking one kind is fit on the other alone.
  let fit = (e + optionalWeight * o) / (1 + optionalWeight);
  if (zeroTotals & 2) fit = Math.max(fit, e);
  if (zeroTotals & 1) fit = Math.max(fit, o);
  return fit;
}

/**
 * A bound on the score from the skill fit, the proximity and the factor product, computed in an
 * order other than {@link scoreParts}'s and therefore widened by a relative 1e-9 so that rounding
 * can never put it below the score it bounds.
 */
export function tightCeiling(
  kind: MatchOpening['kind'],
  fit: number,
  proximity: number,
  factors: number,
  weights: MatchWeights,
): number {
  if (fit <= 0) return 0;
  const base =
    kind === 'programme'
      ? fit
      : (1 - weights.occupationProximity) * fit + weights.occupationProximity * proximity;
  return 100 * base * factors * (1 + 1e-9);
}

/**
 * {@link tightCeiling} for one kind of opening under one set of weights, to the last bit: what
 * an index calls row after row, with the kind's test and the weights' lookups done once.
 */
export function ceilingOf(
  kind: MatchOpening['kind'],
  weights: MatchWeights,
): (fit: number, proximity: number, factors: number) => number {
  if (kind === 'programme')
    return (fit, _proximity, factors) => (fit <= 0 ? 0 : 100 * fit * factors * (1 + 1e-9));
  const w = weights.occupationProximity;
  return (fit, proximity, factors) =>
    fit <= 0 ? 0 : 100 * ((1 - w) * fit + w * proximity) * factors * (1 + 1e-9);
}

/**
 * The least essential coverage (earned ÷ total essential units, 0–1) an opening's skill fit
 * needs for {@link tightCeiling} to reach `floor` with the given proximity and factors, with
 * optional skills at their best: a lower bound, kept below the exact threshold by a margin, and
 * 0 when any coverage may do. Indexes drop the rows that cannot reach it.
 */
export function essentialCoverageNeeded(
  kind: MatchOpening['kind'],
  floor: number,
  proximity: number,
  factors: number,
  weights: MatchWeights,
): number {
  if (!(floor > 0) || !(factors > 0)) return 0;
  const base = floor / (100 * factors * (1 + 1e-9));
  let share: number;
  if (kind === 'programme') {
    // 4·f·(1 − f) ≥ base needs f ≥ (1 − √(1 − base)) / 2.
    share = base >= 1 ? 0.5 : (1 - Math.sqrt(1 - base)) / 2;
  } else {
    const w = weights.occupationProximity;
    if (w >= 1) return 0;
    const fit = (base - w * proximity) / (1 - w);
    // fit = (E + o·Opt) / (1 + o) with Opt ≤ 1 needs E ≥ (1 + o)·fit − o.
    const o = weights.optionalSkills;
    share = (1 + o) * fit - o;
  }
  return Math.max(0, share * (1 - 1e-9) - 1e-12);
}

/** Every part of a score, for the explanation and for the final number. */
export interface ScoreParts {
  fit: number;
  proximity: ReturnType<OccupationProximity>;
  language: ReturnType<typeof languageFactor>;
  qualification: ReturnType<typeof qualificationFactor>;
  preferences: ReturnType<typeof preferenceFactor>;
  location: ReturnType<typeof locationFactor>;
  score: number;
}

/**
 * The score 0–100 from the skill sums: the base (skill fit, blended with occupation proximity
 * for vacancies) times the language, qualification, preference and location factors. No skill
 * in common means no match (score 0), whatever else fits. Pure; docs/matching.md#score.
 */
export function scoreParts(
  candidate: MatchCandidate,
  opening: MatchOpening,
  earned: SkillSums,
  totals: SkillSums,
  ctx: ScoreContext,
): ScoreParts {
  const { weights } = ctx;
  const fit = skillFit(opening.kind, earned, totals, weights);
  const proximity = ctx.proximity(
    opening.kind === 'vacancy' ? candidate.occupations : [],
    opening.occupationUri,
  );
  const language = languageFactor(candidate, opening, weights);
  const qualification = qualificationFactor(candidate, opening, weights);
  const preferences = preferenceFactor(candidate, opening, weights);
  const location = locationFactor(candidate, opening, weights);
  const score = scoreFrom(
    opening.kind,
    fit,
    proximity.value,
    language.factor,
    qualification.factor,
    preferences.factor,
    location.factor,
    weights,
  );
  return { fit, proximity, language, qualification, preferences, location, score };
}

/**
 * The score from its parts' numbers ({@link scoreParts}): what an index computes from factors it
 * has already computed, to the same bit.
 */
export function scoreFrom(
  kind: MatchOpening['kind'],
  fit: number,
  proximity: number,
  language: number,
  qualification: number,
  preferences: number,
  location: number,
  weights: Pick<MatchWeights, 'occupationProximity'>,
): number {
  if (fit <= 0) return 0;
  const base =
    kind === 'programme'
      ? fit
      : (1 - weights.occupationProximity) * fit + weights.occupationProximity * proximity;
  return 100 * base * language * qualification * preferences * location;
}
