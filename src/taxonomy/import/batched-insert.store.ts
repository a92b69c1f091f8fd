import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/database.js';
import type { ProgressReporter } from '../../shared/progress.js';

/** A database or an open transaction on it. */
export type Writer = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

/** Rows per INSERT … VALUES statement: fast on PGlite, far under PostgreSQL's 65,535 parameters. */
const valuesBatch = 1000;
/** Rows per unnest insert: each column travels as one array parameter, so batches can be larger. */
const unnestBatch = 5000;

/** Inserts rows with drizzle, ~1,000 per statement, reporting progress under `step`. */
export async function insertRows(
  tx: Writer,
  table: PgTable,
  rows: object[],
  step: string,
  progress: ProgressReporter,
): Promise<number> {
  progress.start(step, rows.length);
  for (let i = 0; i < rows.length; i += valuesBatch) {
    const batch = rows.slice(i, i + valuesBatch);
    await tx.insert(table).values(batch as never[]);
    progress.advance(batch.length);
  }
  progress.finish();
  return rows.length;
}

/**
 * Inserts rows of text columns as one array per column (`INSERT … SELECT unnest(…)`). For the
 * 124k relation rows this is twice as fast as VALUES lists on PGlite, where binding thousands of
 * parameters dominates.
 */
export async function insertTextColumns(
  tx: Writer,
  tableName: string,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  step: string,
  progress: ProgressReporter,
): Promise<number> {
  progress.start(step, rows.length);
  const names = sql.raw(columns.map((c) => `"${c}"`).join(', '));
  for (let i = 0; i < rows.length; i += unnestBatch) {
    const batch = rows.slice(i, i + unnestBatch);
    const arrays = columns.map(
      (_, c) => sql`${sql.param(batch.map((row) => row[c] ?? ''))}::text[]`,
    );
    await tx.execute(
      sql`insert into ${sql.identifier(tableName)} (${names}) select * from unnest(${sql.join(arrays, sql`, `)})`,
    );
    progress.advance(batch.length);
  }
  progress.finish();
  return rows.length;
}
