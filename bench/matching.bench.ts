// Matching speed: top-10 vacancies for a candidate (with filters) and top-10 candidates for a
// vacancy, on demo-generator data (1M vacancies and 200k candidates at full scale), the inverted
// index against the exhaustive scorer in the same run, on the same queries in alternating
// order, with the top-10 compared for equality.
import { Worker } from 'node:worker_threads';
import { option, percentile, report, settleHeap, stampMeasuredCode } from './bench-support.js';
import {
  prepareOpenings,
  preparePeople,
  rankCandidatesPrepared,
  rankOpeningsPrepared,
} from './exhaustive-reference.js';
import {
  buildWorld,
  queriesOf,
  SCALES,
  warmUp,
  WARM_UP,
  type ScaleName,
} from './matching-world.js';

const mib = (bytes: number) => bytes / 1024 / 1024;
const same = (a: { id: string; score: number }[], b: { id: string; score: number }[]) =>
  a.length === b.length && a.every((x, i) => x.id === b[i]!.id && x.score === b[i]!.score);

type Ranked = { id: string; score: number }[];
interface Paired {
  index: number[];
  reference: number[];
  identical: number;
}

/** Times the index and the reference on the same queries, alternating which goes first. */
function paired<Q>(queries: readonly Q[], index: (q: Q) => Ranked, reference: (q: Q) => Ranked) {
  const result: Paired = { index: [], reference: [], identical: 0 };
  queries.forEach((q, i) => {
    const sides = [() => time(() => index(q)), () => time(() => reference(q))];
    const [a, b] = i % 2 === 0 ? [sides[0]!(), sides[1]!()] : [sides[1]!(), sides[0]!()].reverse();
    result.index.push(a!.ms);
    result.reference.push(b!.ms);
    if (same(a!.value, b!.value)) result.identical++;
  });
  return result;
}

function reportPaired(
  name: string,
  p: Paired,
  line: (metric: string, times: number[], extra?: object) => void,
): void {
  const extra = { queries: p.index.length, order: 'alternating, same queries' };
  line(`${name}_index_paired`, p.index, { method: 'index', ...extra });
  line(`${name}_exhaustive`, p.reference, {
    method: 'exhaustive, credits and totals once',
    ...extra,
  });
  const speedup = percentile(p.reference, 0.5) / percentile(p.index, 0.5);
  report('matching', `${name}_p50_speedup`, speedup, 'x', extra);
  report('matching', `${name}_identical_top10`, p.identical / p.index.length, 'share', extra);
}

function time<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

export async function run(args: string[]): Promise<void> {
  const scaleName = option(args, 'scale', 'small') as keyof typeof SCALES;
  const scale = SCALES[scaleName] ?? SCALES.small;
  const bench = 'matching';
  const heapBefore = process.memoryUsage().heapUsed;
  const world = await buildWorld(scaleName in SCALES ? scaleName : 'small');
  const { ctx, openings, candidates } = world;
  // Collected (no need to wait for sweeping) so that the heap's growth is what the indexes keep.
  await settleHeap(0);
  const heapAfter = process.memoryUsage().heapUsed;
  report(bench, 'vacancies', openings.size, 'count');
  report(bench, 'candidates', candidates.size, 'count');
  report(bench, 'index_build_incl_generation', world.buildMs, 'ms');
  report(bench, 'vacancy_index_rows', mib(openings.bytes()), 'MiB');
  report(bench, 'candidate_index_rows', mib(candidates.bytes()), 'MiB');
  report(bench, 'heap_growth_incl_profiles', mib(heapAfter - heapBefore), 'MiB');

  const people = [...candidates.all()];
  const vacancies = [...openings.all()];
  // Warm-up queries (not timed) let the JIT compile the query code, as a running server's is.
  // They run again after each forced full collection: V8 drops the optimized code of the query
  // functions then, and the first hundred queries after it ran 2–3× slower while it compiled
  // them again (seen with --trace-opt). A server is not collected by force.
  const all = queriesOf(world, WARM_UP + scale.queries);
  warmUp(world, all);
  await settleHeap();
  warmUp(world, all);
  const queries = all.searches.slice(WARM_UP);
  const shortlists = all.shortlists.slice(WARM_UP);
  // Both sides answer the same queries, one after the other, in alternating order (index first
  // on even queries, the reference first on odd ones); the reference has each opening's totals
  // and each person's credits computed once, before timing (bench/exhaustive-reference.ts).
  const preparedOpenings = prepareOpenings(vacancies, ctx);
  const preparedPeople = preparePeople(people, ctx);
  const compared = queries.slice(0, scale.exhaustive);
  const toVacancies = paired(
    compared,
    (q) => openings.rank(q.candidate, q.filter, 10),
    (q) => rankOpeningsPrepared(q.candidate, preparedOpenings, q.filter, 10, ctx),
  );
  const candidateTimes = queries.map(
    (q) => time(() => openings.rank(q.candidate, q.filter, 10)).ms,
  );
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
  reportPaired('candidate_to_vacancies', toVacancies, line);
  report(
    bench,
    'candidate_to_vacancies_throughput_1_core',
    1000 / (candidateTimes.reduce((a, b) => a + b, 0) / candidateTimes.length),
    'queries/s',
  );

  // Vacancy → candidates: the employer's shortlist (both consents required). The reference runs
  // above leave garbage behind: collected first, so that both series start alike.
  await settleHeap();
  warmUp(world, all);
  const employer = { audience: 'employer' } as const;
  const toCandidates = paired(
    shortlists.slice(0, scale.exhaustive),
    (v) => candidates.rank(v, employer, 10),
    (v) => rankCandidatesPrepared(v, preparedPeople, employer, 10, ctx),
  );
  const vacancyTimes = shortlists.map((v) => time(() => candidates.rank(v, employer, 10)).ms);
  line('vacancy_to_candidates_index', vacancyTimes, {
    method: 'index',
    queries: shortlists.length,
  });
  reportPaired('vacancy_to_candidates', toCandidates, line);

  if (!args.includes('--no-workers')) await throughput(scaleName, scale.queries);
}

/**
 * Throughput on every core: one worker thread per core, each with its own copy of the indexes
 * (the index is single-threaded), answering its share of the same queries both ways.
 */
async function throughput(scale: ScaleName, count: number): Promise<void> {
  const parts = 2;
  stampMeasuredCode();
  const workers = Array.from(
    { length: parts },
    (_, part) =>
      new Worker(new URL('./matching-throughput.worker.mjs', import.meta.url), {
        workerData: { scale, part, parts, count },
      }),
  );
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
  const started = performance.now();
  const results = await Promise.all(
    workers.map(
      (w) =>
        new Promise<{ answered: number; ms: number }>((resolve) => {
          w.once('message', resolve);
          w.postMessage('go');
        }),
    ),
  );
  const wall = performance.now() - started;
  await Promise.all(workers.map((w) => w.terminate()));
  const answered = results.reduce((sum, r) => sum + r.answered, 0);
  report('matching', 'throughput_2_cores', (answered / wall) * 1000, 'queries/s', {
    workers: parts,
    queries: answered,
    note: 'both directions, half each; one index copy per worker',
  });
}
