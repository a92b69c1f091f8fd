import { CsvError, parse } from 'csv-parse/sync';
import { IMPORT_LIMITS } from '../imports-runtime/import-limits.js';
import { PasserelleError } from '../shared/errors.js';

/** What went wrong, per csv-parse error code, in the words of the person who sent the file. */
const REASONS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is not closed before the end of the file',
  CSV_MAX_RECORD_SIZE: `a row is longer than ${IMPORT_LIMITS.csvRecordChars} characters`,
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by other characters',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a closing quote is followed by other characters',
};

/** The file is not CSV that can be read: refused whole, naming the line. */
export function malformedCsv(line: number, reason: string): PasserelleError {
  return new PasserelleError(
    'invalid',
    'labour_market.malformed_csv',
    `The file is not valid CSV: line ${line}: ${reason}.`,
    [{ field: `line ${line}`, reason }],
  );
}

/**
 * Visits a CSV file's records one by one (the header first) with the line each ends on, without
 * keeping them: memory stays that of one record. A file csv-parse cannot read (an unclosed quote,
 * a record past the size limit) is refused whole, naming the line. Pure.
 */
export function eachCsvRecord(text: string, visit: (record: string[], line: number) => void): void {
  if (isPlainCsv(text)) return eachPlainRecord(text, visit);
  try {
    parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      max_record_size: IMPORT_LIMITS.csvRecordChars,
      on_record: (record: string[], context) => {
        visit(record, context.lines);
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = Number(error.lines) || 1;
    throw malformedCsv(line, REASONS[error.code] ?? error.message.replace(/ at line \d+.*$/, ''));
  }
}

const count = (text: string, char: string) => {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
};

/**
 * CSV without a quote, with one kind of line end (LF, or CRLF throughout): each line is a record
 * and each comma separates fields, which a plain scan reads several times faster than csv-parse.
 * Anything else (quotes, lone or mixed CRs) goes to csv-parse. Pure.
 */
export function isPlainCsv(text: string): boolean {
  if (text.includes('"')) return false;
  const crs = count(text, '\r');
  return crs === 0 || (crs === count(text, '\n') && crs === count(text, '\r\n'));
}

/** Visits a plain CSV's records as csv-parse would (same records, same line numbers). */
function eachPlainRecord(text: string, visit: (record: string[], line: number) => void): void {
  const crlf = text.includes('\r');
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let line = 1; start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const row = text.slice(start, crlf && text[end - 1] === '\r' ? end - 1 : end);
    start = end + 1;
    if (row.length > IMPORT_LIMITS.csvRecordChars)
      throw malformedCsv(line, REASONS.CSV_MAX_RECORD_SIZE ?? 'a row is too long');
    if (row !== '') visit(row.split(','), line);
  }
}
