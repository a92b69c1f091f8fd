import { parse } from 'csv-parse/sync';
import {
  ImportCollector,
  type ImportVocabulary,
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

/** Parses the CSV; the header row must name every column (in any order). */
export function parsePasserelleCsv(text: string, vocabulary: ImportVocabulary): ParsedImport {
  const collector = new ImportCollector('passerelle_csv', vocabulary);
  const records = parse(text, {
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
  }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  const header = records[0]?.record.map((h) => h.trim().toLowerCase()) ?? [];
  const missing = PASSERELLE_CSV_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    collector.row(1, `header lacks the column(s) ${missing.join(', ')}`);
    return collector.result();
  }
  const at = (record: string[], column: (typeof PASSERELLE_CSV_COLUMNS)[number]) =>
    (record[header.indexOf(column)] ?? '').trim();
  for (const { record, info } of records.slice(1)) {
    const count = parseCount(at(record, 'count'));
    const occupation = at(record, 'occupation');
    const measure = at(record, 'measure');
    if (typeof count === 'string') {
      collector.row(info.lines, count);
      continue;
    }
    if (!(MEASURES as readonly string[]).includes(measure)) {
      collector.row(info.lines, `unknown measure "${measure}" (expected ${MEASURES.join(', ')})`);
      continue;
    }
    const isUri = occupation.startsWith('http');
    const iscoCode = isUri ? vocabulary.occupationIsco.get(occupation) : occupation;
    if (iscoCode === undefined) {
      collector.row(info.lines, `unknown ESCO occupation "${occupation}"`);
      continue;
    }
    collector.row(info.lines, [
      {
        measure: measure as Measure,
        country: at(record, 'country').toUpperCase(),
        region: at(record, 'region').toUpperCase(),
        iscoCode,
        occupationUri: isUri ? occupation : '',
        skillUri: at(record, 'skill'),
        month: at(record, 'month'),
        count,
        source: at(record, 'source'),
      },
    ]);
  }
  return collector.result();
}
