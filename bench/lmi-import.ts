/**
 * The product's import path, timed from outside as `passerelle lmi import` runs it: read the file,
 * parse and check every row in the import worker, commit the observations in one transaction.
 * The reference is `COPY` of the same file, on the same engine, into a table of the same columns
 * and indexes (no validation, no upsert): what an operator loading the file by hand would get.
 * Both run in alternating order, one pair per round, on a fresh table each time.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '../src/db/database.js';
import { openEmbedded } from '../src/db/embedded.js';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import * as schema from '../src/db/schema.js';
import { closeImportPool } from '../src/imports-runtime/parse-pool.job.js';
import { importObservationFile } from '../src/labour-market/observation-import.service.js';
import { seedLabourMarketReference } from '../src/labour-market/labour-market.test-support.js';
import { countObservations } from '../src/labour-market/observation.store.js';
import { createThrowawayDatabase } from '../test/support/database.js';

const ISCO = ['2', '22', '221', '2211', '222', '2221', '2222', '25', '251', '2512', '3221'];
const COUNTRIES = ['BE', 'MA', 'NG', 'KE'];
const MEASURES = ['vacancies', 'job_seekers', 'job_postings', 'graduates'];
/** One row in this many carries an unknown country, so that validation rejects it. */
export const REJECT_EVERY = 10_000;

/**
 * Writes `n` rows of Passerelle observation CSV, each with its own key (no two rows sum), in the
 * order a statistical office exports them: by source, month, measure, country, occupation.
 */
export function writeObservationCsv(file: string, n: number): { rejected: number } {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, 'measure,country,region,occupation,skill,month,count,source\n');
  const perMonth = COUNTRIES.length * ISCO.length * MEASURES.length;
  const months = 12 * 300;
  let chunk: string[] = [];
  let rejected = 0;
  for (let i = 0; i < n; i++) {
    const m = Math.floor(i / perMonth) % months;
    const bad = i % REJECT_EVERY === REJECT_EVERY - 1;
    if (bad) rejected++;
    const country = bad ? 'XX' : COUNTRIES[i % COUNTRIES.length];
    const isco = ISCO[Math.floor(i / COUNTRIES.length) % ISCO.length];
    const measure = MEASURES[Math.floor(i / COUNTRIES.length / ISCO.length) % MEASURES.length];
    const month = `${1900 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    const source = `office-${Math.floor(i / (perMonth * months))}`;
    chunk.push(`${measure},${country},,${isco},,${month},${(i * 7919) % 5000},${source}`);
    if (chunk.length === 50_000) {
      fs.writeSync(fd, chunk.join('\n') + '\n');
      chunk = [];
    }
  }
  if (chunk.length) fs.writeSync(fd, chunk.join('\n') + '\n');
  fs.closeSync(fd);
  return { rejected };
}

export interface ImportEngine {
  name: 'pglite' | 'postgres';
  handle: DatabaseHandle;
  /** COPY of the file into the reference table; resolves when committed. */
  copy(file: string): Promise<void>;
  drop(): Promise<void>;
}

const COPY_COLUMNS = '(measure, country, region, isco_code, skill_uri, month, count, source)';
const COPY_OPTIONS = '(FORMAT csv, HEADER true, FORCE_NOT_NULL (region, skill_uri))';
/** The reference table: lmi_observation's columns, defaults and indexes, without the import. */
const REFERENCE_TABLE = [
  'DROP TABLE IF EXISTS lmi_bench_copy',
  'CREATE TABLE lmi_bench_copy (LIKE lmi_observation INCLUDING DEFAULTS INCLUDING INDEXES)',
  'ALTER TABLE lmi_bench_copy ALTER COLUMN import_id DROP NOT NULL',
];

async function pgliteEngine(): Promise<ImportEngine> {
  // A data folder, as the CLI opens it (not memory): the pages are written to disk.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lmi-bench-'));
  const embedded = await openEmbedded(dir);
  const db = drizzle(embedded.client, { schema });
  await migrate(db, { migrationsFolder: path.resolve(import.meta.dirname, '..', 'drizzle') });
  const client: PGlite = embedded.client;
  return {
    name: 'pglite',
    handle: { db, engine: 'pglite', close: embedded.close },
    async copy(file) {
      const blob = new Blob([fs.readFileSync(file)]);
      await client.query(
        `COPY lmi_bench_copy ${COPY_COLUMNS} FROM '/dev/blob' ${COPY_OPTIONS}`,
        [],
        {
          blob,
        },
      );
    },
    async drop() {
      await embedded.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresEngine(baseUrl: string): Promise<ImportEngine> {
  const database = await createThrowawayDatabase(baseUrl, 'passerelle_bench');
  const handle = await openDatabase({ kind: 'postgres', url: database.url });
  return {
    name: 'postgres',
    handle,
    async copy(file) {
      // Client-side COPY through psql, as an operator would load a file.
      execFileSync('psql', [
        database.url,
        '-qc',
        `\\copy lmi_bench_copy ${COPY_COLUMNS} FROM '${file}' WITH ${COPY_OPTIONS}`,
      ]);
    },
    async drop() {
      await handle.close();
      await database.drop();
    },
  };
}

/** The engines to compare: PGlite always, PostgreSQL when a server URL is given. */
export async function importEngines(postgresUrl: string | undefined): Promise<ImportEngine[]> {
  const engines = [await pgliteEngine()];
  if (postgresUrl) engines.push(await postgresEngine(postgresUrl));
  for (const engine of engines) await seedLabourMarketReference(engine.handle.db);
  return engines;
}

/** Empties both tables so that each round starts from the same state. */
export async function resetTables(engine: ImportEngine): Promise<void> {
  const db = engine.handle.db;
  await db.execute(sql`TRUNCATE lmi_observation, lmi_import`);
  for (const statement of REFERENCE_TABLE) await db.execute(sql.raw(statement));
  await db.execute(sql`CHECKPOINT`);
}

/** The product path, from the file on disk to the rows committed; returns the rows counted. */
export async function productImport(engine: ImportEngine, file: string) {
  const content = fs.readFileSync(file, 'utf8');
  const report = await importObservationFile(engine.handle.db, {
    versionId: '',
    fileName: path.basename(file),
    content,
    importedBy: null,
    now: new Date(),
  });
  return { accepted: report.accepted, rejected: report.rejected.length };
}

export async function committedRows(
  engine: ImportEngine,
): Promise<{ product: number; copy: number }> {
  const result = await engine.handle.db.execute(sql`SELECT count(*)::int AS n FROM lmi_bench_copy`);
  const [row] = (result as unknown as { rows: { n: number }[] }).rows;
  return { product: await countObservations(engine.handle.db), copy: row?.n ?? 0 };
}

export const closeImportWorkers = closeImportPool;
