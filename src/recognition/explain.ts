import { formatLevel } from './framework.js';
import type { CompensationMeasure, RecognitionReason } from './outcome.js';

/** Looks up a display label for an ESCO URI; the URI itself when unknown. */
export type LabelOf = (uri: string) => string;

const list = (uris: readonly string[], label: LabelOf) => uris.map(label).join(', ') || 'none';
const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

/** One reason in plain words, for the CLI and the UI (docs/recognition.md explains each). */
export function describeReason(reason: RecognitionReason, label: LabelOf = (u) => u): string {
  switch (reason.kind) {
    case 'agreement_applied':
      return `Agreement ${reason.agreementId} applies (${reason.direction}, ${reason.mode}).`;
    case 'no_agreement':
      return 'No recognition agreement applies: the general rules are used.';
    case 'no_qualification':
      return 'Prior learning alone (no qualification): at best partial, with an aptitude test.';
    case 'level_comparison': {
      const c = reason.comparison;
      if (c.relation === 'incomparable')
        return `Level ${formatLevel(c.from)} cannot be compared with the required ${formatLevel(c.to)}: no referencing links them.`;
      return `Level ${formatLevel(c.from)} is ${c.relation} the required ${formatLevel(c.to)} (compared in ${c.via}: ${c.fromLevels.join('/')} vs ${c.toLevels.join('/')}, confidence ${c.confidence}).`;
    }
    case 'level_not_required':
      return 'The target sets no framework level.';
    case 'level_settled_by_agreement':
      return `The level is settled by agreement ${reason.agreementId}.`;
    case 'experience_counted':
      return `${reason.months} months of experience in ${label(reason.occupation)}${reason.offsetsShortfall ? ` (at least ${reason.threshold}) offset a one-level shortfall` : ' counted'}.`;
    case 'skill_coverage':
      return `${reason.covered} of ${reason.essential} essential skills covered (${percent(reason.ratio)}; ${reason.threshold > 0 ? `at least ${percent(reason.threshold)} needed without agreement` : 'no minimum under the agreement'}).`;
    case 'self_declared_only':
      return `Self-declared but not yet shown: ${list(reason.skills, label)}.`;
    case 'compensation': {
      const p = reason.plan;
      const how =
        p.method === 'exact' ? 'cheapest set' : `greedy set, within ${p.bound}× the cheapest`;
      const gaps = p.coverExists ? '' : ` No module teaches: ${list(p.uncoverable, label)}.`;
      const open = reason.unclosed.length
        ? ` Not closable by the allowed measures: ${list(reason.unclosed, label)}.`
        : '';
      return `Compensation plan: ${p.modules.length} module(s), ${p.cost} EUR (${how}).${gaps}${open}`;
    }
    case 'licence_required':
      return `Regulated profession: a licence from ${reason.competentAuthority ?? 'the competent authority'} is required to practise.`;
  }
}

/** One compensation measure in plain words. */
export function describeMeasure(measure: CompensationMeasure, label: LabelOf = (u) => u): string {
  switch (measure.kind) {
    case 'bridging_training':
      return `Bridging training: modules ${measure.moduleIds.join(', ')} (${measure.cost} EUR) for ${list(measure.skills, label)}.`;
    case 'aptitude_test':
      return measure.skills.length
        ? `Aptitude test on ${list(measure.skills, label)}.`
        : 'Aptitude test to confirm the level.';
    case 'adaptation_period':
      return `Adaptation period of ${measure.months} months for ${list(measure.skills, label)}.`;
  }
}
