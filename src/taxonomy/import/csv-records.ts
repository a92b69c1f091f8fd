import { parse } from 'csv-parse/sync';

/** One CSV row keyed by its header names. */
export type CsvRecord = Record<string, string>;

/**
 * Whether a text holds both CRLF and bare LF line breaks. ESCO files end records with CRLF but
 * break lines inside quoted multi-line fields with LF; the data README flags skillsHierarchy_en.
 */
export function hasMixedLineEndings(text: string): boolean {
  return text.includes('\r\n') && /(^|[^\r])\n/.test(text);
}

/**
 * Parses RFC 4180 CSV text into records. Line endings are normalised first because csv-parse
 * guesses one record delimiter from the first line, which breaks on files that mix CRLF and LF.
 */
export function parseCsvRecords(text: string): CsvRecord[] {
  return parse(text.replace(/\r\n?/g, '\n'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    // skillsHierarchy_en ends shallow rows early instead of writing empty trailing fields.
    relax_column_count: true,
  }) as CsvRecord[];
}

/** A field of several values separated by newlines inside the quotes (ESCO labels). */
export function splitLines(field: string | undefined): string[] {
  return splitOn(field, /\n/);
}

/** A field of several values separated by ` | ` (ESCO collection files). */
export function splitPipes(field: string | undefined): string[] {
  return splitOn(field, / \| /);
}

function splitOn(field: string | undefined, separator: RegExp): string[] {
  if (!field) return [];
  const values = field
    .split(separator)
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
  return [...new Set(values)];
}

/** The trimmed value of a column, '' when absent. */
export function column(record: CsvRecord, name: string): string {
  return (record[name] ?? '').trim();
}
