import { eachCsvRecord } from './csv-records.js';
import {
  ImportCollector,
  type ImportFormat,
  type ImportVocabulary,
  type MemoryCheck,
  type ParsedImport,
  parseCount,
} from './import-rows.js';
import type { Measure } from './observation.js';

/**
 * SDMX-CSV (ILO, Eurostat) and ILOSTAT's own CSV downloads, code and label variants
 * (docs/labour-market.md, import formats). Rows become observations of employment,
 * unemployment or vacancies by country, ISCO-08 occupation (when the file has an occupation
 * classification; its total otherwise) and period. Breakdowns other than occupation (sex, age,
 * sector…) are kept only at their total; other rows are skipped and counted.
 */
interface StatisticalRow {
  area: string;
  indicator: string;
  time: string;
  value: string;
  /** Power of ten the value is expressed in (SDMX UNIT_MULT; ILOSTAT counts are thousands). */
  multiplier: number;
  /** Classification values: dimension name → code or label. */
  breakdowns: [string, string][];
  source: string;
}

const ATTRIBUTES = new Set([
  'DATAFLOW',
  'STRUCTURE',
  'STRUCTURE_ID',
  'ACTION',
  'REF_AREA',
  'FREQ',
  'MEASURE',
  'INDICATOR',
  'TIME_PERIOD',
  'OBS_VALUE',
  'OBS_STATUS',
  'OBS_FLAG',
  'OBS_CONF',
  'CONF_STATUS',
  'UNIT_MEASURE_TYPE',
  'UNIT_MEASURE',
  'UNIT_MULT',
  'SOURCE',
  'NOTE_SOURCE',
  'NOTE_INDICATOR',
  'NOTE_CLASSIF',
  'DECIMALS',
  'UPPER_BOUND',
  'LOWER_BOUND',
  'LAST UPDATE',
  'UNIT',
  'AVAILABILITY',
  'COLLECTION',
]);

/** The demand or supply measure an indicator counts, or why it counts none. */
export function measureOfIndicator(indicator: string): Measure | string {
  const code = indicator.toUpperCase();
  if (/_RT\b|\bRATE\b|%|\bSHARE\b/.test(code) || /\brate\b|percentage|\(%\)/i.test(indicator))
    return `indicator "${indicator}" is a rate, not a count`;
  if (/^(DF_)?EMP_|^EMPLOYMENT/.test(code)) return 'employed';
  if (/^(DF_)?UNE_|^UNEMPLOY/.test(code)) return 'job_seekers';
  if (/^(DF_)?JVS|VACANC/.test(code)) return 'vacancies';
  return `indicator "${indicator}" is not an employment, unemployment or vacancy count`;
}

