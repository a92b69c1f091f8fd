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

/** Runs one statement on the server's maintenance connection (CREATE or DROP DATABASE). */
async function onServer(baseUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** A new, empty database on the PostgreSQL server at baseUrl: its URL, and how to drop it. */
export async function createThrowawayDatabase(
  baseUrl: string,
  prefix = 'passerelle_test',
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onServer(baseUrl, `CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** A throwaway database on the server named by TEST_DATABASE_URL, dropped on close. */
function postgresEngine(baseUrl: string): TestEngine {
  return {
    name: 'postgres',
    async open() {
      const database = await createThrowawayDatabase(baseUrl);
      const handle = await openDatabase({ kind: 'postgres', url: database.url });
      return {
        ...handle,
        async close() {
          await handle.close();
          await database.drop();
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
