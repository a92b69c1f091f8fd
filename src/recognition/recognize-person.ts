import {
  recognizeQualification,
  type ExperienceRecord,
  type RecognitionContext,
} from './engine.js';
import { mergeEvidence, type EvidencedSkill } from './evidence.js';
import { outcomeRank, type PersonRecognition, type RecognitionResult } from './outcome.js';
import type { Qualification } from './qualification.js';
import type { RecognitionTarget } from './target.js';

/** What a person brings: qualifications, skills with evidence (after RPL) and experience. */
export interface PersonRecord {
  qualifications: Qualification[];
  skills: EvidencedSkill[];
  experience: ExperienceRecord[];
}

const bridgingCost = (r: RecognitionResult) =>
  r.measures.reduce((sum, m) => sum + (m.kind === 'bridging_training' ? m.cost : 0), 0);

/** Best first: higher outcome, fewer missing skills, cheaper training, a qualification before none, lower id. */
function compareResults(a: RecognitionResult, b: RecognitionResult): number {
  return (
    outcomeRank(b.outcome) - outcomeRank(a.outcome) ||
    a.coverage.missing.length - b.coverage.missing.length ||
    bridgingCost(a) - bridgingCost(b) ||
    Number(a.qualificationId === undefined) - Number(b.qualificationId === undefined) ||
    (a.qualificationId ?? '').localeCompare(b.qualificationId ?? '')
  );
}

/**
 * Recognition of a person for a target: each qualification is evaluated with the person's pooled
 * skills, and so is prior learning alone; the best outcome is the answer. Adding a
 * qualification or a skill therefore never makes the answer worse.
 */
export function recognizePerson(
  person: PersonRecord,
  target: RecognitionTarget,
  ctx: RecognitionContext,
): PersonRecognition {
  const qualifications = [...person.qualifications].sort((a, b) => a.id.localeCompare(b.id));
  const learningOutcomes: EvidencedSkill[] = qualifications.flatMap((q) =>
    q.learningOutcomes.map((skillUri) => ({
      skillUri,
      evidence: 'certified' as const,
      source: `qualification:${q.id}`,
    })),
  );
  const skills = mergeEvidence(learningOutcomes, person.skills);
  // Prior learning alone stands on the person's own evidence (RPL, certificates), not on the
  // learning outcomes of qualifications that are judged on their own bases.
  const priorLearning = recognizeQualification(
    { skills: mergeEvidence(person.skills), experience: person.experience },
    target,
    ctx,
  );
  const results = [
    priorLearning,
    ...qualifications.map((qualification) =>
      recognizeQualification({ qualification, skills, experience: person.experience }, target, ctx),
    ),
  ];
  const [best] = [...results].sort(compareResults);
  return {
    ...best!,
    target: {
      country: target.country,
      label: target.label,
      occupations: target.occupations,
      ...(target.qualificationId ? { qualificationId: target.qualificationId } : {}),
    },
    asOf: ctx.asOf,
    rulesVersion: ctx.rules.version,
    considered: results.map((r) => ({
      ...(r.qualificationId ? { qualificationId: r.qualificationId } : {}),
      outcome: r.outcome,
    })),
  };
}