/** `2021` → 2021-01, `2021-Q2`/`2021Q2` → 2021-04, `2021-M03`/`2021M03`/`2021-03` → 2021-03. */
export function monthOfPeriod(time: string): string | undefined {
  const t = time.trim();
  let m = /^(\d{4})$/.exec(t);
  if (m) return `${m[1]}-01`;
  m = /^(\d{4})-?Q([1-4])$/.exec(t);
  if (m) return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}`;
  m = /^(\d{4})-?M?(0[1-9]|1[0-2])$/.exec(t);
  if (m) return `${m[1]}-${m[2]}`;
  return undefined;
}

/** The ISCO-08 code of an occupation classification value; '' for its total; null if not one. */
export function iscoOfBreakdown(value: string): string | null | 'not_classified' {
  const code = /^OC[U1-4]_ISCO08_(\w+)$/i.exec(value);
  const label = /^Occupation \(ISCO-08\)[^:]*:\s*(\w+)/i.exec(value);
  const raw = code?.[1] ?? label?.[1];
  if (raw === undefined) return null;
  if (/^total$/i.test(raw)) return '';
  if (/^\d{1,4}$/.test(raw)) return raw;
  return 'not_classified';
}

const isTotal = (value: string) =>
  value === '' ||
  /(^|_)(T|TOTAL|_Z)$/i.test(value) ||
  /:\s*Total$/i.test(value) ||
  /^Total$/i.test(value);

function countryOf(area: string, vocabulary: ImportVocabulary): string | undefined {
  const a = area.trim();
  if (a.length === 2 && vocabulary.countries.has(a.toUpperCase())) return a.toUpperCase();
  return (
    vocabulary.countryByAlpha3.get(a.toUpperCase()) ?? vocabulary.countryByName.get(a.toLowerCase())
  );
}

/** Checks one statistical row and hands it to the collector. */
function collectRow(
  collector: ImportCollector,
  line: number,
  row: StatisticalRow,
  vocabulary: ImportVocabulary,
): void {
  const measure = measureOfIndicator(row.indicator);
  if (measure !== 'employed' && measure !== 'job_seekers' && measure !== 'vacancies')
    return collector.row(line, measure);
  const country = countryOf(row.area, vocabulary);
  if (!country)
    return collector.row(line, `"${row.area}" is not a country (or an aggregate of several)`);
  let iscoCode = '';
  let skipped: string | undefined;
  for (const [dimension, value] of row.breakdowns) {
    const isco = iscoOfBreakdown(value);
    if (isco === 'not_classified') skipped = 'occupation not elsewhere classified';
    else if (isco !== null) iscoCode = isco;
    else if (!isTotal(value)) skipped ??= `breakdown by ${dimension} (only totals are kept)`;
  }
  if (skipped) return collector.skip(skipped);
  const month = monthOfPeriod(row.time);
  if (!month) return collector.row(line, `period "${row.time}" is not a year, quarter or month`);
  const count = parseCount(row.value, 10 ** row.multiplier);
  if (typeof count === 'string') return collector.row(line, count);
  collector.row(line, [
    {
      measure,
      country,
      region: '',
      iscoCode,
      occupationUri: '',
      skillUri: '',
      month,
      count,
      source: row.source,
    },
  ]);
}

/** Reads a statistical CSV record by record: the header picks the columns of each row. */
function collectFile(
  text: string,
  format: ImportFormat,
  vocabulary: ImportVocabulary,
  rowReader: (header: string[]) => (record: string[]) => StatisticalRow,
  memoryCheck?: MemoryCheck,
): ParsedImport {
  const collector = new ImportCollector(format, vocabulary, memoryCheck);
  let rowOf: ((record: string[]) => StatisticalRow) | undefined;
  eachCsvRecord(text, (record, line) => {
    if (rowOf) collectRow(collector, line, rowOf(record), vocabulary);
    else rowOf = rowReader(record.map((h) => h.trim()));
  });
  return collector.result();
}

/** Whether a header is an ILOSTAT download's (ref_area or ref_area.label first). */
export const isIlostatHeader = (header: readonly string[]) =>
  header.some((h) => /^ref_area(\.label)?$/.test(h));
export const isSdmxHeader = (header: readonly string[]) =>
  header.some((h) => h === 'DATAFLOW' || h === 'STRUCTURE_ID' || h === 'TIME_PERIOD');

/** Parses an ILOSTAT CSV download (code or label variant). */
export function parseIlostatCsv(
  text: string,
  vocabulary: ImportVocabulary,
  memoryCheck?: MemoryCheck,
): ParsedImport {
  return collectFile(text, 'ilostat_csv', vocabulary, ilostatRow, memoryCheck);
}

function ilostatRow(header: string[]): (record: string[]) => StatisticalRow {
  const col = (name: string) => {
    const i = header.findIndex((h) => h === name || h === `${name}.label`);
    return (r: string[]) => (i < 0 ? '' : (r[i] ?? '').trim());
  };
  const area = col('ref_area');
  const indicator = col('indicator');
  const source = col('source');
  const time = col('time');
  const value = col('obs_value');
  const dims = header
    .map((h, i) => [h.replace(/\.label$/, ''), i] as const)
    .filter(([h]) => h === 'sex' || /^classif\d$/.test(h));
  return (record) => ({
    area: area(record),
    indicator: indicator(record),
    time: time(record),
    value: value(record),
    multiplier: 3, // ILOSTAT publishes counts in thousands
    breakdowns: dims.map(([d, i]) => [d, (record[i] ?? '').trim()]),
    source: `ilostat:${indicator(record)}${source(record) ? ` (${source(record)})` : ''}`,
  });
}

/** Parses SDMX-CSV 1.0 (DATAFLOW first) or 2.x (STRUCTURE, STRUCTURE_ID). */
export function parseSdmxCsv(
  text: string,
  vocabulary: ImportVocabulary,
  memoryCheck?: MemoryCheck,
): ParsedImport {
  return collectFile(text, 'sdmx_csv', vocabulary, sdmxRow, memoryCheck);
}

function sdmxRow(header: string[]): (record: string[]) => StatisticalRow {
  const at = (r: string[], name: string) => {
    const i = header.indexOf(name);
    return i < 0 ? '' : (r[i] ?? '').trim();
  };
  const dims = header
    .map((h, i) => [h, i] as const)
    .filter(([h]) => !ATTRIBUTES.has(h.toUpperCase()));
  return (record) => {
    const flow = at(record, 'DATAFLOW') || at(record, 'STRUCTURE_ID');
    const flowId = /:([^:(]+)\(/.exec(flow)?.[1] ?? flow;
    const indicator = at(record, 'MEASURE') || at(record, 'INDICATOR') || flowId;
    const mult = Number(at(record, 'UNIT_MULT') || '0');
    return {
      area: at(record, 'REF_AREA'),
      indicator: flowId.startsWith('DF_') && !/_(RT|NB)$/.test(indicator) ? flowId : indicator,
      time: at(record, 'TIME_PERIOD'),
      value: at(record, 'OBS_VALUE'),
      multiplier: Number.isInteger(mult) ? mult : 0,
      breakdowns: dims.map(([d, i]) => [d, (record[i] ?? '').trim()] as [string, string]),
      source: `sdmx:${flow}`,
    };
  };
}
