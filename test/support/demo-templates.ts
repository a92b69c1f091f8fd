import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.js';
import { loadDemoData } from '../../src/demo/demo.loader.js';
import { databaseUrl, templateVariables } from './database-templates.js';

/**
 * The small demo dataset the route tests start from (test/support/demo-app.ts). Loading it costs
 * seconds of CPU and dozens of files need it, so it is loaded once per test run and engine (on
 * PGlite, a dump next to the migrated one; on the server, a template database) and each file
 * clones that copy, as it clones the migrated database.
 */
export const demoLoad = {
  seed: 7,
  scale: 'small',
  now: new Date('2026-11-21T09:00:00Z'),
} as const;

/** The run's demo database on the server: the migrated template's name with this suffix. */
const DEMO_SUFFIX = '_demo';

/**
 * A PGlite database holding the demo dataset: a copy of the run's dump when a file of this run
 * already made it, otherwise one `open` gives, loaded here and dumped for the next files.
 */
export async function openPgliteWithDemo(
  open: (loadDataDir?: Blob) => Promise<DatabaseHandle>,
): Promise<DatabaseHandle> {
  const migrated = process.env[templateVariables.pglite];
  const file = migrated ? path.join(path.dirname(migrated), 'pglite-demo.tar') : undefined;
  const saved = file ? await fs.readFile(file).catch(() => undefined) : undefined;
  if (saved) return open(new Blob([saved]));
  const handle = await open();
  try {
    await loadDemoData(handle.db, demoLoad);
    if (file) {
      const client = (handle.db as unknown as { $client: PGlite }).$client;
      const dump = await client.dumpDataDir('none');
      const partial = `${file}.${process.pid}.partial`;
      await fs.writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      await fs.rename(partial, file); // two files may both load it the first time: one wins
    }
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

let postgresDemo: Promise<string> | undefined;

/**
 * The name of the run's demo template on the server at baseUrl, cloned from the migrated template
 * and loaded by the first file that asks (under an advisory lock, so once per run).
 */
export function postgresDemoTemplate(baseUrl: string, migrated: string): Promise<string> {
  postgresDemo ??= createPostgresDemoTemplate(baseUrl, migrated);
  return postgresDemo;
}

async function createPostgresDemoTemplate(baseUrl: string, migrated: string): Promise<string> {
  const name = `${migrated}${DEMO_SUFFIX}`;
  const loading = `${name}_loading`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return name;
    await admin.query(`DROP DATABASE IF EXISTS ${loading} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${loading} TEMPLATE ${migrated}`);
    const handle = await openDatabase({ kind: 'postgres', url: databaseUrl(baseUrl, loading) });
    try {
      await loadDemoData(handle.db, demoLoad);
    } finally {
      await handle.close(); // a template is cloned only without connections
    }
    await admin.query(`ALTER DATABASE ${loading} RENAME TO ${name}`);
    return name;
  } finally {
    await admin.end(); // ends the session, and with it the advisory lock
  }
}

/** The databases postgresDemoTemplate may have left for the template `migrated`, to drop. */
export function postgresDemoDatabases(migrated: string): string[] {
  return [`${migrated}${DEMO_SUFFIX}`, `${migrated}${DEMO_SUFFIX}_loading`];
}
