import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.js';
import { openEmbedded } from './embedded.js';

/** The database as every store sees it: the same type on PGlite and on a PostgreSQL server. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
}

const migrationsFolder = path.resolve(import.meta.dirname, '..', '..', 'drizzle');

export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  /**
   * `dataDir` undefined → an in-memory PGlite (tests); `loadDataDir` starts it from a dump
   * (`dumpDataDir`), which the test suites use to clone one migrated database per file.
   */
  | { kind: 'pglite'; dataDir: string | undefined; loadDataDir?: Blob };

/** Opens the database, takes the data-folder lock for PGlite, and applies pending migrations. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    let closing = false;
    // An idle connection the server ends (restart, administrator command, a test dropping its
    // database) is an 'error' event on the pool; unheard, it would crash the process. The pool
    // replaces the connection on next use, so it is only worth a line, and none while closing.
    pool.on('error', (error) => {
      if (!closing)
        process.stderr.write(`database: an idle connection was lost: ${error.message}\n`);
    });
    const db = drizzlePg(pool, { schema });
    try {
      await migratePg(db, { migrationsFolder });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return {
      db,
      engine: 'postgres',
      close: () => {
        closing = true;
        return pool.end();
      },
    };
  }
  const embedded = await openEmbedded(target.dataDir, target.loadDataDir);
  try {
    const db = drizzlePglite(embedded.client, { schema });
    await migratePglite(db, { migrationsFolder });
    return { db, engine: 'pglite', close: embedded.close };
  } catch (error) {
    await embedded.close();
    throw error;
  }
}
