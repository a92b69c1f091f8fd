import { randomBytes } from 'node:crypto';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.js';
import { databaseUrl, onServer, pgliteTemplate, postgresTemplate } from './database-templates.js';
import { loadDemoData } from '../../src/demo/demo.loader.js';
import { demoLoad, openPgliteWithDemo, postgresDemoTemplate } from './demo-templates.js';
import { openPgliteWithEsco } from './esco-data.js';

/** A database engine the store tests run on. */
export interface TestEngine {
  name: 'pglite' | 'postgres';
  /** Opens a fresh, migrated, empty database; close() drops it. */
  open(): Promise<DatabaseHandle>;
  /**
   * Opens a fresh database that may already hold the imported ESCO release (on PGlite, a copy of
   * a cached import: test/support/esco-data.ts); ensureReferenceData then finds it or imports it.
   */
  openWithEsco(): Promise<DatabaseHandle>;
  /**
   * Opens a fresh database holding the small demo dataset (`demoLoad`), cloned from the run's
   * copy of it (test/support/demo-templates.ts); close() drops it.
   */
  openWithDemo(): Promise<DatabaseHandle>;
}

/** In memory, cloned from the run's migrated dump (migrated here when there is none). */
const openPglite = async (loadDataDir?: Blob) =>
  openDatabase({
    kind: 'pglite',
    dataDir: undefined,
    loadDataDir: loadDataDir ?? (await pgliteTemplate()),
  });

const pglite: TestEngine = {
  name: 'pglite',
  open: () => openPglite(),
  openWithEsco: () => openPgliteWithEsco(openPglite),
  openWithDemo: () => openPgliteWithDemo(openPglite),
};

/**
 * A new database on the PostgreSQL server at baseUrl (a copy of `template` if given, otherwise
 * empty): its URL, and how to drop it.
 */
export async function createThrowawayDatabase(
  baseUrl: string,
  prefix = 'passerelle_test',
  template?: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onServer(baseUrl, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  return {
    url: databaseUrl(baseUrl, name),
    drop: () => onServer(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * A throwaway database on the server named by TEST_DATABASE_URL, cloned from the run's migrated
 * template when there is one, and dropped on close.
 */
function postgresEngine(baseUrl: string): TestEngine {
  const openCopyOf = async (template: string | undefined) => {
    const database = await createThrowawayDatabase(baseUrl, undefined, template);
    const handle = await openDatabase({ kind: 'postgres', url: database.url });
    return {
      ...handle,
      async close() {
        await handle.close();
        await database.drop();
      },
    };
  };
  return {
    name: 'postgres',
    openWithEsco: () => openCopyOf(postgresTemplate()),
    open: () => openCopyOf(postgresTemplate()),
    async openWithDemo() {
      const migrated = postgresTemplate();
      if (migrated) return openCopyOf(await postgresDemoTemplate(baseUrl, migrated));
      const handle = await openCopyOf(undefined); // outside the global set-up: load it here
      await loadDemoData(handle.db, demoLoad);
      return handle;
    },
  };
}

/** PGlite always; a PostgreSQL server too when TEST_DATABASE_URL is set. */
export function testEngines(): TestEngine[] {
  const url = process.env.TEST_DATABASE_URL;
  return url ? [pglite, postgresEngine(url)] : [pglite];
}
