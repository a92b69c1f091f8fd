import type { Database } from '../db/database.js';
import { readWeights } from '../matching/matching.store.js';
import { skillGraphOf } from '../matching/matching.service.js';
import { defaultMatchWeights } from '../matching/match-weights.js';
import { occupationProximity } from '../matching/occupation-proximity.js';
import { activeVersionId } from '../taxonomy/taxonomy-index.store.js';
import { matchingScorer, skillShareScorer, type CohortScorer } from './cohort-scorer.js';

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
