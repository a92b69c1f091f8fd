import { and, asc, gt } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { candidate, vacancy } from '../people/people.schema.js';
import { vacancyForMatching, type MatchCandidate, type MatchOpening } from './match-profiles.js';
import { indexedCandidates, type IndexedCandidate } from './matching.store.js';
import type { SkillGraph } from './skill-graph.js';
import { vacancyNotSuspended } from './suspended-vacancies.queries.js';

/** Rows per page of the start-up reads. */
export const LOAD_PAGE_ROWS = 5_000;

/**
 * One copy of each string a load keeps: rows decode every skill URI, occupation and organisation
 * id afresh (a million vacancies name some 25 million skills, ~2 GB as separate strings), while
 * the index needs one copy of each (a few tens of thousands). Values that many rows hold alike
 * and nobody changes (an opening's language requirements) are kept once per content as well.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();
  private readonly values = new Map<string, unknown>();

  of = (s: string): string => {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  };

  /** The first value kept under `key` (which must name the value's whole content), else `value`. */
  alike<T>(key: string, value: T): T {
    const known = this.values.get(key);
    if (known !== undefined) return known as T;
    this.values.set(key, value);
    return value;
  }
}

/**
 * The opening with its identifiers, skill URIs, title, country and track taken from the pool, and
 * its language requirements shared with every opening requiring the same (openings are never
 * changed in place: an update replaces the whole opening).
 */
export function pooledOpening(o: MatchOpening, pool: StringPool): MatchOpening {
  return {
    ...o,
    title: pool.of(o.title),
    organisationId: pool.of(o.organisationId),
    partnershipId: o.partnershipId === null ? null : pool.of(o.partnershipId),
    country: pool.of(o.country),
    track: pool.of(o.track) as MatchOpening['track'],
    occupationUri: o.occupationUri === null ? null : pool.of(o.occupationUri),
    iscoCode: o.iscoCode === null ? null : pool.of(o.iscoCode),
    essential: o.essential.map(pool.of),
    optional: o.optional.map(pool.of),
    languages:
      o.languages.length === 0
        ? NO_LANGUAGES
        : pool.alike(`languages ${JSON.stringify(o.languages)}`, o.languages),
  };
}

const NO_LANGUAGES: MatchOpening['languages'] = Object.freeze([]);

/** A value kept once per content: its JSON (maps as their entries) names it. */
const contentKey = (kind: string, value: unknown) =>
  `${kind} ${JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? [...v] : v))}`;

/**
 * The candidate with skill URIs, occupations and countries taken from the pool, and the language
 * maps, preferences and recognitions shared with every candidate holding the same (candidates
 * are never changed in place: an update replaces the whole candidate).
 */
export function pooledCandidate(c: MatchCandidate, pool: StringPool): MatchCandidate {
  const alike = <T>(kind: string, value: T) => pool.alike(contentKey(kind, value), value);
  return {
    ...c,
    residenceCountry: pool.of(c.residenceCountry),
    skills: new Map([...c.skills].map(([uri, level]) => [pool.of(uri), level])),
    languages: alike('languages', c.languages),
    ...(c.languageSkills ? { languageSkills: alike('language skills', c.languageSkills) } : {}),
    occupations: c.occupations.map(pool.of),
    preferredCountries: alike('countries', c.preferredCountries.map(pool.of)),
    preferredTracks: alike('tracks', c.preferredTracks),
    recognitions: alike('recognitions', c.recognitions),
  };
}

/** The indexed candidate pooled (as above), with consents and qualifications shared alike. */
export function pooledIndexedCandidate(p: IndexedCandidate, pool: StringPool): IndexedCandidate {
  const alike = <T>(kind: string, value: T) => pool.alike(contentKey(kind, value), value);
  return {
    ...p,
    candidate: pooledCandidate(p.candidate, pool),
    consents: alike('consents', p.consents),
    purposes: alike('purposes', p.purposes),
    qualificationIds: alike('qualifications', p.qualificationIds),
  };
}

/**
 * Keyset pages of a table in id order (`id > last`, which PGlite serves as well as PostgreSQL):
 * the next page is asked for as soon as a page's rows arrive, so the database reads it while
 * this one is turned into index entries.
 */
async function* pages<R extends { id: string }>(
  read: (after: string | undefined) => Promise<R[]>,
  pageRows: number,
): AsyncGenerator<R[]> {
  let next = read(undefined);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) return;
    const full = rows.length === pageRows;
    if (full) next = read(rows[rows.length - 1]!.id);
    yield rows;
    if (!full) return;
  }
}

/**
 * Every vacancy as an opening (suspended employers' left out), a page at a time: a page's rows
 * are turned into openings and dropped before the page after next is read, so the rows are never
 * all held at once. A change committed while paging is in the change log, applied by the next
 * sync.
 */
export async function* vacancyOpeningPages(
  db: Database,
  graph: Pick<SkillGraph, 'occupations'>,
  pool: StringPool,
  pageRows = LOAD_PAGE_ROWS,
): AsyncGenerator<MatchOpening[]> {
  const read = (after: string | undefined) =>
    db
      .select({ id: vacancy.id, posting: vacancy.posting })
      .from(vacancy)
      .where(and(after === undefined ? undefined : gt(vacancy.id, after), vacancyNotSuspended()))
      .orderBy(asc(vacancy.id))
      .limit(pageRows);
  for await (const rows of pages(read, pageRows))
    yield rows.map((r) => pooledOpening(vacancyForMatching(r.id, r.posting, graph), pool));
}

/** Every candidate as the index holds them, a page at a time (as above). */
export async function* candidatePages(
  db: Database,
  pool: StringPool,
  pageRows = LOAD_PAGE_ROWS,
): AsyncGenerator<IndexedCandidate[]> {
  const read = (after: string | undefined) =>
    db
      .select()
      .from(candidate)
      .where(after === undefined ? undefined : gt(candidate.id, after))
      .orderBy(asc(candidate.id))
      .limit(pageRows);
  for await (const rows of pages(read, pageRows)) {
    const page = await indexedCandidates(db, rows);
    yield page.map((p) => pooledIndexedCandidate(p, pool));
  }
}
