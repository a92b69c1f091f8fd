import type { Database } from '../db/database.js';
import type { ProgressReporter } from '../shared/progress.js';
import { assembleReferenceDataset } from './import/reference-dataset.js';
import type { ImportFlaw } from './import/reference-rows.js';
import { readReferenceSources } from './import/reference-sources.loader.js';
import { writeReferenceDataset } from './import/reference-writer.store.js';
import { activeVersionId } from './taxonomy-index.store.js';

/** The taxonomy release the vendored reference data holds. */
export const escoVersion = { id: 'esco-1.1.1', label: 'ESCO v1.1.1 (English)' } as const;

export interface ImportReport {
  versionId: string;
  counts: Record<string, number>;
  flaws: ImportFlaw[];
  /** Human-readable summary printed by the CLI. */
  summary: string;
}

/** Imports the reference data when no complete taxonomy version is active; null when present. */
export async function ensureReferenceData(
  db: Database,
  referenceDir: string,
  progress: ProgressReporter,
): Promise<ImportReport | null> {
  if (await activeVersionId(db)) return null;
  return importReferenceData(db, referenceDir, progress);
}

/** Imports (or re-imports) the vendored ESCO release and the shared classifications. */
export async function importReferenceData(
  db: Database,
  referenceDir: string,
  progress: ProgressReporter,
  now: () => Date = () => new Date(),
): Promise<ImportReport> {
  const started = Date.now();
  progress.start('reading reference files', 1);
  const sources = await readReferenceSources(referenceDir);
  const { dataset, flaws } = assembleReferenceDataset(sources);
  progress.advance(1);
  progress.finish();
  const counts = await writeReferenceDataset(
    db,
    { ...escoVersion, importedAt: now() },
    dataset,
    flaws,
    progress,
  );
  const seconds = (Date.now() - started) / 1000;
  return {
    versionId: escoVersion.id,
    counts,
    flaws,
    summary: importSummary(counts, flaws, seconds),
  };
}

/** The text the CLI prints after an import: rows per table, then each flaw met. */
export function importSummary(
  counts: Record<string, number>,
  flaws: ImportFlaw[],
  seconds: number,
): string {
  const width = Math.max(...Object.keys(counts).map((k) => k.length));
  const lines = [`Imported ${escoVersion.label} in ${seconds.toFixed(1)} s:`];
  for (const [table, n] of Object.entries(counts)) {
    lines.push(`  ${table.padEnd(width)} ${n.toLocaleString('en')}`);
  }
  lines.push(flaws.length ? 'Source flaws handled:' : 'No source flaws met.');
  for (const f of flaws) lines.push(`  ${f.code} × ${f.count}: ${f.note}`);
  return lines.join('\n');
}
