import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { unguardedCell } from '../../shared/csv-writer.js';
import { malformed, type ImportFormat, type UnmappedItem } from './import-report.js';

/** A CSV row keyed by header, with its line number in the file. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/** Parses CSV text with a header; required columns missing is an error naming them. */
export function readCsvTable(
  format: ImportFormat,
  text: string,
  required: readonly string[],
): CsvRow[] {
  let records: string[][];
  try {
    records = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as string[][];
  } catch (error) {
    throw malformed(format, 'file', `is not valid CSV (${(error as Error).message})`);
  }
  const [header, ...rows] = records;
  if (!header) throw malformed(format, 'line 1', 'has no header');
  const names = header.map((h) => h.trim());
  const missing = required.filter((c) => !names.includes(c));
  if (missing.length) throw malformed(format, 'line 1', `misses column(s) ${missing.join(', ')}`);
  return rows.map((cells, i) => ({
    line: i + 2,
    values: Object.fromEntries(names.map((n, j) => [n, unguardedCell(cells[j] ?? '').trim()])),
  }));
}

/** A `|`-separated list cell. */
export const cellList = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split('|')
    .map((v) => v.trim())
    .filter(Boolean);

/** An optional number cell (undefined when empty). */
export const cellNumber = (cell: string | undefined): number | undefined =>
  cell === undefined || cell === '' ? undefined : Number(cell);

/** The outcome of a CSV import: accepted records with their line, rejected lines with reasons. */
export interface CsvImport<T> {
  accepted: { line: number; record: T }[];
  rejected: UnmappedItem[];
}

/** Validates each row's record with the schema; problems become `line N: path` entries. */
export function validateRows<T>(
  rows: CsvRow[],
  toRecord: (row: CsvRow) => unknown,
  schema: z.ZodType<T>,
): CsvImport<T> {
  const result: CsvImport<T> = { accepted: [], rejected: [] };
  for (const row of rows) {
    const parsed = schema.safeParse(toRecord(row));
    if (parsed.success) result.accepted.push({ line: row.line, record: parsed.data });
    else {
      for (const issue of parsed.error.issues) {
        result.rejected.push({
          path: `line ${row.line}: ${issue.path.map(String).join('.') || 'row'}`,
          reason: issue.message,
        });
      }
    }
  }
  return result;
}
