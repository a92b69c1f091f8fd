/**
 * `npm run bench:tables [-- --check]`: regenerates the benchmark tables in docs/*.md from the
 * recorded runs in bench/results/*.jsonl, between markers such as
 *
 *   <!-- bench-table lmi scale=small metrics=import_product,import_copy where=engine:pglite -->
 *   …generated…
 *   <!-- /bench-table -->
 *
 * Each table shows the latest recorded run of that bench at that scale that measured the listed
 * metrics (its commit, date, cores and load average say under what conditions). `--check` changes nothing and exits 1 when a
 * table is stale. `where=key:value` keeps only the lines whose detail `key` is `value`. The figures
 * are never copied by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import prettier from 'prettier';

export interface RecordedLine {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  run: string;
  commit: string;
  dirty?: boolean;
  date: string;
  scale: string;
  load1?: number;
  machine: { cores: number; loadAverage: number[] };
  [extra: string]: unknown;
}

/** Keys every recorded line carries; anything else is a measurement's detail. */
const CONTEXT_KEYS = new Set([
  ...['bench', 'metric', 'value', 'unit', 'run', 'commit', 'dirty', 'date', 'scale', 'args'],
  ...['machine', 'load1', 'at', 'startedAt'],
]);

const MARKER =
  /<!-- bench-table ([\w-]+)((?: [\w-]+=[^\s>]+)*) -->\n[\s\S]*?<!-- \/bench-table -->/g;

/** The lines of the latest run of a bench at a scale (runs ordered by their start date). */
export function latestRun(lines: readonly RecordedLine[], bench: string, scale: string) {
  const ofScale = lines.filter((l) => l.bench === bench && l.scale === scale);
  const latest = ofScale.reduce<RecordedLine | undefined>(
    (best, l) => (!best || l.date > best.date ? l : best),
    undefined,
  );
  return latest ? ofScale.filter((l) => l.run === latest.run) : [];
}

const cell = (value: unknown) =>
  String(typeof value === 'object' ? JSON.stringify(value) : value).replace(/\|/g, '\\|');

const details = (line: RecordedLine) =>
  Object.entries(line)
    .filter(([key]) => !CONTEXT_KEYS.has(key))
    .map(([key, value]) => `${key}: ${cell(value)}`)
    .join('; ');

const formatValue = (value: number) =>
  Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en') : String(value);

/** A Markdown table of a run's measurements, and a line saying where and when it ran. */
export function renderTable(run: readonly RecordedLine[], metrics?: readonly string[]): string {
  const first = run[0];
  if (!first) return '_No recorded run yet: run `npm run bench` first._\n';
  const shown = metrics ? run.filter((l) => metrics.includes(l.metric)) : run;
  const rows = shown.map(
    (l) => `| ${l.metric} | ${formatValue(l.value)} | ${l.unit} | ${details(l)} |`,
  );
  const loads = run.map((l) => l.load1 ?? 0);
  const commits = [...new Set(run.map((l) => l.commit))].join(', ');
  const moved = run.some((l) => l.startedAt) ? ' (code loaded after the checkout moved on)' : '';
  return [
    '| metric | value | unit | details |',
    '| --- | ---: | --- | --- |',
    ...rows,
    '',
    `_Run ${first.run} of ${first.date.slice(0, 16).replace('T', ' ')} UTC, commit ` +
      `${commits}${moved}${first.dirty ? ' (with uncommitted changes)' : ''}, scale ${first.scale}, ` +
      `${first.machine.cores} cores, load average ${first.machine.loadAverage.join(' / ')} at ` +
      `the start (1-min load ${Math.min(...loads)}–${Math.max(...loads)} during the run); ` +
      `every run: bench/results/${first.bench}.jsonl._`,
    '',
  ].join('\n');
}

/** The document with each marked table regenerated from the recorded lines. */
export function fillTables(markdown: string, lines: readonly RecordedLine[]): string {
  return markdown.replace(MARKER, (_, bench: string, rawOptions: string) => {
    const options = Object.fromEntries(
      rawOptions
        .trim()
        .split(' ')
        .filter(Boolean)
        .map((o) => o.split('=') as [string, string]),
    );
    const metrics = options.metrics?.split(',');
    // `where=key:value` keeps the lines whose detail `key` is `value` (e.g. generator:relations).
    const [whereKey, whereValue] = options.where?.split(':') ?? [];
    const kept = whereKey ? lines.filter((l) => String(l[whereKey]) === whereValue) : lines;
    // The latest run that measured these metrics (a run may have measured only some benches').
    const measured = metrics ? kept.filter((l) => metrics.includes(l.metric)) : kept;
    const run = latestRun(measured, bench, options.scale ?? 'small');
    return `<!-- bench-table ${bench}${rawOptions} -->\n${renderTable(run, metrics)}<!-- /bench-table -->`;
  });
}

export function readResults(dir: string): RecordedLine[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n'))
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as RecordedLine);
}

/** The document as Prettier leaves it, so that `--check` and `prettier --check` agree. */
async function formatted(file: string, text: string): Promise<string> {
  const config = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...config, filepath: file });
}

async function main(): Promise<void> {
  const root = path.resolve(import.meta.dirname, '..');
  const lines = readResults(path.join(root, 'bench', 'results'));
  const check = process.argv.includes('--check');
  const docs = path.join(root, 'docs');
  let stale = 0;
  for (const name of fs.readdirSync(docs).filter((f) => f.endsWith('.md'))) {
    const file = path.join(docs, name);
    const before = fs.readFileSync(file, 'utf8');
    const after = await formatted(file, fillTables(before, lines));
    if (after === before) continue;
    stale++;
    if (check) process.stderr.write(`docs/${name}: benchmark tables are stale\n`);
    else fs.writeFileSync(file, after);
  }
  process.stdout.write(`${stale} document(s) ${check ? 'stale' : 'updated'}\n`);
  if (check && stale > 0) process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
