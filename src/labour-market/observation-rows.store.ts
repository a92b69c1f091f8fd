import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import type { ProgressReporter } from '../shared/progress.js';
import type { Observation } from './observation.js';
import { copyObservations, pgliteTransactionOf } from './observation-copy.store.js';

/**
 * Rows per statement. The rows travel as one array per column (`unnest`), so a statement has ten
 * parameters whatever its size: the server plans it once, instead of once per 1,000 rows with
 * 10,000 parameters as a multi-row VALUES list needs.
 */
const BATCH = 20_000;

const UNIQUE_VIOLATION = '23505';

const column = <K extends keyof Observation>(rows: readonly Observation[], key: K) =>
  sql.param(rows.map((o) => o[key]));

/** The rows as a relation with lmi_observation's columns, in its order, import last. */
function rowsOf(rows: readonly Observation[], importId: string): SQL {
  return sql`select t.*, ${importId}::uuid from unnest(
      ${column(rows, 'measure')}::text[], ${column(rows, 'country')}::text[],
      ${column(rows, 'region')}::text[], ${column(rows, 'iscoCode')}::text[],
      ${column(rows, 'occupationUri')}::text[], ${column(rows, 'skillUri')}::text[],
      ${column(rows, 'month')}::text[], ${column(rows, 'count')}::float8[],
      ${column(rows, 'source')}::text[]) as t`;
}

const INTO = sql`insert into lmi_observation
  (measure, country, region, isco_code, occupation_uri, skill_uri, month, count, source, import_id)`;

/**
 * Replaces the figure of an observation already known for the same key and source. The file's
 * own rows are summed per key before, so no key repeats within a statement.
 */
const upsert = (rows: readonly Observation[], importId: string) =>
  sql`${INTO} ${rowsOf(rows, importId)}
    on conflict (country, measure, region, isco_code, occupation_uri, skill_uri, month, source)
    do update set count = excluded.count, import_id = excluded.import_id`;

function isUniqueViolation(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause)
    if ((e as { code?: string }).code === UNIQUE_VIOLATION) return true;
  return false;
}

/**
 * Writes a file's observations inside the caller's transaction. Each batch is first inserted
 * plainly, in a savepoint (COPY on PGlite, an `unnest` insert on PostgreSQL): new figures (the
 * common case, a new period) cost one index insertion per row, as COPY does. A batch holding a figure already known (a revision, or another import
 * committing the same key meanwhile) is rolled back to its savepoint and upserted instead.
 */
export async function writeObservations(
  tx: Database,
  observations: readonly Observation[],
  importId: string,
  progress: ProgressReporter,
): Promise<void> {
  for (let i = 0; i < observations.length; i += BATCH) {
    const batch = observations.slice(i, i + BATCH);
    try {
      await tx.transaction(async (savepoint) => {
        const pglite = pgliteTransactionOf(savepoint);
        if (pglite) await copyObservations(pglite, batch, importId);
        else await savepoint.execute(sql`${INTO} ${rowsOf(batch, importId)}`);
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await tx.execute(upsert(batch, importId));
    }
    progress.advance(batch.length);
  }
}
