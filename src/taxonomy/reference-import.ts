// CONTRACT STUB — the taxonomy helper replaces this file.
import type { Database } from '../db/database.js';
import type { ProgressReporter } from '../shared/progress.js';

export interface ImportReport {
  versionId: string;
  counts: Record<string, number>;
  flaws: { code: string; count: number; note: string }[];
  /** Human-readable summary printed by the CLI. */
  summary: string;
}

/** Imports the reference data when no complete taxonomy version is active; null when present. */
export async function ensureReferenceData(
  _db: Database,
  _referenceDir: string,
  _progress: ProgressReporter,
): Promise<ImportReport | null> {
  return null;
}
