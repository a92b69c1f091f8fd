import { parse } from 'csv-parse/sync';
import type { ImportFormat, ImportVocabulary, MemoryCheck, ParsedImport } from './import-rows.js';
import { parseJobPostings } from './jobposting-jsonld.js';
import { parsePasserelleCsv } from './passerelle-csv.js';
import { isIlostatHeader, isSdmxHeader, parseIlostatCsv, parseSdmxCsv } from './statistical-csv.js';

/** The format of a file, from its first characters and CSV header; undefined when unknown. */
export function detectFormat(text: string): ImportFormat | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'jobposting_jsonld';
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  let header: string[];
  try {
    header = ((parse(firstLine, { relax_quotes: true }) as string[][])[0] ?? []).map((h) =>
      h.trim(),
    );
  } catch {
    return undefined;
  }
  if (header.includes('measure') && header.includes('occupation')) return 'passerelle_csv';
  if (isIlostatHeader(header)) return 'ilostat_csv';
  if (isSdmxHeader(header)) return 'sdmx_csv';
  return undefined;
}

/**
 * Parses a file of any supported format; `source` names JobPosting files' provenance,
 * `memoryCheck` is called every few rows and may throw to give up on the file.
 */
export function parseImportFile(
  text: string,
  vocabulary: ImportVocabulary,
  options: { format?: ImportFormat; source: string; memoryCheck?: MemoryCheck },
): ParsedImport | undefined {
  const format = options.format ?? detectFormat(text);
  const check = options.memoryCheck;
  switch (format) {
    case 'passerelle_csv':
      return parsePasserelleCsv(text, vocabulary, check);
    case 'jobposting_jsonld':
      return parseJobPostings(text, vocabulary, options.source, check);
    case 'ilostat_csv':
      return parseIlostatCsv(text, vocabulary, check);
    case 'sdmx_csv':
      return parseSdmxCsv(text, vocabulary, check);
    default:
      return undefined;
  }
}
