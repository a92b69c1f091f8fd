import { parse } from 'csv-parse/sync';
import type { ImportFormat, ImportVocabulary, ParsedImport } from './import-rows.js';
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

/** Parses a file of any supported format; `source` names JobPosting files' provenance. */
export function parseImportFile(
  text: string,
  vocabulary: ImportVocabulary,
  options: { format?: ImportFormat; source: string },
): ParsedImport | undefined {
  const format = options.format ?? detectFormat(text);
  switch (format) {
    case 'passerelle_csv':
      return parsePasserelleCsv(text, vocabulary);
    case 'jobposting_jsonld':
      return parseJobPostings(text, vocabulary, options.source);
    case 'ilostat_csv':
      return parseIlostatCsv(text, vocabulary);
    case 'sdmx_csv':
      return parseSdmxCsv(text, vocabulary);
    default:
      return undefined;
  }
}
