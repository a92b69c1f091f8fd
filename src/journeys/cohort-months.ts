/**
 * How a range of opening days splits for the cohort view (docs/journeys.md#stats): the whole
 * months inside it, read from the figures kept per month of opening, and the days at its ends
 * outside whole months, read from the journey rows themselves.
 */
export interface OpeningSplit {
  /** The first days of the first and last whole months (null: unbounded); null: no whole month. */
  months: { from: string | null; to: string | null } | null;
  /** Ranges of days (inclusive) outside the whole months. */
  edges: { from: string; to: string }[];
}

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const parse = (day: string) => Date.parse(`${day}T00:00:00Z`);
const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const addMonths = (first: string, months: number) => {
  const d = new Date(parse(first));
  return iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
};
const monthEnd = (day: string) => iso(parse(addMonths(monthStart(day), 1)) - DAY_MS);

/** Splits the opening days from `from` to `to` (inclusive; undefined: unbounded). */
export function splitOpeningDays(from?: string, to?: string): OpeningSplit {
  const startsMonth = from === undefined || from === monthStart(from);
  const endsMonth = to === undefined || to === monthEnd(to);
  const first = from === undefined ? null : startsMonth ? from : addMonths(monthStart(from), 1);
  const last = to === undefined ? null : endsMonth ? monthStart(to) : addMonths(monthStart(to), -1);
  if (first !== null && last !== null && first > last)
    return { months: null, edges: from !== undefined && to !== undefined ? [{ from, to }] : [] };
  const edges: OpeningSplit['edges'] = [];
  if (from !== undefined && !startsMonth) edges.push({ from, to: monthEnd(from) });
  if (to !== undefined && !endsMonth) edges.push({ from: monthStart(to), to });
  return { months: { from: first, to: last }, edges };
}
