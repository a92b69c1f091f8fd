import { assembleReferenceDataset } from '../src/taxonomy/import/reference-dataset.js';
import { readReferenceSources } from '../src/taxonomy/import/reference-sources.loader.js';
import { indexedConcepts } from '../src/taxonomy/search/indexed-concepts.js';
import { buildTaxonomyIndex } from '../src/taxonomy/taxonomy-index.js';
import { option, percentile, report, seededRandom } from './bench-support.js';
import { benchQueries, type BenchQuery } from './taxonomy-search-queries.js';
import { miniSearchReference } from './minisearch-reference.js';
import { trigramReference } from './trigram-reference.js';

const bench = 'taxonomy-search';
// pg_trgm in PGlite answers in ~0.1-0.5 s a query, so it runs on the first `reference` queries.
const scales = { small: { perKind: 100, reference: 60 }, full: { perKind: 1500, reference: 600 } };

/** In-process index vs pg_trgm over ESCO v1.1.1 labels: latency percentiles and agreement. */
export async function run(args: string[]): Promise<void> {
  const scale = option(args, 'scale', 'small') as keyof typeof scales;
  const plan = scales[scale];
  if (!plan) throw new Error(`--scale must be small or full, not ${scale}`);
  const referenceDir = option(args, 'reference', new URL('../reference', import.meta.url).pathname);
  const { dataset } = assembleReferenceDataset(await readReferenceSources(referenceDir));
  const concepts = indexedConcepts(dataset.occupations, dataset.skills);

  let started = performance.now();
  const index = buildTaxonomyIndex('esco-1.1.1', concepts);
  report(bench, 'build_ms', performance.now() - started, 'ms', { scale, concepts: index.size });

  const queries = benchQueries(concepts, plan.perKind, seededRandom(2026));
  for (const q of queries.slice(0, 200)) index.search(q.text, { limit: 10 }); // warm the JIT
  const ours = new Map<BenchQuery, string[]>();
  const durations = queries.map((q) => {
    const t = performance.now();
    ours.set(
      q,
      index.search(q.text, { limit: 10 }).map((h) => h.uri),
    );
    return performance.now() - t;
  });
  const extra = { scale, engine: 'index', queries: queries.length };
  for (const [metric, p] of [
    ['p50_ms', 0.5],
    ['p95_ms', 0.95],
    ['p99_ms', 0.99],
  ] as const) {
    report(bench, metric, percentile(durations, p), 'ms', extra);
  }
  const foundTypos = queries.filter((q) => q.kind === 'typo' && ours.get(q)!.includes(q.uri));
  report(bench, 'typo_recall_at_10', foundTypos.length / plan.perKind, 'ratio', extra);

  compareWithMiniSearch(concepts, queries, index, plan.perKind, scale);

  started = performance.now();
  const reference = await trigramReference(concepts);
  report(bench, 'reference_build_ms', performance.now() - started, 'ms', {
    scale,
    engine: 'pg_trgm',
  });
  // pg_trgm answers the first `reference` queries; the index answers the same ones again, right
  // before or after it (alternating), so that the ratio compares the same queries under the
  // same load.
  const sample = queries.slice(0, plan.reference);
  const referenceTimes: number[] = [];
  const pairedIndexTimes: number[] = [];
  let agreement = 0;
  let typoQueries = 0;
  for (const [i, q] of sample.entries()) {
    const timeIndex = () => {
      const t = performance.now();
      index.search(q.text, { limit: 10 });
      pairedIndexTimes.push(performance.now() - t);
    };
    if (i % 2 === 0) timeIndex();
    const t = performance.now();
    const theirs = await reference.search(q.text, 10);
    referenceTimes.push(performance.now() - t);
    if (i % 2 === 1) timeIndex();
    if (q.kind !== 'typo' || theirs.length === 0) continue;
    typoQueries++;
    agreement += theirs.filter((uri) => ours.get(q)!.includes(uri)).length / theirs.length;
  }
  await reference.close();
  const order = 'alternating, same queries';
  const refExtra = { scale, engine: 'pg_trgm', queries: sample.length, order };
  report(bench, 'p50_ms', percentile(referenceTimes, 0.5), 'ms', refExtra);
  const referenceP95 = percentile(referenceTimes, 0.95);
  report(bench, 'p95_ms', referenceP95, 'ms', refExtra);
  const pairedExtra = { scale, engine: 'index', queries: sample.length, order };
  const pairedP95 = percentile(pairedIndexTimes, 0.95);
  report(
    bench,
    'paired_pg_trgm_index_p50_ms',
    percentile(pairedIndexTimes, 0.5),
    'ms',
    pairedExtra,
  );
  report(bench, 'paired_pg_trgm_index_p95_ms', pairedP95, 'ms', pairedExtra);
  report(bench, 'p95_ratio_pg_trgm_over_index', referenceP95 / pairedP95, 'ratio', {
    scale,
    queries: sample.length,
    order,
  });
  report(bench, 'typo_recall_at_10_agreement', typoQueries ? agreement / typoQueries : 0, 'ratio', {
    scale,
    queries: typoQueries,
  });
}

const recallAt10 = (
  queries: readonly BenchQuery[],
  kind: BenchQuery['kind'],
  found: Map<BenchQuery, string[]>,
) => {
  const ofKind = queries.filter((q) => q.kind === kind);
  return ofKind.filter((q) => found.get(q)!.includes(q.uri)).length / ofKind.length;
};

/**
 * MiniSearch (fuzzy + prefix) and the index on the full query set, each query answered by both
 * one after the other in alternating order: latency percentiles, and recall at 10 per kind.
 */
function compareWithMiniSearch(
  concepts: Parameters<typeof miniSearchReference>[0],
  queries: readonly BenchQuery[],
  index: ReturnType<typeof buildTaxonomyIndex>,
  perKind: number,
  scale: string,
): void {
  const started = performance.now();
  const mini = miniSearchReference(concepts);
  report(bench, 'minisearch_build_ms', performance.now() - started, 'ms', { scale });
  for (const q of queries.slice(0, 200)) mini.search(q.text, 10); // warm the JIT
  const sides = {
    index: (text: string) => index.search(text, { limit: 10 }).map((h) => h.uri),
    minisearch: (text: string) => mini.search(text, 10),
  };
  const times = { index: [] as number[], minisearch: [] as number[] };
  const found = {
    index: new Map<BenchQuery, string[]>(),
    minisearch: new Map<BenchQuery, string[]>(),
  };
  queries.forEach((q, i) => {
    const order =
      i % 2 === 0 ? (['index', 'minisearch'] as const) : (['minisearch', 'index'] as const);
    for (const side of order) {
      const t = performance.now();
      found[side].set(q, sides[side](q.text));
      times[side].push(performance.now() - t);
    }
  });
  for (const side of ['index', 'minisearch'] as const) {
    const extra = {
      scale,
      engine: side,
      queries: queries.length,
      order: 'alternating, same queries',
      perKind,
    };
    report(bench, `paired_${side}_p50_ms`, percentile(times[side], 0.5), 'ms', extra);
    report(bench, `paired_${side}_p95_ms`, percentile(times[side], 0.95), 'ms', extra);
    for (const kind of ['exact', 'prefix', 'typo'] as const)
      report(
        bench,
        `paired_${side}_${kind}_recall_at_10`,
        recallAt10(queries, kind, found[side]),
        'ratio',
        extra,
      );
  }
  report(
    bench,
    'p95_ratio_minisearch_over_index',
    percentile(times.minisearch, 0.95) / percentile(times.index, 0.95),
    'ratio',
    { scale },
  );
}
