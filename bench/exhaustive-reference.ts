/**
 * The exhaustive reference as a fair opponent: what does not depend on the query is computed
 * once, before timing (each person's skill credits, each opening's totals), as a server scanning
 * every profile would keep it; each query then scores every profile that passes its filter.
 * It must return what the index returns (the bench counts identical top-10s).
 */
import {
  candidatePasses,
  openingPasses,
  type CandidateFilter,
  type OpeningFilter,
} from '../src/matching/match-filters.js';
import type { MatchCandidate, MatchOpening } from '../src/matching/match-profiles.js';
import { earnedSums, openingTotals, scoreParts, type ScoreContext } from '../src/matching/score.js';
import { candidateCredits } from '../src/matching/skill-credit.js';
import { TopK, type Ranked } from '../src/matching/top-k.js';
import type { ConsentingCandidate } from '../src/matching/exhaustive-matcher.js';

type Credits = ReturnType<typeof candidateCredits>;
type Totals = ReturnType<typeof openingTotals>;

export interface PreparedPeople {
  people: { p: ConsentingCandidate; credits: Credits }[];
}
export interface PreparedOpenings {
  openings: { opening: MatchOpening; totals: Totals }[];
}

export const preparePeople = (people: readonly ConsentingCandidate[], ctx: ScoreContext) => ({
  people: people.map((p) => ({
    p,
    credits: candidateCredits(p.candidate, ctx.graph, ctx.weights),
  })),
});

export const prepareOpenings = (openings: readonly MatchOpening[], ctx: ScoreContext) => ({
  openings: openings.map((opening) => ({ opening, totals: openingTotals(opening, ctx.graph) })),
});

export function rankOpeningsPrepared(
  candidate: MatchCandidate,
  prepared: PreparedOpenings,
  filter: OpeningFilter,
  limit: number,
  ctx: ScoreContext,
): Ranked<MatchOpening>[] {
  const credits = candidateCredits(candidate, ctx.graph, ctx.weights);
  const top = new TopK<MatchOpening>(limit);
  for (const { opening, totals } of prepared.openings) {
    if (!openingPasses(opening, filter)) continue;
    const earned = earnedSums(opening, credits, ctx.graph);
    const { score } = scoreParts(candidate, opening, earned, totals, ctx);
    if (score > 0) top.offer({ score, id: opening.id, item: opening });
  }
  return top.sorted();
}

export function rankCandidatesPrepared(
  opening: MatchOpening,
  prepared: PreparedPeople,
  filter: CandidateFilter,
  limit: number,
  ctx: ScoreContext,
): Ranked<MatchCandidate>[] {
  const totals = openingTotals(opening, ctx.graph);
  const top = new TopK<MatchCandidate>(limit);
  for (const { p, credits } of prepared.people) {
    if (!candidatePasses(p.candidate, p.consents, filter)) continue;
    const earned = earnedSums(opening, credits, ctx.graph);
    const { score } = scoreParts(p.candidate, opening, earned, totals, ctx);
    if (score > 0) top.offer({ score, id: p.candidate.id, item: p.candidate });
  }
  return top.sorted();
}
