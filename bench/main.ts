/**
 * Benchmark runner: `npm run bench -- <name> [options]` runs bench/<name>.bench.ts, which prints
 * one JSON object per measurement line; each line is also appended, with the commit, date,
 * machine (cores, load average) and scale, to bench/results/<name>.jsonl (`--no-record` not).
 * `npm run bench:tables` regenerates the tables in docs/ from those files. Add a bench by adding
 * it to the registry below.
 */
import { startRecording } from './bench-support.js';

type Bench = (args: string[]) => Promise<void>;

const registry: Record<string, () => Promise<{ run: Bench }>> = {
  'taxonomy-search': () => import('./taxonomy-search.bench.js'),
  extraction: () => import('./extraction.bench.js'),
  lmi: () => import('./lmi.bench.js'),
  matching: () => import('./matching.bench.js'),
  'matching-quality': () => import('./matching-quality.bench.js'),
  allocation: () => import('./allocation.bench.js'),
  journeys: () => import('./journeys.bench.js'),
  passport: () => import('./passport.bench.js'),
  api: () => import('./api.bench.js'),
  'api-stages': () => import('./api-stages.bench.js'),
  startup: () => import('./startup.bench.js'),
};

const [benchName, ...args] = process.argv.slice(2);
const load = benchName ? registry[benchName] : undefined;
if (!load) {
  process.stderr.write(`usage: npm run bench -- <${Object.keys(registry).join('|')}> [options]\n`);
  process.exit(1);
}
if (!args.includes('--no-record')) {
  const context = startRecording(benchName!, args);
  process.stderr.write(
    `recording run ${context.run} (commit ${context.commit}${context.dirty ? ', dirty' : ''}, load ${context.machine.loadAverage.join(' ')}) in bench/results/${benchName}.jsonl\n`,
  );
}
await (await load()).run(args);
