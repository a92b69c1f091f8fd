import type { CompensationMeasureKind } from './agreement.js';
import type { BridgingPlan } from './compensation.js';
import type { EvidencedSkill } from './evidence.js';
import type { LevelComparison } from './level-comparison.js';

/** Glossary: recognition outcome. */
export const RECOGNITION_OUTCOMES = [
  'not_recognised',
  'partial',
  'licence_required',
  'recognised',
] as const;
export type RecognitionOutcome = (typeof RECOGNITION_OUTCOMES)[number];

/**
 * Orders outcomes for "never worse" comparisons: not_recognised 0 < partial 1 < recognised 2.
 * `licence_required` ranks with `recognised`: the qualification meets the target and only the
 * licence of the competent authority remains; for a given target only one of the two can occur.
 */
export const outcomeRank = (outcome: RecognitionOutcome): number =>
  ({ not_recognised: 0, partial: 1, licence_required: 2, recognised: 2 })[outcome];

/** One compensation measure proposed to close the gap. */
export type CompensationMeasure =
  | { kind: 'bridging_training'; moduleIds: string[]; skills: string[]; cost: number }
  | { kind: 'aptitude_test'; skills: string[] }
  | { kind: 'adaptation_period'; months: number; skills: string[] };

/** One reason behind an outcome, as structured data (rendered to words by explain.ts). */
export type RecognitionReason =
  | {
      kind: 'agreement_applied';
      agreementId: string;
      mode: 'automatic' | 'conditional';
      direction: 'unilateral' | 'mutual';
    }
  | { kind: 'no_agreement' }
  | { kind: 'no_qualification' }
  | { kind: 'level_comparison'; comparison: LevelComparison }
  | { kind: 'level_not_required' }
  | { kind: 'level_settled_by_agreement'; agreementId: string }
  | {
      kind: 'experience_counted';
      occupation: string;
      months: number;
      threshold: number;
      offsetsShortfall: boolean;
    }
  | { kind: 'skill_coverage'; covered: number; essential: number; ratio: number; threshold: number }
  | { kind: 'self_declared_only'; skills: string[] }
  | {
      kind: 'compensation';
      plan: BridgingPlan;
      allowed: CompensationMeasureKind[];
      /** Missing skills the allowed measures cannot close. */
      unclosed: string[];
    }
  | { kind: 'licence_required'; competentAuthority?: string };

/** Covered and missing essential skills of the target, side by side. */
export interface SkillCoverage {
  essential: string[];
  covered: EvidencedSkill[];
  missing: string[];
}

/** The engine's explained, reproducible answer for one basis (a qualification or prior learning). */
export interface RecognitionResult {
  outcome: RecognitionOutcome;
  /** The qualification the outcome rests on; absent when it rests on prior learning alone. */
  qualificationId?: string;
  licenceRequired: boolean;
  coverage: SkillCoverage;
  measures: CompensationMeasure[];
  reasons: RecognitionReason[];
}

/** The answer for a person: the best basis, and every basis considered. */
export interface PersonRecognition extends RecognitionResult {
  target: { country: string; label: string; occupations: string[]; qualificationId?: string };
  asOf: string;
  rulesVersion: string;
  considered: { qualificationId?: string; outcome: RecognitionOutcome }[];
}
