import type { Confidence, FrameworkRegistry, LevelRef, LevelReferencing } from './framework.js';

/** Where a level lands in another framework, and the referencing steps that took it there. */
export interface LevelProjection {
  frameworkId: string;
  levels: number[];
  steps: LevelReferencing[];
}

const byFramework = (referencing: readonly LevelReferencing[]) => {
  const out = new Map<string, LevelReferencing[]>();
  for (const r of referencing)
    out.set(r.fromFrameworkId, [...(out.get(r.fromFrameworkId) ?? []), r]);
  return out;
};

/**
 * Every projection of a level along referencing (the level itself first, then one entry per
 * path), breadth first so that shorter paths come first. A set of levels crosses to another
 * framework only when each of its levels is referenced there. Cycles are cut, not followed.
 */
export function projectLevel(ref: LevelRef, registry: FrameworkRegistry): LevelProjection[] {
  const outgoing = byFramework(registry.referencing);
  const start: LevelProjection = { frameworkId: ref.frameworkId, levels: [ref.level], steps: [] };
  const out: LevelProjection[] = [start];
  const queue: { projection: LevelProjection; seen: Set<string> }[] = [
    { projection: start, seen: new Set([ref.frameworkId]) },
  ];
  while (queue.length > 0) {
    const { projection, seen } = queue.shift()!;
    const entries = outgoing.get(projection.frameworkId) ?? [];
    const targets = [...new Set(entries.map((e) => e.toFrameworkId))].sort();
    for (const target of targets) {
      if (seen.has(target)) continue;
      const used = projection.levels.map((level) =>
        entries.find((e) => e.fromLevel === level && e.toFrameworkId === target),
      );
      if (used.some((e) => e === undefined)) continue;
      const steps = used as LevelReferencing[];
      const levels = [...new Set(steps.flatMap((e) => e.toLevels))].sort((a, b) => a - b);
      const next = { frameworkId: target, levels, steps: [...projection.steps, ...steps] };
      out.push(next);
      queue.push({ projection: next, seen: new Set([...seen, target]) });
    }
  }
  return out;
}

const CONFIDENCE_ORDER: Confidence[] = ['demo', 'low', 'medium', 'high'];

/** The weakest confidence along a chain of referencing facts (`high` for no step at all). */
export function weakestConfidence(steps: readonly LevelReferencing[]): Confidence {
  let rank = CONFIDENCE_ORDER.length - 1;
  for (const s of steps) rank = Math.min(rank, CONFIDENCE_ORDER.indexOf(s.confidence));
  return CONFIDENCE_ORDER[rank]!;
}
