/**
 * Benchmark runner: `npm run bench -- <name> [options]` runs bench/<name>.bench.ts, which prints
 * one JSON object per measurement line. Add a bench by adding it to the registry below.
 */
type Bench = (args: string[]) => Promise<void>;

const registry: Record<string, () => Promise<{ run: Bench }>> = {
  'taxonomy-search': () => import('./taxonomy-search.bench.js'),
  extraction: () => import('./extraction.bench.js'),
  lmi: () => import('./lmi.bench.js'),
  matching: () => import('./matching.bench.js'),
  'matching-quality': () => import('./matching-quality.bench.js'),
  allocation: () => import('./allocation.bench.js'),
};

const [benchName, ...args] = process.argv.slice(2);
const load = benchName ? registry[benchName] : undefined;
if (!load) {
  process.stderr.write(`usage: npm run bench -- <${Object.keys(registry).join('|')}> [options]\n`);
  process.exit(1);
}
await (await load()).run(args);

export {};
