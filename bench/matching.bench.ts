// Matching speed: top-10 vacancies for a candidate (with filters) and top-10 candidates for a
// vacancy, on demo-generator data (1M vacancies and 200k candidates at full scale), the inverted
// index against the exhaustive scorer in the same run, with the top-10 compared for equality.
import { loadConfig } from '../src/config/config.js';
import { CandidateIndex } from '../src/matching/candidate-index.js';
import {
  rankCandidatesExhaustively,
  rankOpeningsExhaustively,
} from '../src/matching/exhaustive-matcher.js';
import type { OpeningFilter } from '../src/matching/match-filters.js';
import { candidateForMatching, vacancyForMatching } from '../src/matching/match-profiles.js';
import { defaultMatchWeights } from '../src/matching/match-weights.js';
import { occupationProximity } from '../src/matching/occupation-proximity.js';
import { OpeningIndex } from '../src/matching/opening-index.js';
import { readReferenceSkillGraphInput } from '../src/matching/reference-skill-graph.js';
import { buildSkillGraph } from '../src/matching/skill-graph.js';
import { DEMO_OCCUPATIONS } from '../src/people/demo/demo-occupations.js';
import { DESTINATION_COUNTRIES } from '../src/people/demo/demo-jobs.js';
import { generatePeople, generateVacancies } from '../src/people/demo/demo-people.js';
import { hasConsent } from '../src/people/candidates/consent.js';
import { option, percentile, report, seededRandom } from './bench-support.js';

const SCALES = {
  small: { vacancies: 100_000, candidates: 20_000, queries: 300, exhaustive: 20 },
  full: { vacancies: 1_000_000, candidates: 200_000, queries: 1_000, exhaustive: 20 },
} as const;
const EMPLOYER_COUNTRIES = ['BE', 'IT', 'NL', 'LT', 'MA', 'TN', 'NG', 'SN', 'MR'];

const mib = (bytes: number) => bytes / 1024 / 1024;
const same = (a: { id: string; score: number }[], b: { id: string; score: number }[]) =>
  a.length === b.length && a.every((x, i) => x.id === b[i]!.id && x.score === b[i]!.score);

function time<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

