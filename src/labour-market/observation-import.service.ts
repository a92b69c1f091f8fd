import type { Database } from '../db/database.js';
import { invalid, PasserelleError } from '../shared/errors.js';
import type { ProgressReporter } from '../shared/progress.js';
import { readInWorker } from '../imports-runtime/parse-pool.job.js';
import type { ImportFormat, ImportVocabulary } from './import-rows.js';
import { buildImportVocabulary, type ImportVocabularyData } from './import-vocabulary.js';
import { importVocabularyData } from './import-vocabulary.store.js';
import { fileHashOf, recordImport, type ImportReport } from './observation.store.js';

const vocabularies = new WeakMap<Database, Map<string, Promise<ImportVocabularyData>>>();

/** The import vocabulary's data for a database's taxonomy version, read once per process. */
function vocabularyDataOf(db: Database, versionId: string): Promise<ImportVocabularyData> {
  let byVersion = vocabularies.get(db);
  if (!byVersion) vocabularies.set(db, (byVersion = new Map()));
  let data = byVersion.get(versionId);
  if (!data) {
    data = importVocabularyData(db, versionId);
    byVersion.set(versionId, data);
    data.catch(() => byVersion.delete(versionId));
  }
  return data;
}

/** The import vocabulary of a database's taxonomy version (tests parse with it directly). */
export async function vocabularyOf(db: Database, versionId: string): Promise<ImportVocabulary> {
  return buildImportVocabulary(await vocabularyDataOf(db, versionId));
}

/** Forgets cached vocabularies (after reference data or custom regions change). */
export function forgetVocabulary(db: Database): void {
  vocabularies.delete(db);
}

const MAX_REASONS = 100;

/** A file past a reading limit (time, memory, nesting) is refused under its name. */
function namingFile(error: unknown, fileName: string): unknown {
  if (!(error instanceof PasserelleError) || !/^import\.too_/.test(error.code)) return error;
  return new PasserelleError(error.kind, error.code, `${fileName}: ${error.message}`, error.fields);
}

/**
 * Imports one file: parse and check every row in a worker thread (within the import limits),
 * then record it atomically. A file with no acceptable row, or one that cannot be read, is
 * refused as a whole (400, each line's reason) and changes nothing.
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
  const parsed = await readInWorker({
    kind: 'labour_market',
    content: input.content,
    ...(input.format ? { format: input.format } : {}),
    source: input.source ?? input.fileName,
    vocabulary: await vocabularyDataOf(db, input.versionId),
  }).catch((error: unknown) => {
    throw namingFile(error, input.fileName);
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
