// Shared set-up for the recognition store and route tests (not a test file itself).
import path from 'node:path';
import type { Database } from '../db/database.js';
import { occupation, occupationSkill, taxonomyVersion } from '../taxonomy/taxonomy.schema.js';
import { ESSENTIAL_SKILLS, OCCUPATION_LABELS } from './demo/esco-ict.js';
import { seedRecognitionData } from './seed.js';

/** A tiny active taxonomy: the demo ICT occupations with their real essential skills. */
export async function seedIctTaxonomy(db: Database): Promise<void> {
  await db
    .insert(taxonomyVersion)
    .values({ id: 'test-esco', label: 'test', active: true, status: 'complete' });
  for (const [uri, skills] of Object.entries(ESSENTIAL_SKILLS)) {
    await db.insert(occupation).values({
      versionId: 'test-esco',
      uri,
      code: 'x',
      iscoCode: '2512',
      preferredLabel: OCCUPATION_LABELS[uri]!,
    });
    await db.insert(occupationSkill).values(
      skills.map((skillUri) => ({
        versionId: 'test-esco',
        occupationUri: uri,
        skillUri,
        relation: 'essential' as const,
      })),
    );
  }
}

/** The taxonomy above plus the reference and demo recognition data. */
export async function seedRecognitionTestData(db: Database): Promise<void> {
  await seedIctTaxonomy(db);
  await seedRecognitionData(db, path.resolve('reference'), { demo: true });
}
