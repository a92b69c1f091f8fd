import type { TFunction } from 'i18next';
import type { BridgingPlan, LevelComparison, RecognitionReason } from './recognition-api';
import type { SkillLabel } from './skill-labels';

/** A reason as the engine records it: its kind and the fields that kind carries. */
type AnyReason = RecognitionReason & Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const strings = (v: unknown) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/**
 * One reason of the engine in plain words, in the user's language (docs/recognition.md explains
 * each kind). Null for a kind this UI does not know yet: the caller falls back to the server's
 * English explanation.
 */
export function reasonText(
  reason: RecognitionReason,
  t: TFunction,
  label: SkillLabel,
): string | null {
  const r = reason as AnyReason;
  const k = (key: string, values: Record<string, unknown> = {}) =>
    t(`recognition.reasonTexts.${key}`, values);
  switch (r.kind) {
    case 'agreement_applied':
      return k('agreement_applied', {
        agreement: str(r.agreementId),
        mode: t(`recognition.modes.${str(r.mode)}`),
        direction: t(`recognition.directions.${str(r.direction)}`),
      });
    case 'no_agreement':
    case 'no_qualification':
    case 'level_not_required':
      return k(r.kind);
    case 'level_settled_by_agreement':
      return k('level_settled_by_agreement', { agreement: str(r.agreementId) });
    case 'level_comparison': {
      const c = r.comparison as LevelComparison;
      const held = `${c.from.frameworkId} ${c.from.level}`;
      const required = `${c.to.frameworkId} ${c.to.level}`;
      if (c.relation === 'incomparable') return k('level_incomparable', { held, required });
      return k(`level_${c.relation}`, { held, required, count: c.shortfall });
    }
    case 'experience_counted':
      return k(r.offsetsShortfall ? 'experience_offsets' : 'experience_counted', {
        count: num(r.months),
        occupation: label(str(r.occupation)),
        threshold: num(r.threshold),
      });
    case 'skill_coverage':
      return k(num(r.threshold) > 0 ? 'skill_coverage_minimum' : 'skill_coverage', {
        covered: num(r.covered),
        essential: num(r.essential),
        percent: Math.round(num(r.ratio) * 100),
        minimum: Math.round(num(r.threshold) * 100),
      });
    case 'self_declared_only':
      return k('self_declared_only', { skills: strings(r.skills).map(label).join(', ') });
    case 'compensation': {
      const plan = r.plan as BridgingPlan;
      return k('compensation', { count: plan.modules.length, cost: plan.cost });
    }
    case 'licence_required':
      return r.competentAuthority
        ? k('licence_required_by', { authority: str(r.competentAuthority) })
        : k('licence_required');
    default:
      return null;
  }
}
