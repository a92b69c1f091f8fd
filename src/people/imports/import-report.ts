import { PasserelleError } from '../../shared/errors.js';

export const IMPORT_FORMATS = [
  'json_resume',
  'europass_xml',
  'jobposting_jsonld',
  'candidates_csv',
  'vacancies_csv',
  'programmes_csv',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A part of the document an import could not carry over, and why. */
export interface UnmappedItem {
  path: string;
  reason: string;
}

/** What an import carried over and what it could not, by path in the document. */
export interface ImportReport {
  format: ImportFormat;
  mapped: string[];
  unmapped: UnmappedItem[];
}

/** Collects the report while an importer walks a document. */
export class ImportTrail {
  readonly mapped: string[] = [];
  readonly unmapped: UnmappedItem[] = [];
  constructor(readonly format: ImportFormat) {}
  map(path: string): void {
    this.mapped.push(path);
  }
  skip(path: string, reason: string): void {
    this.unmapped.push({ path, reason });
  }
  report(): ImportReport {
    return { format: this.format, mapped: this.mapped, unmapped: this.unmapped };
  }
}

/** The document is not the format it claims: an error naming the path in the document. */
export function malformed(format: ImportFormat, path: string, reason: string): PasserelleError {
  return new PasserelleError(
    'invalid',
    'people.import_malformed',
    `Not a valid ${format.replace(/_/g, ' ')} document: ${path} ${reason}.`,
    [{ field: path, reason }],
  );
}

/** A partial ISO 8601 date (`2013`, `2013-09`, `2013-09-01`) as a full date, or undefined. */
export function partialDate(value: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T.*)?$/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo = '01', d = '01'] = m;
  const date = `${y}-${mo}-${d}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date)
    ? date
    : undefined;
}

/** Whole years between two dates, to one decimal. */
export function yearsBetween(start: string, end: string): number {
  const ms = Date.parse(end) - Date.parse(start);
  return Math.max(0, Math.round((ms / (365.25 * 24 * 3600 * 1000)) * 10) / 10);
}

/** Text without HTML tags and entities, for extraction from rich descriptions. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}
