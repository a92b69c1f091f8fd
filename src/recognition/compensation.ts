import { exactCover } from './set-cover-exact.js';
import { greedyCover } from './set-cover-greedy.js';
import type { TrainingModule } from './training-module.js';

/** The cheapest bridging training found for a set of missing skills, and how it was found. */
export interface BridgingPlan {
  /** `exact`: provably cheapest; `greedy`: within `bound` × the cheapest. */
  method: 'exact' | 'greedy';
  bound: number;
  modules: TrainingModule[];
  cost: number;
  /** Missing skills the chosen modules teach. */
  covered: string[];
  /** Missing skills no module of the catalogue teaches. */
  uncoverable: string[];
  /** True when the catalogue covers every missing skill. */
  coverExists: boolean;
}

/**
 * A catalogue prepared once for many plans: what it teaches, and its modules in id order (the
 * order a plan considers them in).
 */
export interface BridgingCatalogue {
  teachable: ReadonlySet<string>;
  byId: readonly TrainingModule[];
}

/** Prepares a catalogue for {@link planBridgingTraining}: worth it when it plans more than once. */
export function prepareBridgingCatalogue(catalogue: readonly TrainingModule[]): BridgingCatalogue {
  return {
    teachable: new Set(catalogue.flatMap((m) => m.skills)),
    // A stable sort: modules of one id keep their catalogue order, as when filtered first.
    byId: [...catalogue].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** Above this many coverable skills, or past the search budget, the greedy method is used. */
export const EXACT_COVER_LIMIT = 20;

/**
 * Weighted set cover: the cheapest set of modules whose skills include every missing skill the
 * catalogue can teach. Exact (branch and bound) for up to {@link EXACT_COVER_LIMIT} skills,
 * otherwise greedy by cost per newly covered skill, with the H(k) guarantee stated.
 */
export function planBridgingTraining(
  missing: readonly string[],
  catalogue: readonly TrainingModule[] | BridgingCatalogue,
  exactLimit = EXACT_COVER_LIMIT,
): BridgingPlan {
  const { teachable, byId } = isPrepared(catalogue)
    ? catalogue
    : prepareBridgingCatalogue(catalogue);
  const wanted = [...new Set(missing)].sort();
  const coverable = wanted.filter((s) => teachable.has(s));
  const uncoverable = wanted.filter((s) => !teachable.has(s));
  const covers = new Set(coverable);
  const candidates = byId.filter((m) => m.skills.some((s) => covers.has(s)));
  const exact = coverable.length <= exactLimit ? exactCover(coverable, candidates) : undefined;
  const chosen = exact ?? greedyCover(coverable, candidates);
  const largest = Math.max(
    0,
    ...candidates.map((m) => m.skills.filter((s) => covers.has(s)).length),
  );
  const modules = [...chosen.modules].sort((a, b) => a.id.localeCompare(b.id));
  return {
    method: exact ? 'exact' : 'greedy',
    bound: exact ? 1 : harmonicBound(largest),
    modules,
    cost: modules.reduce((sum, m) => sum + m.cost, 0),
    covered: coverable,
    uncoverable,
    coverExists: uncoverable.length === 0,
  };
}

function isPrepared(
  catalogue: readonly TrainingModule[] | BridgingCatalogue,
): catalogue is BridgingCatalogue {
  return !Array.isArray(catalogue);
}

function harmonicBound(k: number): number {
  let h = 0;
  for (let i = 1; i <= k; i++) h += 1 / i;
  return Math.round(h * 1000) / 1000;
}
