import type { Database } from '../db/database.js';
import { PasserelleError } from '../shared/errors.js';
import { evaluateRecognition } from './evaluation.store.js';
import type { PredictionKey, RecognitionPrediction } from './prediction.js';
import { listQualifications } from './recognition-data.store.js';

/**
 * What the recognition engine predicts for a qualification on its own (no RPL, no experience),
 * so that the answer depends only on the key and can be cached; null when the qualification or
 * the occupation is unknown to the engine.
 */
export async function predictRecognition(
  db: Database,
  key: PredictionKey,
): Promise<RecognitionPrediction | null> {
  const qualifications = await listQualifications(db, { ids: [key.qualificationId] });
  if (qualifications.length === 0) return null;
  try {
    const result = await evaluateRecognition(
      db,
      { qualifications, skills: [], experience: [] },
      { country: key.country, occupation: key.occupationUri },
      key.asOf,
    );
    return {
      outcome: result.outcome,
      qualificationId: key.qualificationId,
      licenceRequired: result.licenceRequired,
      measures: result.measures,
      asOf: key.asOf,
    };
  } catch (error) {
    if (error instanceof PasserelleError) return null;
    throw error;
  }
}
