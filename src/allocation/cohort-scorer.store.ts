import type { Database } from '../db/database.js';
import { readSkillGraphInput, readWeights } from '../matching/matching.store.js';
import { defaultMatchWeights } from '../matching/match-weights.js';
import { occupationProximity } from '../matching/occupation-proximity.js';
import { buildSkillGraph, type SkillGraph } from '../matching/skill-graph.js';
import { activeVersionId } from '../taxonomy/taxonomy-index.store.js';
import { matchingScorer, skillShareScorer, type CohortScorer } from './cohort-scorer.js';

/** One skill graph per database and taxonomy version: building it reads every relation. */
const graphs = new WeakMap<Database, { versionId: string; graph: Promise<SkillGraph> }>();

function skillGraphOf(db: Database, versionId: string): Promise<SkillGraph> {
  const cached = graphs.get(db);
  if (cached?.versionId === versionId) return cached.graph;
  const graph = readSkillGraphInput(db, versionId).then(buildSkillGraph);
  graphs.set(db, { versionId, graph });
  graph.catch(() => graphs.delete(db));
  return graph;
}

/**
 * The scorer a partnership's runs use: the matching engine's score under the partnership's
 * weights (the defaults otherwise) over the active taxonomy version; without an imported
 * taxonomy, the essential-skill share.
 */
export async function cohortScorer(db: Database, partnershipId: string): Promise<CohortScorer> {
  const versionId = await activeVersionId(db);
  if (!versionId) return skillShareScorer;
  const graph = await skillGraphOf(db, versionId);
  const own = await readWeights(db, partnershipId);
  return matchingScorer(
    { graph, weights: own ?? defaultMatchWeights, proximity: occupationProximity(graph) },
    `matching.score (${versionId}, ${own ? 'partnership weights' : 'default weights'})`,
  );
}
