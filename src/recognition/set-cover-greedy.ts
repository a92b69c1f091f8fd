import type { TrainingModule } from './training-module.js';

/**
 * Greedy weighted set cover: repeatedly take the module with the lowest cost per newly covered
 * skill (more new skills, then lower id, on ties). Within H(k) of the optimum, k the largest
 * number of wanted skills one module teaches.
 */
export function greedyCover(
  skills: readonly string[],
  candidates: readonly TrainingModule[],
): { modules: TrainingModule[] } {
  const uncovered = new Set(skills);
  const chosen: TrainingModule[] = [];
  while (uncovered.size > 0) {
    let pick: { m: TrainingModule; gain: number } | undefined;
    for (const m of candidates) {
      const gain = m.skills.filter((s) => uncovered.has(s)).length;
      if (gain === 0) continue;
      if (
        !pick ||
        m.cost * pick.gain < pick.m.cost * gain ||
        (m.cost * pick.gain === pick.m.cost * gain && gain > pick.gain)
      )
        pick = { m, gain };
    }
    if (!pick) break; // the caller passes only coverable skills; this guards against a bad catalogue
    chosen.push(pick.m);
    for (const s of pick.m.skills) uncovered.delete(s);
  }
  return { modules: chosen };
}
