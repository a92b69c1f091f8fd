import type { EvidencedSkill } from './evidence.js';
import type { PersonRecognition, RecognitionOutcome } from './outcome.js';

/** The source a recognition decision gives the skills it certifies: `recognition:<case id>`. */
export const decisionSource = (caseId: string) => `recognition:${caseId}`;

/**
 * The skills a recognition decision certifies (docs/recognition.md, "Decisions reach the
 * profile"): when the officer recognises the qualification, in full, in part (with
 * compensation) or subject to a licence, the target's essential skills that the recorded
 * evaluation found covered become `certified`, with the decision as their source. A refusal
 * certifies nothing; the skills still missing stay missing until compensation is completed. Pure.
 */
export function decisionEvidence(
  caseId: string,
  outcome: RecognitionOutcome,
  evaluation: Pick<PersonRecognition, 'coverage'> | null,
): EvidencedSkill[] {
  if (outcome === 'not_recognised' || !evaluation) return [];
  const uris = [...new Set(evaluation.coverage.covered.map((s) => s.skillUri))].sort();
  return uris.map((skillUri) => ({
    skillUri,
    evidence: 'certified',
    source: decisionSource(caseId),
  }));
}
