import { genderOfName, personName } from '../../demo/people.js';
import { createRandom, type Random } from '../../demo/random.js';
import type { Programme } from '../programmes/programme.js';
import type { Vacancy } from '../vacancies/vacancy.js';
import {
  drawCandidate,
  DESTINATIONS,
  type CandidatePerson,
  type DemoCandidate,
} from './demo-candidates.js';
import { drawProgramme, drawVacancy, type DemoInstitution } from './demo-jobs.js';
import { profiledOccupations, type OccupationSkills } from './demo-occupations.js';

/** The origin countries of the demo corridors: where candidates live. */
export const ORIGIN_COUNTRIES = ['MA', 'NG', 'SN', 'TN', 'MR'] as const;

/** The people section of the demo: candidates, vacancies and programmes. */
export interface DemoPeople {
  candidates: DemoCandidate[];
  vacancies: (Vacancy & { id: string })[];
  programmes: (Programme & { id: string })[];
}

/** What the people section is drawn from: the rest of the demo and the taxonomy's relations. */
export interface DemoPeopleInput {
  seed: number;
  /** Candidates with an account (the demo candidate first), who get a profile each. */
  accountHolders: CandidatePerson[];
  /** Further candidates without an account, invented here. */
  extraCandidates: number;
  employers: DemoInstitution[];
  providers: DemoInstitution[];
  vacanciesPerEmployer: number;
  programmesPerProvider: number;
  relations: readonly OccupationSkills[];
}

/** Every skill of the relations once: the pool noise is drawn from. */
function skillPoolOf(relations: readonly OccupationSkills[]): string[] {
  return [...new Set(relations.flatMap((r) => [...r.essential, ...r.optional]))].sort();
}

/**
 * An invented candidate, whose profile records the gender their name was drawn for. The name is
 * drawn as before (half the listed given names are women's), so the stream of later draws stays put.
 */
function inventPerson(random: Random): CandidatePerson {
  const country = random.pick(ORIGIN_COUNTRIES);
  const name = personName(random, country);
  return { userId: null, name, country, gender: genderOfName(name, country) ?? undefined };
}

/** An account holder's gender follows the name their account was given, when it tells. */
const withGender = (p: CandidatePerson): CandidatePerson =>
  p.gender ? p : { ...p, gender: genderOfName(p.name, p.country) ?? undefined };

/**
 * Generates the people section: a pure function of its input. Without relations for the demo
 * occupations (no taxonomy imported) it is empty: profiles must speak in known ESCO skills.
 */
export function generateDemoPeople(input: DemoPeopleInput): DemoPeople {
  const occupations = profiledOccupations(input.relations);
  if (occupations.length === 0) return { candidates: [], vacancies: [], programmes: [] };
  // A stream of its own, so that other sections' draws never shift these.
  const random = createRandom(input.seed ^ 0x9e3779b9);
  const pool = skillPoolOf(input.relations);
  const people = [
    ...input.accountHolders.map(withGender),
    ...Array.from({ length: input.extraCandidates }, () => inventPerson(random)),
  ];
  const candidates = people.map((p) => drawCandidate(random, p, occupations, pool));
  const vacancies = input.employers.flatMap((e) =>
    Array.from({ length: input.vacanciesPerEmployer }, () => ({
      id: random.uuid(),
      ...drawVacancy(random, e, occupations),
    })),
  );
  const programmes = input.providers.flatMap((p) =>
    Array.from({ length: input.programmesPerProvider }, () => ({
      id: random.uuid(),
      ...drawProgramme(random, p, occupations, DESTINATIONS[p.country]?.[0]),
    })),
  );
  return { candidates, vacancies, programmes };
}

/** Options of the benchmark streams. */
export interface PeopleStreamOptions {
  seed: number;
  count: number;
  relations: readonly OccupationSkills[];
  /** Rows per batch (default 1000). */
  batchSize?: number;
}

function* batches<T>(count: number, size: number, draw: () => T): Generator<T[]> {
  for (let done = 0; done < count;) {
    const n = Math.min(size, count - done);
    yield Array.from({ length: n }, draw);
    done += n;
  }
}

/**
 * Candidates in batches, for benchmarks at any scale (200k and more) without holding them all:
 * the same seed gives the same sequence.
 */
export function generatePeople(options: PeopleStreamOptions): Generator<DemoCandidate[]> {
  const occupations = profiledOccupations(options.relations);
  if (occupations.length === 0) throw new Error('no demo occupation has skills in the relations');
  const random = createRandom(options.seed);
  const pool = skillPoolOf(options.relations);
  return batches(options.count, options.batchSize ?? 1000, () =>
    drawCandidate(random, inventPerson(random), occupations, pool),
  );
}

/** Vacancies in batches over the given employers, for benchmarks (1M and more). */
export function generateVacancies(
  options: PeopleStreamOptions & { employers: readonly DemoInstitution[] },
): Generator<(Vacancy & { id: string })[]> {
  const occupations = profiledOccupations(options.relations);
  if (occupations.length === 0) throw new Error('no demo occupation has skills in the relations');
  const random = createRandom(options.seed);
  return batches(options.count, options.batchSize ?? 1000, () => ({
    id: random.uuid(),
    ...drawVacancy(random, random.pick(options.employers), occupations),
  }));
}
