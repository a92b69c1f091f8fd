import { eachCsvRecord } from './csv-records.js';
import {
  ImportCollector,
  type ImportVocabulary,
  type MemoryCheck,
  type ParsedImport,
  parseCount,
} from './import-rows.js';
import { MEASURES, type Measure } from './observation.js';

/**
 * Passerelle's own observation CSV (docs/labour-market.md, import formats). Columns:
 * `measure,country,region,occupation,skill,month,count,source`; `occupation` is an ESCO
 * occupation URI or an ISCO-08 code (1–4 digits); `region` and `skill` may be empty.
 */
export const PASSERELLE_CSV_COLUMNS = [
  'measure',
  'country',
  'region',
  'occupation',
  'skill',
  'month',
  'count',
  'source',
] as const;

/** Parses the CSV record by record; the header row must name every column (in any order). */
export function parsePasserelleCsv(
  text: string,
  vocabulary: ImportVocabulary,
  memoryCheck?: MemoryCheck,
): ParsedImport {
  const collector = new ImportCollector('passerelle_csv', vocabulary, memoryCheck);
  let columns: ColumnIndex | undefined;
  let missing: string[] = [];
  eachCsvRecord(text, (record, line) => {
    if (columns === undefined) {
      const header = record.map((h) => h.trim().toLowerCase());
      missing = PASSERELLE_CSV_COLUMNS.filter((c) => !header.includes(c));
      if (missing.length > 0) collector.row(1, `header lacks the column(s) ${missing.join(', ')}`);
      columns = Object.fromEntries(
        PASSERELLE_CSV_COLUMNS.map((c) => [c, header.indexOf(c)]),
      ) as ColumnIndex;
      return;
    }
    if (missing.length === 0) collectRecord(collector, vocabulary, columns, record, line);
  });
  return collector.result();
}

/** Where each column stands in the file's header. */
type ColumnIndex = Record<(typeof PASSERELLE_CSV_COLUMNS)[number], number>;

function collectRecord(
  collector: ImportCollector,
  vocabulary: ImportVocabulary,
  columns: ColumnIndex,
  record: readonly string[],
  line: number,
): void {
  const at = (column: keyof ColumnIndex) => (record[columns[column]] ?? '').trim();
  const count = parseCount(at('count'));
  const occupation = at('occupation');
  const measure = at('measure');
  if (typeof count === 'string') return collector.row(line, count);
  if (!(MEASURES as readonly string[]).includes(measure))
    return collector.row(line, `unknown measure "${measure}" (expected ${MEASURES.join(', ')})`);
  const isUri = occupation.startsWith('http');
  const iscoCode = isUri ? vocabulary.occupationIsco.get(occupation) : occupation;
  if (iscoCode === undefined) return collector.row(line, `unknown ESCO occupation "${occupation}"`);
  collector.row(line, [
    {
      measure: measure as Measure,
      country: at('country').toUpperCase(),
      region: at('region').toUpperCase(),
      iscoCode,
      occupationUri: isUri ? occupation : '',
      skillUri: at('skill'),
      month: at('month'),
      count,
      source: at('source'),
    },
  ]);
}
