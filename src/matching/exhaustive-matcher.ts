import {
  candidatePasses,
  openingPasses,
  type CandidateConsents,
  type CandidateFilter,
  type OpeningFilter,
} from './match-filters.js';
import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import { earnedSums, openingTotals, scoreParts, type ScoreContext } from './score.js';
import { candidateCredits } from './skill-credit.js';
import { TopK, type Ranked } from './top-k.js';

/** A candidate with the consents that decide who may see them. */
export interface ConsentingCandidate {
  candidate: MatchCandidate;
  consents: CandidateConsents;
}

/**
 * The reference scorer: scores every opening that passes the filter, one by one. The index must
 * return exactly what this returns (property-tested); the benchmark times both.
 */
export function rankOpeningsExhaustively(
  candidate: MatchCandidate,
  openings: Iterable<MatchOpening>,
  filter: OpeningFilter,
  limit: number,
  ctx: ScoreContext,
): Ranked<MatchOpening>[] {
  const credits = candidateCredits(candidate, ctx.graph, ctx.weights);
  const top = new TopK<MatchOpening>(limit);
  for (const opening of openings) {
    if (!openingPasses(opening, filter)) continue;
    const earned = earnedSums(opening, credits, ctx.graph);
    const { score } = scoreParts(
      candidate,
      opening,
      earned,
      openingTotals(opening, ctx.graph),
      ctx,
    );
    if (score > 0) top.offer({ score, id: opening.id, item: opening });
  }
  return top.sorted();
}

export function rankCandidatesExhaustively(
  opening: MatchOpening,
  candidates: Iterable<ConsentingCandidate>,
  filter: CandidateFilter,
  limit: number,
  ctx: ScoreContext,
): Ranked<MatchCandidate>[] {
  const totals = openingTotals(opening, ctx.graph);
  const top = new TopK<MatchCandidate>(limit);
  for (const p of candidates) {
    if (!candidatePasses(p.candidate, p.consents, filter)) continue;
    const credits = candidateCredits(p.candidate, ctx.graph, ctx.weights);
    const earned = earnedSums(opening, credits, ctx.graph);
    const { score } = scoreParts(p.candidate, opening, earned, totals, ctx);
    if (score > 0) top.offer({ score, id: p.candidate.id, item: p.candidate });
  }
  return top.sorted();
}
