import type { RecognitionAgreement } from './agreement.js';
import type { RecognitionContext } from './engine.js';
import { compareLevels, meetsLevel } from './level-comparison.js';
import type { RecognitionReason } from './outcome.js';
import type { Qualification } from './qualification.js';
import type { RecognitionTarget } from './target.js';

/**
 * Whether the qualification's level is acceptable for the target. An applicable agreement settles
 * it; otherwise the levels are compared through referencing, and enough experience in the target
 * occupation offsets a shortfall of one level.
 */
export function assessLevel(
  q: Qualification,
  agreement: RecognitionAgreement | undefined,
  target: RecognitionTarget,
  months: number,
  ctx: RecognitionContext,
): { ok: boolean; reasons: RecognitionReason[] } {
  const threshold = ctx.rules.experienceMonthsToOffsetOneLevel;
  const experience = (offsetsShortfall: boolean): RecognitionReason[] =>
    months > 0
      ? [
          {
            kind: 'experience_counted',
            occupation: target.occupations[0] ?? '',
            months,
            threshold,
            offsetsShortfall,
          },
        ]
      : [];
  if (agreement)
    return {
      ok: true,
      reasons: [
        { kind: 'level_settled_by_agreement', agreementId: agreement.id },
        ...experience(false),
      ],
    };
  if (!target.requiredLevel)
    return { ok: true, reasons: [{ kind: 'level_not_required' }, ...experience(false)] };
  const comparison = compareLevels(q.level, target.requiredLevel, ctx.registry);
  const reasons: RecognitionReason[] = [{ kind: 'level_comparison', comparison }];
  if (meetsLevel(comparison.relation))
    return { ok: true, reasons: [...reasons, ...experience(false)] };
  const offset =
    comparison.relation === 'lower' && comparison.shortfall === 1 && months >= threshold;
  return { ok: offset, reasons: [...reasons, ...experience(offset)] };
}
