import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organisation } from '../accounts/accounts.schema.js';
import type { DatabaseHandle } from '../db/database.js';
import { loadDemoData } from '../demo/demo.loader.js';
import { candidate, candidateConsent, vacancy } from '../people/people.schema.js';
import { testEngines } from '../../test/support/database.js';
import {
  candidatePages,
  pooledCandidate,
  pooledOpening,
  StringPool,
  vacancyOpeningPages,
} from './matching-load.store.js';
import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import { readMatchCandidates, readVacancyOpenings } from './matching.store.js';
import { buildSkillGraph } from './skill-graph.js';

const skill = (n: number) =>
  `http://data.europa.eu/esco/skill/00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const OCCUPATION = 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';
const uuid = (kind: number, n: number) =>
  `${String(kind).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const graph = buildSkillGraph({ occupations: [], relations: [], skillBroader: [] });
const byId = <T>(items: T[], id: (item: T) => string) =>
  [...items].sort((a, b) => (id(a) < id(b) ? -1 : 1));

describe.each(testEngines())('start-up reads on $name', (engine) => {
  let handle: DatabaseHandle;
  const now = new Date('2026-11-21T09:00:00Z');

  beforeAll(async () => {
    handle = await engine.open();
    await loadDemoData(handle.db, { seed: 7, scale: 'small', now });
    const [employer] = await handle.db
      .select({ id: organisation.id })
      .from(organisation)
      .where(eq(organisation.kind, 'employer'));
    // Ids out of insertion order, so that pages follow ids, not the order rows were written in.
    const order = (n: number) => (n * 7) % 23;
    await handle.db.insert(vacancy).values(
      Array.from({ length: 23 }, (_, n) => ({
        id: uuid(1, order(n)),
        employerId: employer!.id,
        occupationUri: OCCUPATION,
        country: n % 2 ? 'BE' : 'DE',
        track: 'away',
        posting: {
          title: `Vacancy ${n}`,
          employerId: employer!.id,
          occupationUri: OCCUPATION,
          essentialSkills: [skill(n % 5), skill(10 + (n % 3))],
          optionalSkills: n % 4 ? [skill(20)] : [],
          languages: [{ tag: 'fr', minimumLevel: 'B1' as const }],
          country: n % 2 ? 'BE' : 'DE',
          positions: 1,
          contractType: 'permanent' as const,
          track: 'away' as const,
        },
        createdAt: now,
        updatedAt: now,
      })),
    );
    await handle.db.insert(candidate).values(
      Array.from({ length: 11 }, (_, n) => ({
        id: uuid(2, (n * 5) % 11),
        userId: null,
        residenceCountry: 'MA',
        profile: {
          name: `Person ${n}`,
          residenceCountry: 'MA',
          nationality: 'MA',
          skills: [{ uri: skill(n % 5), evidence: 'certified' as const, source: 'self' as const }],
          languages: [],
          qualifications: [],
          experience: [],
          preferences: { destinationCountries: ['BE'], tracks: ['away' as const], sectors: [] },
          availability: {},
        },
        createdAt: now,
        updatedAt: now,
      })),
    );
    await handle.db.insert(candidateConsent).values(
      Array.from({ length: 11 }, (_, n) => ({
        candidateId: uuid(2, n),
        purpose: n % 3 ? 'partnership_matching' : 'employer_sharing',
        grantedAt: now,
      })),
    );
  });
  afterAll(() => handle?.close());

  it('reads every vacancy once, in pages of at most the page size, as the whole read does', async () => {
    const pages = [];
    for await (const page of vacancyOpeningPages(handle.db, graph, new StringPool(), 5))
      pages.push(page);
    expect(pages.map((p) => p.length)).toEqual([5, 5, 5, 5, 3]);
    const paged = pages.flat();
    expect(paged.map((o) => o.id)).toEqual(paged.map((o) => o.id).sort());
    const whole = await readVacancyOpenings(handle.db, graph);
    expect(paged).toEqual(byId(whole, (o) => o.id));
  });

  it('reads every candidate once, with their own consents, as the whole read does', async () => {
    const pages = [];
    for await (const page of candidatePages(handle.db, new StringPool(), 4)) pages.push(page);
    expect(pages.map((p) => p.length)).toEqual([4, 4, 3]);
    const whole = await readMatchCandidates(handle.db);
    expect(pages.flat()).toEqual(byId(whole, (c) => c.candidate.id));
    const third = pages.flat().find((c) => c.candidate.id === uuid(2, 3))!;
    expect(third.consents).toEqual({ matching: false, employerSharing: true });
  });

  it('ends at once on an exact multiple of the page size, and on an empty table', async () => {
    const sizes = [];
    for await (const page of candidatePages(handle.db, new StringPool(), 11))
      sizes.push(page.length);
    expect(sizes).toEqual([11]);
    await handle.db.delete(vacancy);
    for await (const page of vacancyOpeningPages(handle.db, graph, new StringPool(), 5))
      expect.unreachable(`a page of ${page.length}`);
  });
});

describe('pooled openings and candidates', () => {
  const opening = (n: number): MatchOpening => ({
    id: uuid(3, n),
    kind: 'vacancy',
    title: `Welder ${'x'.repeat(n % 2)}`.trim(),
    organisationId: uuid(4, 1),
    partnershipId: null,
    country: ['BE', 'DE'][n % 2]!,
    track: 'away',
    occupationUri: OCCUPATION,
    iscoCode: '7212',
    essential: [skill(n % 3), skill(5)],
    optional: [],
    languages: n % 3 ? [{ tag: 'fr', minimum: 3 + (n % 2), skills: [0, 4, 0, 0] }] : [],
    minimumEqfLevel: null,
  });

  it('keeps each opening equal, sharing the language requirements of openings requiring the same', () => {
    const pool = new StringPool();
    const raw = Array.from({ length: 12 }, (_, n) => opening(n));
    const pooled = raw.map((o) => pooledOpening(structuredClone(o), pool));
    expect(pooled).toEqual(raw);
    // n = 1, 7 (fr at 4) and n = 2, 4, 8, 10 (fr at 3): one array each; n % 3 = 0: none.
    expect(pooled[1]!.languages).toBe(pooled[7]!.languages);
    expect(pooled[2]!.languages).toBe(pooled[10]!.languages);
    expect(pooled[1]!.languages).not.toBe(pooled[2]!.languages);
    expect(pooled[1]!.title).toBe(pooled[3]!.title);
  });

  it('keeps each candidate equal, sharing language maps and preferences held alike', () => {
    const pool = new StringPool();
    const person = (n: number): MatchCandidate => ({
      id: uuid(5, n),
      residenceCountry: 'MA',
      skills: new Map([[skill(n), 'certified']]),
      languages: new Map([['fr', 3 + (n % 2)]]),
      languageSkills: new Map([['fr', [3 + (n % 2), 3, 3, 3]]]),
      eqfLevel: null,
      occupations: [],
      preferredCountries: n % 2 ? ['BE'] : ['DE', 'BE'],
      preferredTracks: ['away'],
      recognitions: [],
    });
    const raw = Array.from({ length: 4 }, (_, n) => person(n));
    const pooled = raw.map((c) => pooledCandidate(structuredClone(c), pool));
    expect(pooled).toEqual(raw);
    expect(pooled[0]!.languages).toBe(pooled[2]!.languages);
    expect(pooled[1]!.languageSkills).toBe(pooled[3]!.languageSkills);
    expect(pooled[0]!.languages).not.toBe(pooled[1]!.languages);
    expect(pooled[1]!.preferredCountries).toBe(pooled[3]!.preferredCountries);
    expect(pooled[0]!.preferredCountries).not.toBe(pooled[1]!.preferredCountries);
  });
});
