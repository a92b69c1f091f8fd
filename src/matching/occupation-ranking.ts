/**
 * How well a set of held skills evidences each occupation: a query-likelihood score over the skill
 * graph (rules and measured variants in docs/matching.md, "Quality on ESCO"). Pure; the inverted
 * index skill → occupations is built once per graph so that one ranking of all occupations costs a
 * fraction of a millisecond.
 */
import type { SkillGraph } from './skill-graph.js';

export interface RankedOccupation {
  uri: string;
  score: number;
}

/** Ranks every occupation of the graph for a set of held skills, best first, ties by uri. */
export type OccupationRanker = (skills: readonly string[]) => RankedOccupation[];

export interface OccupationRankingOptions {
  /**
   * Weight of an essential skill in its occupation's profile. Raise it (2–4) when held skills are
   * likely to be an occupation's core ones; docs/matching.md measures both cases.
   */
  essentialWeight?: number;
  /** Weight of an optional skill in its occupation's profile. */
  optionalWeight?: number;
  /**
   * Share of a skill's weight lent to its broader and narrower skills that the occupation does
   * not name itself, so that a neighbouring skill is partial evidence (0 = exact skills only).
   */
  hierarchyCredit?: number;
  /** Share of the ISCO unit group's average profile blended into each occupation's (0..1). */
  iscoSmoothing?: number;
  /**
   * How many unexplained held skills are expected per explained one. Smaller values move the
   * score towards a count of matched skills (each adds about ln(1 / noiseRatio)); larger ones
   * towards a sum of p_o / p_bg, dominated by rare skills.
   */
  noiseRatio?: number;
}

/** The defaults were tuned on seed 1 of bench/matching-quality.bench.ts and reported on seed 2. */
export const defaultRankingOptions: Required<OccupationRankingOptions> = {
  essentialWeight: 1,
  optionalWeight: 1,
  hierarchyCredit: 0,
  iscoSmoothing: 0,
  noiseRatio: 1,
};

interface Postings {
  occupations: number[];
  shares: number[];
}

function checkOptions(o: Required<OccupationRankingOptions>): void {
  const bad = (field: string, rule: string) => {
    throw new RangeError(`occupation ranking: ${field} must be ${rule}`);
  };
  if (!(o.essentialWeight > 0)) bad('essentialWeight', '> 0');
  if (!(o.optionalWeight > 0)) bad('optionalWeight', '> 0');
  if (!(o.hierarchyCredit >= 0 && o.hierarchyCredit <= 1)) bad('hierarchyCredit', 'in [0, 1]');
  if (!(o.iscoSmoothing >= 0 && o.iscoSmoothing < 1)) bad('iscoSmoothing', 'in [0, 1)');
  if (!(o.noiseRatio > 0)) bad('noiseRatio', '> 0');
}

/** Each occupation's skill → weight, its own skills first, then hierarchy neighbours. */
function profileOf(
  graph: SkillGraph,
  essential: readonly string[],
  optional: readonly string[],
  o: Required<OccupationRankingOptions>,
): { weights: Map<string, number>; total: number } {
  const weights = new Map<string, number>();
  for (const s of optional) weights.set(s, o.optionalWeight);
  for (const s of essential) weights.set(s, Math.max(o.essentialWeight, weights.get(s) ?? 0));
  let total = 0;
  for (const w of weights.values()) total += w;
  if (o.hierarchyCredit > 0) {
    const own = [...weights];
    const ownSkills = new Set(weights.keys());
    for (const [skill, w] of own) {
      const near = [...(graph.broader.get(skill) ?? []), ...(graph.narrower.get(skill) ?? [])];
      for (const neighbour of near) {
        const lent = o.hierarchyCredit * w;
        const current = weights.get(neighbour) ?? 0;
        if (current < lent && !ownSkills.has(neighbour)) weights.set(neighbour, lent);
      }
    }
  }
  return { weights, total };
}

/** The inverted index skill → (occupation, share of its profile), built once per graph. */
interface OccupationIndex {
  uris: string[];
  postings: Map<string, Postings>;
  /** ISCO unit group of each occupation (by index) and the members of each group. */
  groupOf: Int32Array;
  members: number[][];
  /** How many occupations name each skill, and how many (occupation, skill) pairs there are. */
  naming: Map<string, number>;
  relations: number;
}

