import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { indexedConcepts } from './search/indexed-concepts.js';
import { buildTaxonomyIndex, emptyTaxonomyIndex, type TaxonomyIndex } from './taxonomy-index.js';
import { occupation, skill, taxonomyVersion } from './taxonomy.schema.js';

/** The id of the active, completely imported taxonomy version, or undefined. */
export async function activeVersionId(db: Database): Promise<string | undefined> {
  const rows = await db
    .select({ id: taxonomyVersion.id })
    .from(taxonomyVersion)
    .where(and(eq(taxonomyVersion.active, true), eq(taxonomyVersion.status, 'complete')))
    .limit(1);
  return rows[0]?.id;
}

/** Loads the active version's occupations and skills and builds the search index over them. */
export async function loadTaxonomyIndex(db: Database): Promise<TaxonomyIndex> {
  const versionId = await activeVersionId(db);
  if (!versionId) return emptyTaxonomyIndex;
  const labels = {
    uri: occupation.uri,
    preferredLabel: occupation.preferredLabel,
    altLabels: occupation.altLabels,
    hiddenLabels: occupation.hiddenLabels,
  };
  const occupations = await db
    .select({ ...labels, code: occupation.code, iscoCode: occupation.iscoCode })
    .from(occupation)
    .where(eq(occupation.versionId, versionId));
  const skills = await db
    .select({
      uri: skill.uri,
      preferredLabel: skill.preferredLabel,
      altLabels: skill.altLabels,
      hiddenLabels: skill.hiddenLabels,
      skillType: skill.skillType,
    })
    .from(skill)
    .where(eq(skill.versionId, versionId));
  return buildTaxonomyIndex(versionId, indexedConcepts(occupations, skills));
}
