import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../src/db/database.js';

type Rows<T> = { rows: T[] };

/** The number of rows of every table of the application's schema, by table name. */
export type RowCounts = Record<string, number>;

/** The count statement of each database, built once (reading the catalogue is slow). */
const countStatements = new WeakMap<Database, SQL>();

/** Counts the rows of every table (the audit log included) in one statement. */
export async function rowCountsOf(db: Database): Promise<RowCounts> {
  const statement = countStatements.get(db) ?? (await countStatementOf(db));
  countStatements.set(db, statement);
  const result = (await db.execute(statement)) as unknown as Rows<{ name: string; count: number }>;
  return Object.fromEntries(result.rows.map((r) => [r.name, Number(r.count)]));
}

async function countStatementOf(db: Database): Promise<SQL> {
  const tables = (await db.execute(
    sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  )) as unknown as Rows<{ name: string }>;
  const counts = tables.rows.map(
    ({ name }) =>
      sql`select ${name}::text as name, count(*)::int as count from ${sql.identifier(name)}`,
  );
  return sql.join(counts, sql` union all `);
}

/** The tables whose row count differs, with before → after. */
export function changedTables(before: RowCounts, after: RowCounts): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name}: ${before[name] ?? 0} → ${after[name] ?? 0}`);
}
