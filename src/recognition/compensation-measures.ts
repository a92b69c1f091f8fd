import type { CompensationMeasureKind } from './agreement.js';
import { planBridgingTraining, type BridgingPlan } from './compensation.js';
import type { CompensationMeasure } from './outcome.js';
import type { RecognitionRules } from './rules.js';
import type { TrainingModule } from './training-module.js';

/** Every measure; the general regime (no agreement) allows all of them. */
export const ALL_MEASURES: CompensationMeasureKind[] = [
  'bridging_training',
  'aptitude_test',
  'adaptation_period',
];

/**
 * The compensation measures that close the missing skills, within the allowed kinds: an aptitude
 * test for skills the person claims, the cheapest bridging modules for the rest, and an adaptation
 * period (or else a test) for skills no module teaches. Every missing skill lands in one measure,
 * or in `unclosed` when the allowed kinds cannot close it.
 */
export function compensationMeasures(
  missing: readonly string[],
  selfDeclared: readonly string[],
  allowed: readonly CompensationMeasureKind[],
  catalogue: readonly TrainingModule[],
  rules: RecognitionRules,
): { measures: CompensationMeasure[]; plan: BridgingPlan; unclosed: string[] } {
  const canTest = allowed.includes('aptitude_test');
  const tested = canTest ? missing.filter((s) => selfDeclared.includes(s)) : [];
  const toTrain = missing.filter((s) => !tested.includes(s));
  const plan = planBridgingTraining(
    allowed.includes('bridging_training') ? toTrain : [],
    catalogue,
    rules.exactCoverLimit,
  );
  const trained = new Set(plan.covered);
  const leftovers = toTrain.filter((s) => !trained.has(s));
  const measures: CompensationMeasure[] = [];
  if (plan.modules.length > 0) {
    const moduleIds = plan.modules.map((m) => m.id);
    measures.push({ kind: 'bridging_training', moduleIds, skills: plan.covered, cost: plan.cost });
  }
  const adapt = leftovers.length > 0 && allowed.includes('adaptation_period');
  if (adapt)
    measures.push({
      kind: 'adaptation_period',
      months: rules.adaptationPeriodMonths,
      skills: leftovers,
    });
  const testLeftovers = !adapt && canTest;
  const testSkills = [...tested, ...(testLeftovers ? leftovers : [])].sort();
  if (testSkills.length > 0) measures.push({ kind: 'aptitude_test', skills: testSkills });
  // Only when the agreement allows bridging training alone and no module teaches the skill.
  const unclosed = adapt || testLeftovers ? [] : leftovers;
  return { measures, plan, unclosed };
}
