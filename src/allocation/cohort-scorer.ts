import {
  candidateForMatching,
  programmeForMatching,
  vacancyForMatching,
  type MatchCandidate,
  type MatchOpening,
} from '../matching/match-profiles.js';
import { earnedSums, openingTotals, scoreParts, type ScoreContext } from '../matching/score.js';
import { candidateCredits, type SkillCredit } from '../matching/skill-credit.js';
import type { CandidateProfile } from '../people/candidates/candidate-profile.js';
import { skillsTaught, type Programme } from '../people/programmes/programme.js';
import type { Vacancy } from '../people/vacancies/vacancy.js';
import { essentialSkillShareScore, SKILL_SHARE_SCORE_MODEL } from './cohort-score.js';

/** The rows a cohort is scored from: profiles, postings and programmes as stored. */
export interface CohortRows {
  candidates: readonly { id: string; profile: CandidateProfile }[];
  /** With the priority occupation each slot's accepted link fills, when loaded from links. */
  vacancies: readonly { id: string; posting: Vacancy; occupation?: string }[];
  programmes: readonly {
    id: string;
    programme: Programme;
    providerCountry: string;
    occupation?: string;
  }[];
}

/**
 * How a cohort's pairs are scored: a named model that prepares a score function over the rows.
 * Slots are numbered vacancies first, then programmes (as in cohort-problem.ts).
 */
export interface CohortScorer {
  model: string;
  prepare(rows: CohortRows): (candidateIndex: number, slotIndex: number) => number | null;
}

/** The fallback without a taxonomy: the share of each slot's essential skills a candidate holds. */
export const skillShareScorer: CohortScorer = {
  model: SKILL_SHARE_SCORE_MODEL,
  prepare(rows) {
    const held = rows.candidates.map((c) => new Set(c.profile.skills.map((s) => s.uri)));
    const essentials = [
      ...rows.vacancies.map((v) => v.posting.essentialSkills),
      ...rows.programmes.map((p) => skillsTaught(p.programme)),
    ];
    return (i, j) => essentialSkillShareScore(held[i] ?? new Set(), essentials[j] ?? []);
  },
};

/** Scores are kept to two decimals: a snapshot stays small and re-runs compare exactly. */
const twoDecimals = (x: number) => Math.round(Math.min(100, Math.max(0, x)) * 100) / 100;

/**
 * The matching engine's score (src/matching/score.ts, docs/matching.md#score) on every pair:
 * skill fit with evidence and the skill hierarchy, occupation proximity, languages, level,
 * preferences and location. A pair scoring 0 (no skill in common) is not eligible. Recorded
 * recognition decisions are not read here (the candidates carry none).
 */
export function matchingScorer(ctx: ScoreContext, model: string): CohortScorer {
  return {
    model,
    prepare(rows) {
      const candidates: MatchCandidate[] = rows.candidates.map((c) =>
        candidateForMatching(c.id, c.profile),
      );
      const openings: MatchOpening[] = [
        ...rows.vacancies.map((v) => vacancyForMatching(v.id, v.posting, ctx.graph)),
        ...rows.programmes.map((p) => programmeForMatching(p.id, p.programme, p.providerCountry)),
      ];
      const totals = openings.map((o) => openingTotals(o, ctx.graph));
      const credits: Map<string, SkillCredit>[] = [];
      return (i, j) => {
        const candidate = candidates[i];
        const opening = openings[j];
        const total = totals[j];
        if (!candidate || !opening || !total) return null;
        credits[i] ??= candidateCredits(candidate, ctx.graph, ctx.weights);
        const earned = earnedSums(opening, credits[i], ctx.graph);
        const { score } = scoreParts(candidate, opening, earned, total, ctx);
        return score > 0 ? twoDecimals(score) : null;
      };
    },
  };
}
