// The in-process reference of the API bench (bench/api.bench.ts): the engine on the same match
// queries, one core, no HTTP, and the ratio of the API's match throughput to it.
import type { DatabaseHandle } from '../src/db/database.js';
import { matchingFor } from '../src/matching/matching.service.js';
import { openingMatches } from '../src/matching/matching.queries.js';
import { weightsFor } from '../src/matching/matching.store.js';
import { loadTaxonomyIndex } from '../src/taxonomy/taxonomy-index.store.js';
import { percentile, report } from './bench-support.js';

const bench = 'api';

export /** The in-process engine on the same match queries, one core, no HTTP: the reference. */
async function inProcessReference(handle: DatabaseHandle, candidateIds: string[], queries: number) {
  const taxonomy = await loadTaxonomyIndex(handle.db);
  const service = await matchingFor(handle.db);
  const weights = await weightsFor(handle.db, undefined);
  const people = candidateIds.map((id) => service.people.get(id)!).filter(Boolean);
  const ask = (i: number) =>
    openingMatches(
      service,
      taxonomy,
      people[i % people.length]!.candidate,
      { kind: 'vacancy', limit: 10, offset: 0 },
      weights,
    );
  for (let i = 0; i < Math.min(queries, 200); i++) ask(i); // JIT warm-up
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < queries; i++) {
    const t0 = performance.now();
    ask(i);
    times.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  report(bench, 'in_process_matches_per_s', queries / seconds, 'req/s', {
    queries,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    method: 'openingMatches (rank + page of 10 explained) on one core, no HTTP or database',
  });
  return queries / seconds;
}
