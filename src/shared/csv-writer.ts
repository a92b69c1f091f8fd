/**
 * The one CSV writer of every export (RFC 4180 quoting, OWASP CSV-injection rule). A text cell
 * that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) is
 * prefixed with a single quote, so `=HYPERLINK(…)` shows as text instead of running. A text
 * already made of quotes before a trigger gets one more, so `unguardedCell` reverses it exactly.
 */
/** Texts that get the guard: formulas, and texts that would read back as a guarded formula. */
const guarded = /^'*[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/** One CSV cell: numbers as written, text neutralised against formulas and quoted when needed. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = guarded.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) || text !== value ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV text from a header and rows, one `\n`-terminated line each. */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

/** A cell's text before `csvCell` neutralised it, so that an export imports back unchanged. */
export function unguardedCell(cell: string): string {
  return cell.startsWith("'") && guarded.test(cell.slice(1)) ? cell.slice(1) : cell;
}
