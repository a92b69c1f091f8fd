/**
 * Query generators for matching-quality that the engine was not modelled on. The engine's
 * background model (p_bg ∝ how many occupations name a skill) mirrors how the original generator
 * draws its noise; these draw queries other ways, and none was used to tune anything:
 * - `bernoulli`: each of the target's skills is kept with probability f (not a fixed count);
 *   as many noise skills as kept ones, drawn like the original's (∝ occupations naming them).
 * - `uniform-noise`: k kept as in the original; noise drawn uniformly from every skill that some
 *   occupation names, whatever its frequency.
 * - `neighbour-noise`: k kept; noise drawn from the ESCO broader and narrower skills of the
 *   target's own skills (near misses, as a person's related but different skills would be),
 *   topped up uniformly when the neighbourhood is too small.
 * - `essential-only`: k of the target's essential skills only; noise as in the original.
 */
import type { SkillGraph } from '../src/matching/skill-graph.js';

export interface Query {
  target: string;
  skills: string[];
}

export const GENERATORS = [
  'bernoulli',
  'uniform-noise',
  'neighbour-noise',
  'essential-only',
] as const;
export type Generator = (typeof GENERATORS)[number];

export function skillsOf(graph: SkillGraph, uri: string): string[] {
  const o = graph.occupations.get(uri)!;
  return [...new Set([...o.essential, ...o.optional])];
}

const pick = <T>(items: readonly T[], random: () => number) =>
  items[Math.floor(random() * items.length)]!;

/** The first k of a seeded Fisher–Yates shuffle. */
export function sample<T>(items: readonly T[], k: number, random: () => number): T[] {
  const copy = [...items];
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, k);
}

/** Draws n distinct skills from `draw` that the target does not name. */
function noise(n: number, own: ReadonlySet<string>, draw: () => string | undefined): string[] {
  const found = new Set<string>();
  for (let tries = 0; found.size < n && tries < 100 * n + 100; tries++) {
    const skill = draw();
    if (skill !== undefined && !own.has(skill)) found.add(skill);
  }
  return [...found];
}

/** Queries for the targets; targets a generator cannot serve (no essential skill) are left out. */
export function generatedQueries(
  graph: SkillGraph,
  targets: readonly string[],
  fraction: number,
  generator: Generator,
  random: () => number,
): Query[] {
  const relations = [...graph.occupations.keys()].flatMap((uri) =>
    skillsOf(graph, uri).map((skill) => ({ uri, skill })),
  );
  const named = [...new Set(relations.map((r) => r.skill))];
  const byRelation = () => pick(relations, random).skill;
  const uniformly = () => pick(named, random);
  const queries: Query[] = [];
  for (const target of targets) {
    const own = skillsOf(graph, target);
    const ownSet = new Set(own);
    const k = Math.max(1, Math.round(fraction * own.length));
    let held: string[];
    if (generator === 'bernoulli') {
      held = own.filter(() => random() < fraction);
      if (held.length === 0) held = [pick(own, random)];
    } else if (generator === 'essential-only') {
      const essential = [...new Set(graph.occupations.get(target)!.essential)];
      if (essential.length === 0) continue;
      held = sample(essential, Math.min(k, essential.length), random);
    } else held = sample(own, k, random);
    let extra: string[];
    if (generator === 'uniform-noise') extra = noise(held.length, ownSet, uniformly);
    else if (generator === 'neighbour-noise') {
      const near = [
        ...new Set(
          own.flatMap((s) => [...(graph.broader.get(s) ?? []), ...(graph.narrower.get(s) ?? [])]),
        ),
      ].filter((s) => !ownSet.has(s));
      extra = sample(near, Math.min(held.length, near.length), random);
      extra.push(...noise(held.length - extra.length, new Set([...ownSet, ...extra]), uniformly));
    } else extra = noise(held.length, ownSet, byRelation);
    queries.push({
      target,
      skills: sample([...held, ...extra], held.length + extra.length, random),
    });
  }
  return queries;
}
