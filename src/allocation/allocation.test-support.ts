// Shared set-up for the allocation tests (not a test file itself).
import type { DatabaseHandle } from '../db/database.js';
import { startDemoApp, type DemoApp } from '../accounts/accounts.test-support.js';
import { loadDemoData } from '../demo/demo.loader.js';
import { occupationSkill, taxonomyVersion } from '../taxonomy/taxonomy.schema.js';
import { testRelations } from '../people/demo/demo-test-relations.js';
import type { TestEngine } from '../../test/support/database.js';

/** Occupation→skill relations like ESCO's, so that the demo load draws candidates and jobs. */
export async function insertTestRelations(handle: DatabaseHandle): Promise<void> {
  await handle.db
    .insert(taxonomyVersion)
    .values({ id: 'esco-test', label: 'test', active: true, status: 'complete' });
  await handle.db.insert(occupationSkill).values(
    testRelations().flatMap((r) =>
      (['essential', 'optional'] as const).flatMap((relation) =>
        r[relation].map((skillUri) => ({
          versionId: 'esco-test',
          occupationUri: r.occupationUri,
          skillUri,
          relation,
        })),
      ),
    ),
  );
}

/**
 * A test database with the demo loaded over the test relations: people, vacancies, programmes
 * and partnerships, as of the tests' day.
 */
export async function openDemoDatabase(engine: TestEngine): Promise<DatabaseHandle> {
  const handle = await engine.open();
  await insertTestRelations(handle);
  await loadDemoData(handle.db, { seed: 7, scale: 'small', now: new Date('2026-11-21T09:00:00Z') });
  return handle;
}

/** The demo app with people, vacancies and programmes (the plain demo app has none). */
export function startAllocationDemoApp(engine: TestEngine): Promise<DemoApp> {
  return startDemoApp(engine, insertTestRelations);
}
