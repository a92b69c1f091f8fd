import { eq, ne } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import type { ProgressReporter } from '../../shared/progress.js';
import {
  collectionMember,
  country,
  eqfLevel,
  iscedField,
  iscedLevel,
  iscoGroup,
  occupation,
  occupationBroader,
  occupationSkill,
  skill,
  skillBroader,
  skillGroup,
  skillSkill,
  taxonomyVersion,
} from '../taxonomy.schema.js';
import { insertRows, insertTextColumns, type Writer } from './batched-insert.store.js';
import type { ImportFlaw, ReferenceDataset } from './reference-rows.js';

type D = ReferenceDataset;

/** Concept tables of a version: few rows, array columns, inserted through drizzle. */
const conceptSteps = [
  ['occupations', occupation, (d: D) => d.occupations],
  ['skills', skill, (d: D) => d.skills],
  ['skillGroups', skillGroup, (d: D) => d.skillGroups],
] as const;

/** Relation tables of a version: many rows of text columns, inserted as column arrays. */
const relationSteps = [
  [
    'occupationSkills',
    occupationSkill,
    'occupation_skill',
    ['occupation_uri', 'skill_uri', 'relation'],
    (d: D) => d.occupationSkills.map((r) => [r.occupationUri, r.skillUri, r.relation]),
  ],
  [
    'occupationBroader',
    occupationBroader,
    'occupation_broader',
    ['uri', 'broader_uri'],
    (d: D) => d.occupationBroader.map((r) => [r.uri, r.broaderUri]),
  ],
  [
    'skillBroader',
    skillBroader,
    'skill_broader',
    ['uri', 'broader_uri'],
    (d: D) => d.skillBroader.map((r) => [r.uri, r.broaderUri]),
  ],
  [
    'skillSkills',
    skillSkill,
    'skill_skill',
    ['skill_uri', 'related_skill_uri', 'relation'],
    (d: D) => d.skillSkills.map((r) => [r.skillUri, r.relatedSkillUri, r.relation]),
  ],
  [
    'collectionMembers',
    collectionMember,
    'collection_member',
    ['collection', 'concept_uri'],
    (d: D) => d.collectionMembers.map((r) => [r.collection, r.conceptUri]),
  ],
] as const;

/** Version-independent classifications, replaced whole on each import. */
const sharedSteps = [
  ['iscoGroups', iscoGroup, (d: D) => d.iscoGroups],
  ['iscedLevels', iscedLevel, (d: D) => d.iscedLevels],
  ['iscedFields', iscedField, (d: D) => d.iscedFields],
  ['countries', country, (d: D) => d.countries],
  ['eqfLevels', eqfLevel, (d: D) => d.eqfLevels],
] as const;

export interface VersionToWrite {
  id: string;
  label: string;
  importedAt: Date;
}

/**
 * Replaces one taxonomy version and the shared classifications in a single transaction, so a
 * crash leaves the previous state; re-running gives the same rows. Returns the rows per table.
 */
export async function writeReferenceDataset(
  db: Database,
  version: VersionToWrite,
  dataset: ReferenceDataset,
  flaws: ImportFlaw[],
  progress: ProgressReporter,
): Promise<Record<string, number>> {
  return db.transaction(async (tx) => {
    await deleteVersion(tx, version.id);
    await tx
      .insert(taxonomyVersion)
      .values({ id: version.id, label: version.label, status: 'importing', active: false });
    const counts: Record<string, number> = {};
    for (const [name, table, rowsOf] of conceptSteps) {
      const rows = rowsOf(dataset).map((r) => ({ ...r, versionId: version.id }));
      counts[name] = await insertRows(tx, table, rows, name, progress);
    }
    for (const [name, , tableName, columns, rowsOf] of relationSteps) {
      const rows = rowsOf(dataset).map((r) => [version.id, ...r]);
      counts[name] = await insertTextColumns(
        tx,
        tableName,
        ['version_id', ...columns],
        rows,
        name,
        progress,
      );
    }
    for (const [name, table, rowsOf] of sharedSteps) {
      await tx.delete(table);
      counts[name] = await insertRows(tx, table, rowsOf(dataset), name, progress);
    }
    await tx
      .update(taxonomyVersion)
      .set({ active: false })
      .where(ne(taxonomyVersion.id, version.id));
    await tx
      .update(taxonomyVersion)
      .set({ status: 'complete', active: true, importedAt: version.importedAt, counts, flaws })
      .where(eq(taxonomyVersion.id, version.id));
    return counts;
  });
}

async function deleteVersion(tx: Writer, versionId: string): Promise<void> {
  for (const [, table] of relationSteps)
    await tx.delete(table).where(eq(table.versionId, versionId));
  for (const [, table] of conceptSteps)
    await tx.delete(table).where(eq(table.versionId, versionId));
  await tx.delete(taxonomyVersion).where(eq(taxonomyVersion.id, versionId));
}
