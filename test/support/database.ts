import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.js';

/** A database engine the store tests run on. */
export interface TestEngine {
  name: 'pglite' | 'postgres';
  /** Opens a fresh, migrated, empty database; close() drops it. */
  open(): Promise<DatabaseHandle>;
}

const pglite: TestEngine = {
  name: 'pglite',
  open: () => openDatabase({ kind: 'pglite', dataDir: undefined }),
};

/** A throwaway database on the server named by TEST_DATABASE_URL, dropped on close. */
function postgresEngine(baseUrl: string): TestEngine {
  return {
    name: 'postgres',
    async open() {
      const name = `passerelle_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(baseUrl);
      url.pathname = `/${name}`;
      const handle = await openDatabase({ kind: 'postgres', url: url.toString() });
      return {
        ...handle,
        async close() {
          await handle.close();
          const dropper = new pg.Client({ connectionString: baseUrl });
          await dropper.connect();
          await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await dropper.end();
        },
      };
    },
  };
}

/** PGlite always; a PostgreSQL server too when TEST_DATABASE_URL is set. */
export function testEngines(): TestEngine[] {
  const url = process.env.TEST_DATABASE_URL;
  return url ? [pglite, postgresEngine(url)] : [pglite];
}
