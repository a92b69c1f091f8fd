import type { CompensationMeasure, RecognitionOutcome } from './outcome.js';

/** One pair the engine is asked about: a catalogue qualification, a destination, an occupation. */
export interface PredictionKey {
  qualificationId: string;
  country: string;
  occupationUri: string;
  /** ISO date the rules are read as of (agreements have validity dates). */
  asOf: string;
}

/** The engine's answer for a qualification alone, before any case is decided. */
export interface RecognitionPrediction {
  outcome: RecognitionOutcome;
  qualificationId: string;
  licenceRequired: boolean;
  /** The compensation pathway: measures that close the gap (empty when nothing is missing). */
  measures: CompensationMeasure[];
  asOf: string;
}

export const predictionKey = (k: PredictionKey) =>
  `${k.qualificationId}|${k.country}|${k.occupationUri}|${k.asOf}`;
