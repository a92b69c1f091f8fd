/**
 * Reference scores for the occupation ranking, run side by side with the engine's in
 * bench/matching-quality.bench.ts: Jaccard overlap of skill sets, and cosine similarity of
 * IDF-weighted skill vectors (weight = the graph's specificity). An occupation's skills are its
 * essential and optional skills together. Pure.
 */
import type { OccupationRanker, RankedOccupation } from '../src/matching/occupation-ranking.js';
import type { SkillGraph } from '../src/matching/skill-graph.js';

interface Index {
  uris: string[];
  skillsOf: Set<string>[];
  postings: Map<string, number[]>;
}

function indexOf(graph: SkillGraph): Index {
  const uris = [...graph.occupations.keys()].sort();
  const skillsOf = uris.map((uri) => {
    const o = graph.occupations.get(uri)!;
    return new Set([...o.essential, ...o.optional]);
  });
  const postings = new Map<string, number[]>();
  skillsOf.forEach((skills, i) => {
    for (const s of skills) {
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  });
  return { uris, skillsOf, postings };
}

function ranked(uris: readonly string[], scores: Float64Array): RankedOccupation[] {
  const order = Array.from({ length: uris.length }, (_, i) => i);
  order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return order.map((i) => ({ uri: uris[i]!, score: scores[i]! }));
}

/** |held ∩ occupation| / |held ∪ occupation| over distinct skill uris. */
export function jaccardRanking(graph: SkillGraph): OccupationRanker {
  const { uris, skillsOf, postings } = indexOf(graph);
  return (skills) => {
    const held = new Set(skills);
    const shared = new Float64Array(uris.length);
    for (const s of held) for (const i of postings.get(s) ?? []) shared[i]! += 1;
    const scores = shared.map((c, i) => (c === 0 ? 0 : c / (held.size + skillsOf[i]!.size - c)));
    return ranked(uris, scores);
  };
}

/** Cosine of the held and occupation skill vectors, each skill weighted by its specificity. */
export function idfCosineRanking(graph: SkillGraph): OccupationRanker {
  const { uris, skillsOf, postings } = indexOf(graph);
  const norms = skillsOf.map((skills) =>
    Math.sqrt([...skills].reduce((sum, s) => sum + graph.specificity(s) ** 2, 0)),
  );
  return (skills) => {
    const held = new Set(skills);
    const dot = new Float64Array(uris.length);
    let heldNorm = 0;
    for (const s of held) {
      const w = graph.specificity(s);
      heldNorm += w * w;
      for (const i of postings.get(s) ?? []) dot[i]! += w * w;
    }
    const scale = Math.sqrt(heldNorm);
    const scores = dot.map((d, i) => (d === 0 ? 0 : d / (scale * norms[i]!)));
    return ranked(uris, scores);
  };
}
