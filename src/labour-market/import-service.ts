import type { Database } from '../db/database.js';
import { invalid, PasserelleError } from '../shared/errors.js';
import type { ProgressReporter } from '../shared/progress.js';
import { parseImportFile } from './import-file.js';
import type { ImportFormat, ImportVocabulary } from './import-rows.js';
import { importVocabulary } from './import-vocabulary.store.js';
import { fileHashOf, recordImport, type ImportReport } from './observation.store.js';

const vocabularies = new WeakMap<Database, Map<string, Promise<ImportVocabulary>>>();

/** The import vocabulary of a database's taxonomy version, built once per process. */
export function vocabularyOf(db: Database, versionId: string): Promise<ImportVocabulary> {
  let byVersion = vocabularies.get(db);
  if (!byVersion) vocabularies.set(db, (byVersion = new Map()));
  let vocabulary = byVersion.get(versionId);
  if (!vocabulary) {
    vocabulary = importVocabulary(db, versionId);
    byVersion.set(versionId, vocabulary);
    vocabulary.catch(() => byVersion.delete(versionId));
  }
  return vocabulary;
}

/** Forgets cached vocabularies (after reference data or custom regions change). */
export function forgetVocabulary(db: Database): void {
  vocabularies.delete(db);
}

const MAX_REASONS = 100;

/**
 * Imports one file: parse, check every row, then record it atomically. A file with no
 * acceptable row is refused as a whole (400, each line's reason) and changes nothing.
 */
export async function importObservationFile(
  db: Database,
  input: {
    versionId: string;
    fileName: string;
    content: string;
    format?: ImportFormat;
    source?: string;
    importedBy: string | null;
    now: Date;
    progress?: ProgressReporter;
  },
): Promise<ImportReport> {
  const vocabulary = await vocabularyOf(db, input.versionId);
  const parsed = parseImportFile(input.content, vocabulary, {
    ...(input.format ? { format: input.format } : {}),
    source: input.source ?? input.fileName,
  });
  if (!parsed) {
    throw invalid(
      'labour_market.unknown_format',
      'content',
      'not a Passerelle observation CSV, JobPosting JSON-LD, SDMX-CSV or ILOSTAT CSV file',
    );
  }
  if (parsed.observations.length === 0) {
    const fields = parsed.rejected
      .slice(0, MAX_REASONS)
      .map((r) => ({ field: `line ${r.line}`, reason: r.reason }));
    const why =
      parsed.rows === 0
        ? 'the file holds no data rows'
        : `no row could be accepted (${parsed.rejected.length} rejected, ${parsed.rows - parsed.rejected.length} skipped)`;
    throw new PasserelleError(
      'invalid',
      'labour_market.nothing_to_import',
      `${input.fileName}: ${why}`,
      fields,
    );
  }
  return recordImport(db, {
    fileName: input.fileName,
    fileHash: fileHashOf(input.content),
    parsed,
    importedBy: input.importedBy,
    now: input.now,
    ...(input.progress ? { progress: input.progress } : {}),
  });
}
