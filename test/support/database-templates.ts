import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../../src/db/database.js';
import { inputsDigest, testCacheFolder } from './input-digest.js';

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

/** What a migrated database depends on: the migrations, the code applying them, PGlite. */
const migrationInputs = [
  'drizzle',
  'src/db',
  'node_modules/@electric-sql/pglite/package.json',
  'node_modules/drizzle-orm/package.json',
];

/**
 * Writes a migrated PGlite data folder, as a tarball, to `file`: a copy of the one kept in
 * node_modules/.cache for the current migrations, or, the first time, an in-memory PGlite
 * migrated here (migrating costs ~10 s of CPU on the critical path of every run).
 */
export async function writePgliteTemplate(file: string): Promise<void> {
  const kept = path.join(
    testCacheFolder,
    `pglite-migrated-${await inputsDigest(migrationInputs)}.tar`,
  );
  if (
    await fs.copyFile(kept, file).then(
      () => true,
      () => false,
    )
  )
    return;
  const handle = await openDatabase({ kind: 'pglite', dataDir: undefined });
  try {
    const client = (handle.db as unknown as { $client: PGlite }).$client;
    const dump = Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer());
    await fs.writeFile(file, dump);
    await fs.mkdir(testCacheFolder, { recursive: true });
    const partial = `${kept}.${process.pid}.partial`;
    await fs.writeFile(partial, dump);
    await fs.rename(partial, kept); // whole or absent, even with two runs at once
    for (const name of await fs.readdir(testCacheFolder))
      if (/^pglite-migrated-\w+\.tar$/.test(name) && path.join(testCacheFolder, name) !== kept)
        await fs.rm(path.join(testCacheFolder, name), { force: true });
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
