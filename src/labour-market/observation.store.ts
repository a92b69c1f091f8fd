import { createHash, randomUUID } from 'node:crypto';
import { and, eq, gte, like, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { silentProgress, type ProgressReporter } from '../shared/progress.js';
import type { CubeObservation } from './cube.js';
import type { ParsedImport } from './import-rows.js';
import { lmiImport, lmiObservation } from './labour-market.schema.js';
import { writeObservations } from './observation-rows.store.js';

/** What an import did, as the API and the CLI report it. */
export interface ImportReport {
  importId: string;
  fileName: string;
  format: string;
  /** True when this very file had been imported before: nothing changed. */
  alreadyImported: boolean;
  rows: number;
  accepted: number;
  rejected: { line: number; reason: string }[];
  skipped: { reason: string; rows: number }[];
}

export const fileHashOf = (bytes: string | Buffer) =>
  createHash('sha256').update(bytes).digest('hex');

function present(row: typeof lmiImport.$inferSelect, alreadyImported: boolean): ImportReport {
  return {
    importId: row.id,
    fileName: row.fileName,
    format: row.format,
    alreadyImported,
    rows: row.rows,
    accepted: row.accepted,
    rejected: row.rejected,
    skipped: row.skipped,
  };
}

/**
 * Records a parsed file in one transaction: the import and all its observations, or nothing
 * (a crash or kill mid-way rolls back). A file already imported (same bytes) changes nothing;
 * a figure already known for the same key and source is replaced by the file's.
 */
export async function recordImport(
  db: Database,
  input: {
    fileName: string;
    fileHash: string;
    parsed: ParsedImport;
    importedBy: string | null;
    now: Date;
    progress?: ProgressReporter;
  },
): Promise<ImportReport> {
  const progress = input.progress ?? silentProgress;
  return db.transaction(async (tx) => {
    // Two imports of the same file at once: the second waits, then finds the first.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${input.fileHash}))`);
    const [existing] = await tx
      .select()
      .from(lmiImport)
      .where(eq(lmiImport.fileHash, input.fileHash));
    if (existing) return present(existing, true);
    const [row] = await tx
      .insert(lmiImport)
      .values({
        id: randomUUID(),
        fileHash: input.fileHash,
        fileName: input.fileName,
        format: input.parsed.format,
        rows: input.parsed.rows,
        accepted: input.parsed.observations.length,
        rejected: input.parsed.rejected,
        skipped: input.parsed.skipped,
        importedBy: input.importedBy,
        importedAt: input.now,
      })
      .returning();
    if (!row) throw new Error('import row not written');
    const observations = input.parsed.observations;
    progress.start(`importing ${input.fileName}`, observations.length);
    await writeObservations(tx, observations, row.id, progress);
    progress.finish();
    return present(row, false);
  });
}

/** Past imports, most recent first. */
export async function listImports(db: Database, limit = 50): Promise<ImportReport[]> {
  const rows = await db
    .select()
    .from(lmiImport)
    .orderBy(sql`${lmiImport.importedAt} desc`)
    .limit(limit);
  return rows.map((r) => present(r, false));
}

export interface ObservationFilter {
  country?: string;
  /** ISCO-08 code prefix: `25` selects every code under sub-major group 25. */
  isco?: string;
  from?: string;
  to?: string;
  /** Only whole-occupation figures ('' skill) or only skill-level ones. */
  level?: 'occupation' | 'skill';
}

/** The observations matching the filter, as the cube needs them. */
export async function findObservations(
  db: Database,
  filter: ObservationFilter,
): Promise<(CubeObservation & { occupationUri: string })[]> {
  const where: SQL[] = [];
  if (filter.country) where.push(eq(lmiObservation.country, filter.country));
  if (filter.isco) where.push(like(lmiObservation.iscoCode, `${filter.isco}%`));
  if (filter.from) where.push(gte(lmiObservation.month, filter.from));
  if (filter.to) where.push(lte(lmiObservation.month, filter.to));
  if (filter.level === 'occupation') where.push(eq(lmiObservation.skillUri, ''));
  if (filter.level === 'skill') where.push(sql`${lmiObservation.skillUri} <> ''`);
  return db
    .select({
      measure: lmiObservation.measure,
      country: lmiObservation.country,
      region: lmiObservation.region,
      iscoCode: lmiObservation.iscoCode,
      occupationUri: lmiObservation.occupationUri,
      skillUri: lmiObservation.skillUri,
      month: lmiObservation.month,
      count: lmiObservation.count,
    })
    .from(lmiObservation)
    .where(and(...where)) as Promise<(CubeObservation & { occupationUri: string })[]>;
}

/** How many observations the store holds. */
export async function countObservations(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(lmiObservation);
  return row?.n ?? 0;
}
