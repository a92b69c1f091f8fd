import { applicableAgreement } from './agreement-applicability.js';
import type { RecognitionAgreement } from './agreement.js';
import { ALL_MEASURES, compensationMeasures } from './compensation-measures.js';
import { skillCoverage, type CoverageDetail } from './coverage.js';
import type { EvidencedSkill } from './evidence.js';
import type { FrameworkRegistry } from './framework.js';
import { assessLevel } from './level-assessment.js';
import type { RecognitionReason, RecognitionResult } from './outcome.js';
import type { Qualification } from './qualification.js';
import type { RecognitionRules } from './rules.js';
import type { RecognitionTarget } from './target.js';
import type { TrainingModule } from './training-module.js';

/** Months worked in one occupation, in one country. */
export interface ExperienceRecord {
  occupation: string;
  country: string;
  months: number;
}

/** Everything the engine reads besides the person: all values, `asOf` included (no clock). */
export interface RecognitionContext {
  asOf: string;
  registry: FrameworkRegistry;
  agreements: RecognitionAgreement[];
  catalogue: TrainingModule[];
  rules: RecognitionRules;
}

/** What the engine knows about the person when it evaluates one basis. */
export interface BasisInput {
  qualification?: Qualification;
  /** All the person's skills, learning outcomes of every qualification included. */
  skills: EvidencedSkill[];
  experience: ExperienceRecord[];
}

/**
 * Recognition of one qualification (or of prior learning alone) for a target, with its reasons.
 * The rules, in order, are in docs/recognition.md.
 */
export function recognizeQualification(
  input: BasisInput,
  target: RecognitionTarget,
  ctx: RecognitionContext,
): RecognitionResult {
  const q = input.qualification;
  const coverage = skillCoverage(target.essentialSkills, input.skills);
  const months = input.experience
    .filter((e) => target.occupations.includes(e.occupation))
    .reduce((sum, e) => sum + e.months, 0);
  const reasons: RecognitionReason[] = [];
  const agreement = q && applicableAgreement(ctx.agreements, q, target, ctx.registry, ctx.asOf);
  if (!q) reasons.push({ kind: 'no_qualification' });
  else if (agreement) {
    const { id: agreementId, mode, direction } = agreement;
    reasons.push({ kind: 'agreement_applied', agreementId, mode, direction });
  } else reasons.push({ kind: 'no_agreement' });

  const level = q
    ? assessLevel(q, agreement, target, months, ctx)
    : { ok: true, reasons: [] as RecognitionReason[] };
  reasons.push(...level.reasons);
  const { ratio } = coverage;
  const threshold = agreement ? 0 : ctx.rules.minCoverageForPartial;
  reasons.push({
    kind: 'skill_coverage',
    covered: coverage.covered.length,
    essential: coverage.essential.length,
    ratio,
    threshold,
  });
  if (coverage.selfDeclaredMissing.length > 0)
    reasons.push({ kind: 'self_declared_only', skills: coverage.selfDeclaredMissing });

  const result = (
    outcome: RecognitionResult['outcome'],
    measures: RecognitionResult['measures'] = [],
  ) => ({
    outcome,
    ...(q ? { qualificationId: q.id } : {}),
    licenceRequired: target.regulated && outcome !== 'not_recognised',
    coverage: {
      essential: coverage.essential,
      covered: coverage.covered,
      missing: coverage.missing,
    },
    measures,
    reasons:
      target.regulated && outcome !== 'not_recognised'
        ? [...reasons, licenceReason(target)]
        : reasons,
  });

  if (agreement?.mode === 'automatic')
    return result(target.regulated ? 'licence_required' : 'recognised');
  if (!level.ok || ratio < threshold) return result('not_recognised');
  if (q && coverage.missing.length === 0)
    return result(target.regulated ? 'licence_required' : 'recognised');
  return result('partial', compensate(q, coverage, agreement, ctx, reasons));
}

const licenceReason = (target: RecognitionTarget): RecognitionReason => ({
  kind: 'licence_required',
  ...(target.competentAuthority ? { competentAuthority: target.competentAuthority } : {}),
});

function compensate(
  q: Qualification | undefined,
  coverage: CoverageDetail,
  agreement: RecognitionAgreement | undefined,
  ctx: RecognitionContext,
  reasons: RecognitionReason[],
) {
  const allowed = agreement?.measures ?? ALL_MEASURES;
  const { measures, plan, unclosed } = compensationMeasures(
    coverage.missing,
    coverage.selfDeclaredMissing,
    allowed,
    ctx.catalogue,
    ctx.rules,
  );
  reasons.push({ kind: 'compensation', plan, allowed, unclosed });
  // Prior learning alone has no level to compare: a test confirms it, even with no skill missing.
  if (!q && !measures.some((m) => m.kind === 'aptitude_test'))
    measures.push({ kind: 'aptitude_test', skills: [] });
  return measures;
}
