import type { ImportFlaw } from './reference-rows.js';

/** One end of a relation row: how to read its URI and which URIs are known. */
export interface Endpoint<R> {
  uri: (row: R) => string;
  known: ReadonlySet<string>;
}

/** A relation row skipped because one of its ends is unknown. */
export interface SkippedRelation {
  file: string;
  missingUri: string;
}

/**
 * Keeps the rows whose every endpoint is known; the others are returned as skipped, never
 * dropped silently. Duplicate rows (same key) are skipped too.
 */
export function keepKnownRelations<R>(
  file: string,
  rows: R[],
  endpoints: Endpoint<R>[],
  key: (row: R) => string,
): { kept: R[]; skipped: SkippedRelation[]; duplicates: number } {
  const kept: R[] = [];
  const skipped: SkippedRelation[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const row of rows) {
    const missing = endpoints
      .map((e) => e.uri(row))
      .find((uri, i) => !endpoints[i]!.known.has(uri));
    if (missing !== undefined) {
      skipped.push({ file, missingUri: missing });
      continue;
    }
    const k = key(row);
    if (seen.has(k)) {
      duplicates++;
      continue;
    }
    seen.add(k);
    kept.push(row);
  }
  return { kept, skipped, duplicates };
}

/** The flaw code of a missing endpoint, by the kind of concept its URI names. */
function missingCode(uri: string): string {
  if (uri.includes('/occupation/')) return 'relation_to_missing_occupation';
  if (uri.includes('/skill/')) return 'relation_to_missing_skill';
  return 'relation_to_missing_concept';
}

/** Groups skipped relations into flaws: one per kind of missing concept, with files and URIs. */
export function skippedRelationFlaws(skipped: SkippedRelation[]): ImportFlaw[] {
  const byCode = new Map<string, SkippedRelation[]>();
  for (const s of skipped) {
    const code = missingCode(s.missingUri);
    byCode.set(code, [...(byCode.get(code) ?? []), s]);
  }
  return [...byCode].map(([code, rows]) => ({ code, count: rows.length, note: describe(rows) }));
}

function describe(rows: SkippedRelation[]): string {
  const perFile = countBy(rows.map((r) => r.file));
  const uris = [...new Set(rows.map((r) => r.missingUri))];
  const shown =
    uris.slice(0, 3).join(', ') + (uris.length > 3 ? `, … (${uris.length} in all)` : '');
  const files = [...perFile].map(([file, n]) => `${n} in ${file}`).join(', ');
  return `Relation rows skipped because their endpoint is not in the release (${files}): ${shown}`;
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
