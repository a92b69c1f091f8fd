import type { Confidence, FrameworkRegistry, LevelRef, LevelReferencing } from './framework.js';
import { projectLevel, weakestConfidence } from './level-graph.js';

/** How a held level stands against a required one. */
export type LevelRelation = 'higher' | 'equal' | 'overlapping' | 'lower' | 'incomparable';

/** The explained result of comparing two levels through referencing. */
export interface LevelComparison {
  from: LevelRef;
  to: LevelRef;
  relation: LevelRelation;
  /** The framework both levels were projected into (absent when incomparable). */
  via?: string;
  fromLevels: number[];
  toLevels: number[];
  /** How many levels the held level falls short by, in the common framework (0 unless lower). */
  shortfall: number;
  steps: LevelReferencing[];
  confidence: Confidence;
}

function relationOf(from: number[], to: number[]): LevelRelation {
  const fromMin = Math.min(...from);
  const fromMax = Math.max(...from);
  const toMin = Math.min(...to);
  const toMax = Math.max(...to);
  if (fromMax < toMin) return 'lower';
  if (fromMin > toMax) return 'higher';
  if (from.length === 1 && to.length === 1) return 'equal';
  return fromMin >= toMin ? 'equal' : 'overlapping';
}

/**
 * Compares a held level with a required one. Both are projected along referencing (national →
 * EQF/ACQF → …) and compared in the common framework reached by the fewest steps, ties broken by
 * framework id so that the result is reproducible.
 */
export function compareLevels(
  from: LevelRef,
  to: LevelRef,
  registry: FrameworkRegistry,
): LevelComparison {
  const fromProjections = projectLevel(from, registry);
  const toProjections = projectLevel(to, registry);
  const candidates = fromProjections.flatMap((f) =>
    toProjections
      .filter((t) => t.frameworkId === f.frameworkId)
      .map((t) => ({ f, t, length: f.steps.length + t.steps.length })),
  );
  candidates.sort((a, b) => a.length - b.length || a.f.frameworkId.localeCompare(b.f.frameworkId));
  const best = candidates[0];
  if (!best) {
    return {
      from,
      to,
      relation: 'incomparable',
      fromLevels: [],
      toLevels: [],
      shortfall: 0,
      steps: [],
      confidence: 'low',
    };
  }
  const relation = relationOf(best.f.levels, best.t.levels);
  const steps = [...best.f.steps, ...best.t.steps];
  return {
    from,
    to,
    relation,
    via: best.f.frameworkId,
    fromLevels: best.f.levels,
    toLevels: best.t.levels,
    shortfall: relation === 'lower' ? Math.min(...best.t.levels) - Math.max(...best.f.levels) : 0,
    steps,
    confidence: weakestConfidence(steps),
  };
}

/** True when the held level is at least comparable with the required one. */
export const meetsLevel = (relation: LevelRelation): boolean =>
  relation === 'higher' || relation === 'equal' || relation === 'overlapping';
