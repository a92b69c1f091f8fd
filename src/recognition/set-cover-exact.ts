import type { TrainingModule } from './training-module.js';

interface Best {
  cost: number;
  modules: TrainingModule[];
}

/** Budget of search nodes; past it the search gives up and the caller falls back to greedy. */
const NODE_BUDGET = 200_000;

const key = (modules: readonly TrainingModule[]) =>
  modules
    .map((m) => m.id)
    .sort()
    .join('\u0000');

/** Cheaper first, then fewer modules, then the smaller id list, so that ties are reproducible. */
const better = (cost: number, modules: TrainingModule[], best: Best | undefined) =>
  !best ||
  cost < best.cost ||
  (cost === best.cost &&
    (modules.length < best.modules.length ||
      (modules.length === best.modules.length && key(modules) < key(best.modules))));

/**
 * Branch and bound over skill bitmasks: branch on the uncovered skill with fewest modules; bound
 * by the dearest of the cheapest ways to cover each remaining skill. Returns undefined when the
 * node budget runs out (the result would not be provably optimal).
 */
export function exactCover(
  skills: readonly string[],
  candidates: readonly TrainingModule[],
): { modules: TrainingModule[] } | undefined {
  const index = new Map(skills.map((s, i) => [s, i]));
  const full = skills.length === 0 ? 0 : 2 ** skills.length - 1;
  const masks = candidates.map((m) =>
    m.skills.reduce((mask, s) => (index.has(s) ? mask | (1 << index.get(s)!) : mask), 0),
  );
  const coveringBySkill = skills.map((_, i) =>
    candidates
      .map((m, j) => ({ m, mask: masks[j]! }))
      .filter(({ mask }) => mask & (1 << i))
      .sort((a, b) => a.m.cost - b.m.cost || a.m.id.localeCompare(b.m.id)),
  );
  let best: Best | undefined;
  let nodes = 0;
  const search = (covered: number, cost: number, chosen: TrainingModule[]): boolean => {
    if (++nodes > NODE_BUDGET) return false;
    if (covered === full) {
      if (better(cost, chosen, best)) best = { cost, modules: chosen };
      return true;
    }
    let branch = -1;
    let bound = cost;
    for (let i = 0; i < skills.length; i++) {
      if (covered & (1 << i)) continue;
      const options = coveringBySkill[i]!;
      bound = Math.max(bound, cost + options[0]!.m.cost);
      if (branch < 0 || options.length < coveringBySkill[branch]!.length) branch = i;
    }
    if (best && bound > best.cost) return true;
    for (const { m, mask } of coveringBySkill[branch]!) {
      if (!search(covered | mask, cost + m.cost, [...chosen, m])) return false;
    }
    return true;
  };
  return search(0, 0, []) ? { modules: best?.modules ?? [] } : undefined;
}
