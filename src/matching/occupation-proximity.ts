import type { SkillGraph } from './skill-graph.js';

/** How close a candidate's past occupation is to an opening's, and through what. */
export interface Proximity {
  value: number;
  /** The candidate's occupation that is closest, when any is close at all. */
  via: string | null;
  basis: 'same_occupation' | 'isco_group' | 'shared_skills' | null;
}

const NONE: Proximity = { value: 0, via: null, basis: null };

/** Closeness by the ISCO-08 hierarchy: same unit group 0.75, minor 0.5, sub-major 0.25. */
function iscoCloseness(a: string, b: string): number {
  if (a.length < 4 || b.length < 4) return 0;
  if (a === b) return 0.75;
  if (a.slice(0, 3) === b.slice(0, 3)) return 0.5;
  if (a.slice(0, 2) === b.slice(0, 2)) return 0.25;
  return 0;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  const shared = b.filter((x) => set.has(x)).length;
  return shared / (a.length + b.length - shared);
}

/**
 * Occupation proximity (ISCO hierarchy and shared essential ESCO skills), memoised per pair:
 * the memo is a cache of a pure function, so answers never depend on call order.
 */
export function occupationProximity(graph: Pick<SkillGraph, 'occupations'>) {
  const memo = new Map<string, { value: number; basis: Proximity['basis'] }>();
  const pair = (a: string, b: string) => {
    if (a === b) return { value: 1, basis: 'same_occupation' as const };
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    let found = memo.get(key);
    if (!found) {
      const oa = graph.occupations.get(a);
      const ob = graph.occupations.get(b);
      const isco = oa && ob ? iscoCloseness(oa.iscoCode, ob.iscoCode) : 0;
      const shared = oa && ob ? jaccard(oa.essential, ob.essential) : 0;
      found =
        isco === 0 && shared === 0
          ? { value: 0, basis: null }
          : isco >= shared
            ? { value: isco, basis: 'isco_group' }
            : { value: shared, basis: 'shared_skills' };
      memo.set(key, found);
    }
    return found;
  };
  return (candidateOccupations: readonly string[], occupation: string | null): Proximity => {
    if (occupation === null) return NONE;
    let best = NONE;
    for (const o of candidateOccupations) {
      const p = pair(o, occupation);
      if (p.value > best.value || (p.value === best.value && best.via !== null && o < best.via))
        best = { value: p.value, via: o, basis: p.basis };
    }
    return best;
  };
}

export type OccupationProximity = ReturnType<typeof occupationProximity>;
