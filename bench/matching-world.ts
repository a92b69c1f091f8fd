/** The matching benchmark's data: demo-generator vacancies and people, indexed, and its queries. */
import { loadConfig } from '../src/config/config.js';
import { CandidateIndex } from '../src/matching/candidate-index.js';
import type { OpeningFilter } from '../src/matching/match-filters.js';
import {
  candidateForMatching,
  vacancyForMatching,
  type MatchCandidate,
  type MatchOpening,
} from '../src/matching/match-profiles.js';
import { defaultMatchWeights } from '../src/matching/match-weights.js';
import { occupationProximity } from '../src/matching/occupation-proximity.js';
import { OpeningIndex } from '../src/matching/opening-index.js';
import { readReferenceSkillGraphInput } from '../src/matching/reference-skill-graph.loader.js';
import type { ScoreContext } from '../src/matching/score.js';
import { buildSkillGraph } from '../src/matching/skill-graph.js';
import { DEMO_OCCUPATIONS } from '../src/people/demo/demo-occupations.js';
import { DESTINATION_COUNTRIES } from '../src/people/demo/demo-jobs.js';
import { generatePeople, generateVacancies } from '../src/people/demo/demo-people.js';
import { seededRandom } from './bench-support.js';

export const SCALES = {
  small: { vacancies: 100_000, candidates: 20_000, queries: 300, exhaustive: 20 },
  full: { vacancies: 1_000_000, candidates: 200_000, queries: 1_000, exhaustive: 20 },
} as const;
export type ScaleName = keyof typeof SCALES;

const EMPLOYER_COUNTRIES = ['BE', 'IT', 'NL', 'LT', 'MA', 'TN', 'NG', 'SN', 'MR'];

export interface MatchingWorld {
  ctx: ScoreContext;
  openings: OpeningIndex;
  candidates: CandidateIndex;
  buildMs: number;
}

/** Generates the scale's vacancies and people (fixed seeds) and indexes them, bulk-loaded. */
export async function buildWorld(scale: ScaleName): Promise<MatchingWorld> {
  const size = SCALES[scale];
  const graph = buildSkillGraph(
    await readReferenceSkillGraphInput(loadConfig(process.env).referenceDir),
  );
  const ctx = { graph, weights: defaultMatchWeights, proximity: occupationProximity(graph) };
  const relations = DEMO_OCCUPATIONS.map((o) => ({
    occupationUri: o.uri,
    essential: graph.occupations.get(o.uri)?.essential ?? [],
    optional: graph.occupations.get(o.uri)?.optional ?? [],
  }));
  const employers = Array.from({ length: 5_000 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `Employer ${i}`,
    country: EMPLOYER_COUNTRIES[i % EMPLOYER_COUNTRIES.length]!,
  }));
  const started = performance.now();
  const openings = new OpeningIndex(ctx);
  const vacancies: MatchOpening[] = [];
  for (const batch of generateVacancies({ seed: 11, count: size.vacancies, relations, employers }))
    for (const v of batch) vacancies.push(vacancyForMatching(v.id, v, graph));
  openings.upsertAll(vacancies);
  const candidates = new CandidateIndex(ctx);
  const people = [];
  for (const batch of generatePeople({ seed: 12, count: size.candidates, relations }))
    for (const c of batch)
      people.push({
        candidate: candidateForMatching(c.id, c.profile),
        consents: {
          matching: c.consents.includes('partnership_matching'),
          employerSharing: c.consents.includes('employer_sharing'),
        },
      });
  candidates.upsertAll(people);
  return { ctx, openings, candidates, buildMs: performance.now() - started };
}

/** Queries answered, untimed, before the timed ones. */
export const WARM_UP = 100;

/**
 * Answers the first {@link WARM_UP} queries of each kind, untimed: the JIT compiles the query
 * code, and each occupation's overlaps (computed on its first shortlist) are in place, as in a
 * server that has been answering.
 */
export function warmUp(world: MatchingWorld, queries: Queries): void {
  for (let i = 0; i < WARM_UP; i++) {
    world.openings.rank(queries.searches[i]!.candidate, queries.searches[i]!.filter, 10);
    world.candidates.rank(queries.shortlists[i]!, { audience: 'employer' }, 10);
  }
}

export interface Queries {
  /** Candidate → vacancies, filtered as a person searches. */
  searches: { candidate: MatchCandidate; filter: OpeningFilter }[];
  /** Vacancy → candidates: employers' shortlists. */
  shortlists: MatchOpening[];
}

/**
 * The benchmark's queries, the same on every run: a person searches a destination (preferred or
 * drawn) on the away track, or home-track jobs in their own country; employers ask for
 * shortlists of random vacancies.
 */
export function queriesOf(world: MatchingWorld, count: number): Queries {
  const random = seededRandom(13);
  const people = [...world.candidates.all()];
  const vacancies = [...world.openings.all()];
  const destinations = [...DESTINATION_COUNTRIES];
  const searches = Array.from({ length: count }, () => {
    const p = people[Math.floor(random() * people.length)]!.candidate;
    const away = random() < 0.7;
    const country = away
      ? (p.preferredCountries[0] ?? destinations[Math.floor(random() * destinations.length)]!)
      : p.residenceCountry;
    const filter: OpeningFilter = { countries: [country], tracks: [away ? 'away' : 'home'] };
    return { candidate: p, filter };
  });
  const shortlists = Array.from(
    { length: count },
    () => vacancies[Math.floor(random() * vacancies.length)]!,
  );
  return { searches, shortlists };
}
