import type { EvidenceLevel } from '../people/profile-fields.js';
import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import {
  earnedSums,
  openingTotals,
  scoreParts,
  type ScoreContext,
  type ScoreParts,
} from './score.js';
import { attainableScore, readableScore, type ReadableScore } from './readable-score.js';
import { candidateCredits, UNIT, type SkillCredit } from './skill-credit.js';

/** How each required skill of an opening is met by a candidate. */
export interface SkillCoverage {
  held: { uri: string; evidence: EvidenceLevel }[];
  /** Met only through a broader or narrower skill the candidate holds (`via`). */
  partial: { uri: string; via: string }[];
  missing: string[];
}

/** Why a candidate and an opening match as they do: every part of the score, as data. */
export interface MatchExplanation extends Omit<ScoreParts, 'score'> {
  score: number;
  /** The score as people read it: a share of what the opening makes attainable, and its band. */
  readable: ReadableScore;
  essential: SkillCoverage;
  optional: SkillCoverage;
  /** Fixed-point sums, so that the score can be recomputed from the explanation. */
  earnedUnits: { essential: number; optional: number };
  heldEqfLevel: number | null;
  possibleUnits: { essential: number; optional: number };
  unit: number;
}

function coverage(
  skills: readonly string[],
  candidate: MatchCandidate,
  credits: ReadonlyMap<string, SkillCredit>,
): SkillCoverage {
  const result: SkillCoverage = { held: [], partial: [], missing: [] };
  for (const uri of skills) {
    const credit = credits.get(uri);
    const evidence = candidate.skills.get(uri);
    if (evidence) result.held.push({ uri, evidence });
    else if (credit?.via) result.partial.push({ uri, via: credit.via });
    else result.missing.push(uri);
  }
  return result;
}

/**
 * The explained score of one pair: the same computation as the ranking, kept in full. Pure.
 * `credits`: the candidate's {@link candidateCredits} under `ctx.weights`, when the caller
 * explains several openings for one person and computes them once.
 */
export function explainMatch(
  candidate: MatchCandidate,
  opening: MatchOpening,
  ctx: ScoreContext,
  credits: ReadonlyMap<string, SkillCredit> = candidateCredits(candidate, ctx.graph, ctx.weights),
): MatchExplanation {
  const earned = earnedSums(opening, credits, ctx.graph);
  const totals = openingTotals(opening, ctx.graph);
  const parts = scoreParts(candidate, opening, earned, totals, ctx);
  return {
    ...parts,
    readable: readableScore(parts.score, attainableScore(opening.kind, totals, ctx.weights)),
    essential: coverage(opening.essential, candidate, credits),
    optional: coverage(opening.optional, candidate, credits),
    earnedUnits: earned,
    heldEqfLevel: candidate.eqfLevel,
    possibleUnits: totals,
    unit: UNIT,
  };
}
