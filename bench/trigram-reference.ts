import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '../src/db/database.js';
import type { IndexedConcept } from '../src/taxonomy/taxonomy-index.js';

/** The reference search: PostgreSQL pg_trgm similarity over the same labels, in PGlite. */
export interface TrigramReference {
  search(query: string, limit: number): Promise<string[]>;
  close(): Promise<void>;
}

/** Loads every label into a PGlite table with a GIN trigram index. */
export async function trigramReference(
  concepts: readonly IndexedConcept[],
): Promise<TrigramReference> {
  const handle: DatabaseHandle = await openDatabase({ kind: 'pglite', dataDir: undefined });
  const { db } = handle;
  await db.execute(sql`create extension if not exists pg_trgm`);
  await db.execute(
    sql`create temporary table bench_label (uri text not null, label text not null)`,
  );
  const rows = concepts.flatMap((c) =>
    [c.preferredLabel, ...c.altLabels, ...c.hiddenLabels].map(
      (l) => [c.uri, l.toLowerCase()] as const,
    ),
  );
  for (let i = 0; i < rows.length; i += 5000) {
    const batch = rows.slice(i, i + 5000);
    await db.execute(sql`insert into bench_label select * from unnest(
      ${sql.param(batch.map((r) => r[0]))}::text[], ${sql.param(batch.map((r) => r[1]))}::text[])`);
  }
  await db.execute(
    sql`create index bench_label_trgm on bench_label using gin (label gin_trgm_ops)`,
  );
  await db.execute(sql`analyze bench_label`);
  return {
    async search(query, limit) {
      const q = query.toLowerCase();
      const result = (await db.execute(sql`
        select uri, max(similarity(label, ${q})) as s from bench_label
        where label % ${q} group by uri order by s desc limit ${limit}`)) as unknown as {
        rows: { uri: string }[];
      };
      return result.rows.map((r) => r.uri);
    },
    close: () => handle.close(),
  };
}
