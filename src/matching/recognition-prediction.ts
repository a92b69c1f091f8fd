import { outcomeRank } from '../recognition/outcome.js';
import type { PredictionKey, RecognitionPrediction } from '../recognition/prediction.js';
import type { MatchCandidate, MatchOpening } from './match-profiles.js';

/**
 * The pairs the engine is asked about for one match (docs/matching.md#predicted-recognition):
 * one per catalogue qualification of the person, for a vacancy with an occupation in a country
 * where no recognition case of theirs is decided. None otherwise: a decision replaces a
 * prediction. Pure.
 */
export function predictionKeys(
  candidate: Pick<MatchCandidate, 'recognitions'>,
  qualificationIds: readonly string[],
  opening: Pick<MatchOpening, 'kind' | 'country' | 'occupationUri'>,
  asOf: string,
): PredictionKey[] {
  const { occupationUri, country } = opening;
  if (opening.kind !== 'vacancy' || !occupationUri) return [];
  if (candidate.recognitions.some((r) => r.country === country)) return [];
  return [...qualificationIds]
    .sort()
    .map((qualificationId) => ({ qualificationId, country, occupationUri, asOf }));
}

/** The best of a person's predictions: highest outcome, then fewest measures, then lowest id. */
export function bestPrediction(
  predictions: readonly (RecognitionPrediction | null)[],
): RecognitionPrediction | null {
  const known = predictions.filter((p): p is RecognitionPrediction => p !== null);
  known.sort(
    (a, b) =>
      outcomeRank(b.outcome) - outcomeRank(a.outcome) ||
      a.measures.length - b.measures.length ||
      a.qualificationId.localeCompare(b.qualificationId),
  );
  return known[0] ?? null;
}
