import type { ExtractedConcept } from './extract-concepts.js';

/** Confidence from which a ranked hit is proposed to the user as found (tuned on TECH validation). */
export const PROPOSAL_CONFIDENCE = 0.7;

/** The hits worth proposing: complete label matches with enough confidence. */
export function proposedHits(ranking: readonly ExtractedConcept[]): ExtractedConcept[] {
  return ranking.filter((h) => h.coverage >= 0.999 && h.confidence >= PROPOSAL_CONFIDENCE);
}