export async function run(args: string[]): Promise<void> {
  const scaleName = option(args, 'scale', 'small') as keyof typeof SCALES;
  const scale = SCALES[scaleName] ?? SCALES.small;
  const bench = 'matching';
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

  const heapBefore = process.memoryUsage().heapUsed;
  const openings = new OpeningIndex(ctx);
  const vacancyBuild = time(() => {
    for (const batch of generateVacancies({
      seed: 11,
      count: scale.vacancies,
      relations,
      employers,
    }))
      for (const v of batch) openings.upsert(vacancyForMatching(v.id, v, graph));
  });
  const candidates = new CandidateIndex(ctx);
  const candidateBuild = time(() => {
    const all = [];
    for (const batch of generatePeople({ seed: 12, count: scale.candidates, relations }))
      for (const c of batch)
        all.push({
          candidate: candidateForMatching(c.id, c.profile),
          consents: {
            matching: c.consents.includes('partnership_matching'),
            employerSharing: hasConsent(
              c.consents.map((purpose) => ({ purpose, grantedAt: new Date(0), withdrawnAt: null })),
              'employer_sharing',
            ),
          },
        });
    candidates.upsertAll(all);
  });
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  report(bench, 'vacancies', openings.size, 'count');
  report(bench, 'candidates', candidates.size, 'count');
  report(bench, 'index_build_incl_generation', vacancyBuild.ms + candidateBuild.ms, 'ms');
  report(bench, 'vacancy_index_postings', mib(openings.bytes()), 'MiB');
  report(bench, 'candidate_index_postings', mib(candidates.bytes()), 'MiB');
  report(bench, 'heap_growth_incl_profiles', mib(heapAfter - heapBefore), 'MiB');

  const random = seededRandom(13);
  const people = [...candidates.all()];
  const vacancies = [...openings.all()];
  const destinations = [...DESTINATION_COUNTRIES];

  // Candidate → vacancies: filtered as a person searches: a destination (preferred or drawn)
  // and the away track, or home-track jobs in their own country.
  const queries = Array.from({ length: scale.queries }, () => {
    const p = people[Math.floor(random() * people.length)]!.candidate;
    const away = random() < 0.7;
    const country = away
      ? (p.preferredCountries[0] ?? destinations[Math.floor(random() * destinations.length)]!)
      : p.residenceCountry;
    const filter: OpeningFilter = { countries: [country], tracks: [away ? 'away' : 'home'] };
    return { candidate: p, filter };
  });
  const candidateTimes = queries.map(
    (q) => time(() => openings.rank(q.candidate, q.filter, 10)).ms,
  );
  const exhaustiveTimes: number[] = [];
  let identical = 0;
  for (const q of queries.slice(0, scale.exhaustive)) {
    const exhaustive = time(() =>
      rankOpeningsExhaustively(q.candidate, vacancies, q.filter, 10, ctx),
    );
    exhaustiveTimes.push(exhaustive.ms);
    if (same(openings.rank(q.candidate, q.filter, 10), exhaustive.value)) identical++;
  }
  const line = (metric: string, times: number[], extra = {}) => {
    for (const [q, name] of [
      [0.5, 'p50'],
      [0.95, 'p95'],
      [0.99, 'p99'],
    ] as const)
      report(bench, `${metric}_${name}`, percentile(times, q), 'ms', extra);
  };
  line('candidate_to_vacancies_index', candidateTimes, {
    method: 'index',
    queries: queries.length,
  });
  line('candidate_to_vacancies_exhaustive', exhaustiveTimes, { method: 'exhaustive' });
  report(
    bench,
    'candidate_to_vacancies_p50_speedup',
    percentile(exhaustiveTimes, 0.5) / percentile(candidateTimes, 0.5),
    'x',
  );
  report(
    bench,
    'candidate_to_vacancies_identical_top10',
    identical / exhaustiveTimes.length,
    'share',
    { compared: exhaustiveTimes.length },
  );
  report(
    bench,
    'candidate_to_vacancies_throughput_1_core',
    1000 / (candidateTimes.reduce((a, b) => a + b, 0) / candidateTimes.length),
    'queries/s',
  );

  // Vacancy → candidates: the employer's shortlist (both consents required).
  const shortlists = Array.from(
    { length: scale.queries },
    () => vacancies[Math.floor(random() * vacancies.length)]!,
  );
  const vacancyTimes = shortlists.map(
    (v) => time(() => candidates.rank(v, { audience: 'employer' }, 10)).ms,
  );
  const exhaustiveShortlist: number[] = [];
  let identicalShortlists = 0;
  for (const v of shortlists.slice(0, scale.exhaustive)) {
    const exhaustive = time(() =>
      rankCandidatesExhaustively(v, people, { audience: 'employer' }, 10, ctx),
    );
    exhaustiveShortlist.push(exhaustive.ms);
    if (same(candidates.rank(v, { audience: 'employer' }, 10), exhaustive.value))
      identicalShortlists++;
  }
  line('vacancy_to_candidates_index', vacancyTimes, {
    method: 'index',
    queries: shortlists.length,
  });
  line('vacancy_to_candidates_exhaustive', exhaustiveShortlist, { method: 'exhaustive' });
  report(
    bench,
    'vacancy_to_candidates_p50_speedup',
    percentile(exhaustiveShortlist, 0.5) / percentile(vacancyTimes, 0.5),
    'x',
  );
  report(
    bench,
    'vacancy_to_candidates_identical_top10',
    identicalShortlists / exhaustiveShortlist.length,
    'share',
    { compared: exhaustiveShortlist.length },
  );
}
