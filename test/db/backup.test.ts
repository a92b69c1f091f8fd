import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createThrowawayDatabase } from '../support/database.js';
import { recordAudit } from '../../src/accounts/audit.store.js';
import { backupDatabase, restoreDatabase } from '../../src/db/backup.service.js';
import { openDatabase, type Database, type DatabaseTarget } from '../../src/db/database.js';
import { seedLabourMarketReference } from '../../src/labour-market/labour-market.test-support.js';

const quiet = () => undefined;
const NOBODY = '00000000-0000-4000-8000-000000000009';

/** The rows of a query's result, as both drivers give them. */
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Row count and an md5 of every row of every table (Passerelle's and drizzle's migrations). */
async function fingerprint(db: Database): Promise<Record<string, string>> {
  const tables = await db.execute(
    sql`select table_schema || '.' || table_name as name from information_schema.tables
        where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1`,
  );
  const result: Record<string, string> = {};
  for (const { name } of rowsOf<{ name: string }>(tables)) {
    const [schema, table] = name.split('.') as [string, string];
    const rows = await db.execute(
      sql`select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\n' order by t::text), '')) as sum
          from ${sql.identifier(schema)}.${sql.identifier(table)} t`,
    );
    const row = rowsOf<{ n: number; sum: string }>(rows)[0];
    result[name] = `${row?.n} ${row?.sum}`;
  }
  return result;
}

async function withDatabase<T>(target: DatabaseTarget, use: (db: Database) => Promise<T>) {
  const handle = await openDatabase(target);
  try {
    return await use(handle.db);
  } finally {
    await handle.close();
  }
}

const addAuditEvent = (db: Database) =>
  recordAudit(db, {
    at: new Date(),
    actorUserId: NOBODY,
    action: 'user.update',
    entity: 'user',
    entityId: NOBODY,
    subjectUserId: NOBODY,
    detail: {},
  });

interface Engine {
  name: string;
  /** A new empty database (nothing migrated). */
  fresh(): Promise<DatabaseTarget>;
  cleanup(): Promise<void>;
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-backup-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function pgliteEngine(): Engine {
  let n = 0;
  return {
    name: 'pglite',
    fresh: async () => ({ kind: 'pglite', dataDir: path.join(scratch, `data-${++n}`) }),
    cleanup: async () => undefined,
  };
}

function postgresEngine(baseUrl: string): Engine {
  const databases: { drop(): Promise<void> }[] = [];
  return {
    name: 'postgres',
    async fresh() {
      const database = await createThrowawayDatabase(baseUrl, 'passerelle_backup');
      databases.push(database);
      return { kind: 'postgres', url: database.url };
    },
    async cleanup() {
      for (const database of databases) await database.drop();
    },
  };
}

const engines = [
  pgliteEngine(),
  ...(process.env.TEST_DATABASE_URL ? [postgresEngine(process.env.TEST_DATABASE_URL)] : []),
];

describe.each(engines)('backup and restore ($name)', (engine) => {
  afterAll(() => engine.cleanup());

  it('GIVEN a database with reference data and an audit trail WHEN backed up and restored into an empty database THEN every table has the same rows; a non-empty one is refused unless forced', async () => {
    const source = await engine.fresh();
    const before = await withDatabase(source, async (db) => {
      await seedLabourMarketReference(db);
      await addAuditEvent(db);
      return fingerprint(db);
    });
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(Object.values(before).filter((v) => !v.startsWith('0 ')).length).toBeGreaterThan(5);
    const file = path.join(scratch, `${engine.name}.backup`);
    await backupDatabase(source, file, quiet);
    expect(fs.statSync(file).mode & 0o077).toBe(0);

    const copy = await engine.fresh();
    await restoreDatabase(copy, file, { force: false }, quiet);
    expect(await withDatabase(copy, fingerprint)).toEqual(before);

    // The copy moves on; restoring over it is refused, and leaves it as it was.
    const moved = await withDatabase(copy, async (db) => {
      await addAuditEvent(db);
      return fingerprint(db);
    });
    await expect(restoreDatabase(copy, file, { force: false }, quiet)).rejects.toThrow(
      /is not empty\. Restore into an empty one, or add --force/,
    );
    expect(await withDatabase(copy, fingerprint)).toEqual(moved);

    await restoreDatabase(copy, file, { force: true }, quiet);
    expect(await withDatabase(copy, fingerprint)).toEqual(before);
  }, 240_000);
});
