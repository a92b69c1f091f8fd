import { describeMeasure, describeReason, type LabelOf } from './explain.js';
import type { PersonRecognition } from './outcome.js';

/** The engine's result with its reasons and measures in plain words, for API and CLI. */
export function presentRecognition(result: PersonRecognition, label: LabelOf) {
  return {
    ...result,
    explanation: [
      ...result.reasons.map((r) => describeReason(r, label)),
      ...result.measures.map((m) => describeMeasure(m, label)),
    ],
  };
}
