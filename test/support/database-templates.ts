import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../../src/db/database.js';

/**
 * Migrating a fresh database costs seconds of CPU, and the store tests open dozens. The test
 * run's global set-up migrates one database per engine (a dumped PGlite data folder, a template
 * database on the PostgreSQL server) and names it in these variables; each file clones it.
 */
export const templateVariables = {
  pglite: 'PASSERELLE_TEST_PGLITE_TEMPLATE',
  postgres: 'PASSERELLE_TEST_POSTGRES_TEMPLATE',
} as const;

/** Runs one statement on the server's maintenance connection (CREATE or DROP DATABASE). */
export async function onServer(baseUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** The URL of database `name` on the server at baseUrl. */
export function databaseUrl(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Migrates an in-memory PGlite and writes its data folder, as a tarball, to `file`. */
export async function writePgliteTemplate(file: string): Promise<void> {
  const handle = await openDatabase({ kind: 'pglite', dataDir: undefined });
  try {
    const client = (handle.db as unknown as { $client: PGlite }).$client;
    const dump = await client.dumpDataDir('none');
    await fs.writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await handle.close();
  }
}

/** A migrated template database on the server at baseUrl: its name, and how to drop it. */
export async function createPostgresTemplate(
  baseUrl: string,
): Promise<{ name: string; drop(): Promise<void> }> {
  const name = `passerelle_template_${randomBytes(6).toString('hex')}`;
  await onServer(baseUrl, `CREATE DATABASE ${name}`);
  const drop = () => onServer(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  try {
    const handle = await openDatabase({ kind: 'postgres', url: databaseUrl(baseUrl, name) });
    await handle.close(); // CREATE DATABASE … TEMPLATE needs the template without connections
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, drop };
}

let pgliteDump: Promise<Blob | undefined> | undefined;

/** The migrated PGlite dump the global set-up wrote, read once per process; none outside it. */
export function pgliteTemplate(): Promise<Blob | undefined> {
  const file = process.env[templateVariables.pglite];
  pgliteDump ??= file
    ? fs.readFile(file).then((bytes) => new Blob([bytes]))
    : Promise.resolve(undefined);
  return pgliteDump;
}

/** The migrated template database on the PostgreSQL server, when the global set-up made one. */
export function postgresTemplate(): string | undefined {
  return process.env[templateVariables.postgres] || undefined;
}