function indexOccupations(
  graph: SkillGraph,
  o: Required<OccupationRankingOptions>,
): OccupationIndex {
  const uris = [...graph.occupations.keys()].sort();
  const naming = new Map<string, number>();
  let relations = 0;
  const groupOf = new Int32Array(uris.length);
  const groupIds = new Map<string, number>();
  const postings = new Map<string, Postings>();
  uris.forEach((uri, i) => {
    const occupation = graph.occupations.get(uri)!;
    const group = groupIds.get(occupation.iscoCode) ?? groupIds.size;
    groupIds.set(occupation.iscoCode, group);
    groupOf[i] = group;
    for (const s of new Set([...occupation.essential, ...occupation.optional])) {
      naming.set(s, (naming.get(s) ?? 0) + 1);
      relations++;
    }
    const { weights, total } = profileOf(graph, occupation.essential, occupation.optional, o);
    for (const [skill, w] of weights) {
      let list = postings.get(skill);
      if (!list) postings.set(skill, (list = { occupations: [], shares: [] }));
      list.occupations.push(i);
      list.shares.push(w / total);
    }
  });
  const members: number[][] = Array.from({ length: groupIds.size }, () => []);
  groupOf.forEach((g, i) => members[g]!.push(i));
  return { uris, postings, groupOf, members, naming, relations };
}

/**
 * Builds the ranker. Each occupation is a distribution over skills (its own skills, weighted by
 * relation, plus credit lent to hierarchy neighbours, optionally blended with its ISCO unit
 * group's); a held skill s adds `ln(1 + p_o(s) / (noiseRatio · p_bg(s)))`, where p_bg is how
 * often occupations name s. Rare skills thus weigh more, big occupations need more evidence, and a
 * held skill that an occupation does not explain adds nothing, for any occupation.
 */
export function buildOccupationRanker(
  graph: SkillGraph,
  options: OccupationRankingOptions = {},
): OccupationRanker {
  const o = { ...defaultRankingOptions, ...options };
  checkOptions(o);
  const { uris, postings, groupOf, members, naming, relations } = indexOccupations(graph, o);
  const background = (skill: string) =>
    (o.noiseRatio * Math.max(1, naming.get(skill) ?? 0)) / Math.max(1, relations);
  // Scratch buffers reused by every call: a ranking allocates only its result.
  const scores = new Float64Array(uris.length);
  const own = new Float64Array(uris.length);
  const groupShare = new Float64Array(members.length);
  const scored = new Uint8Array(uris.length);
  const touched: number[] = [];

  const add = (i: number, p: number, bg: number) => {
    scores[i]! += Math.log1p(p / bg);
    if (scored[i] === 0) touched.push(i);
    scored[i] = 1;
  };
  const addSkill = (list: Postings, bg: number) => {
    if (o.iscoSmoothing === 0) {
      for (let k = 0; k < list.occupations.length; k++) {
        add(list.occupations[k]!, list.shares[k]!, bg);
      }
      return;
    }
    const groups: number[] = [];
    for (let k = 0; k < list.occupations.length; k++) {
      const i = list.occupations[k]!;
      own[i] = list.shares[k]!;
      const g = groupOf[i]!;
      if (groupShare[g] === 0) groups.push(g);
      groupShare[g]! += list.shares[k]!;
    }
    for (const g of groups) {
      const mean = groupShare[g]! / members[g]!.length;
      for (const i of members[g]!) {
        add(i, (1 - o.iscoSmoothing) * own[i]! + o.iscoSmoothing * mean, bg);
        own[i] = 0;
      }
      groupShare[g] = 0;
    }
  };

  return (skills) => {
    for (const skill of new Set(skills)) {
      const list = postings.get(skill);
      if (list) addSkill(list, background(skill));
    }
    // Only scored occupations need sorting; the rest keep uri order at score 0.
    touched.sort((a, b) => scores[b]! - scores[a]! || a - b);
    const ranking = touched.map((i) => ({ uri: uris[i]!, score: scores[i]! }));
    for (let i = 0; i < uris.length; i++)
      if (scored[i] === 0) ranking.push({ uri: uris[i]!, score: 0 });
    for (const i of touched) {
      scores[i] = 0;
      scored[i] = 0;
    }
    touched.length = 0;
    return ranking;
  };
}

/** One-off ranking; build the ranker once with `buildOccupationRanker` when ranking repeatedly. */
export function rankOccupations(
  graph: SkillGraph,
  skills: readonly string[],
  options?: OccupationRankingOptions,
): RankedOccupation[] {
  return buildOccupationRanker(graph, options)(skills);
}
