/**
 * Helpers shared by benches: percentiles, a seeded RNG, JSON-line output and its record in
 * bench/results/<bench>.jsonl, option parsing, a process's CPU and memory from /proc, a
 * `passerelle serve` child waited on until ready, a throwaway PostgreSQL database.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import pg from 'pg';
import { freePort } from '../test/support/free-port.js';

/** The q-quantile (0..1) of durations, nearest-rank. */
export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** A small deterministic RNG (mulberry32) so that query sets are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What every recorded line of a run carries: which code, when, on what machine, at what scale. */
export interface RunContext {
  run: string;
  commit: string;
  /** True when the working tree had changes outside bench/results when the code was loaded. */
  dirty: boolean;
  /**
   * Set when a bench loaded measured code (a child process, a worker) after the start and the
   * checkout had moved on: the commit (and dirty flag) the run started at.
   */
  startedAt?: { commit: string; dirty: boolean };
  date: string;
  scale: string;
  args: string[];
  machine: { cores: number; cpu: string; memoryGb: number; node: string; loadAverage: number[] };
}

export const RESULTS_DIR = path.resolve(import.meta.dirname, 'results');
let recording: { context: RunContext; file: string } | undefined;

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The code a checkout holds now: its HEAD, and whether any file outside bench/results differs
 * from it (src/ as much as bench/: both are measured).
 */
export function codeState(repoRoot = REPO_ROOT): { commit: string; dirty: boolean } {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  return {
    commit: git('rev-parse', '--short=12', 'HEAD'),
    dirty: git('status', '--porcelain', '--', '.', ':(exclude)bench/results').length > 0,
  };
}

/** Starts recording a run: every report() line is appended to bench/results/<bench>.jsonl. */
export function startRecording(bench: string, args: string[]): RunContext {
  const context: RunContext = {
    run: randomUUID().slice(0, 8),
    ...codeState(),
    date: new Date().toISOString(),
    scale: option(args, 'scale', 'small'),
    args,
    machine: {
      cores: os.availableParallelism(),
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadAverage: os.loadavg().map(round2),
    },
  };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  recording = { context, file: path.join(RESULTS_DIR, `${bench}.jsonl`) };
  return context;
}

/**
 * Called by a bench just before it loads measured code after the start (spawns `passerelle
 * serve`, starts a worker): the lines reported from then on carry the commit of the code that
 * child loads, and `startedAt` when it differs from the run's start (someone committed or
 * edited files in this checkout while the bench ran).
 */
export function stampMeasuredCode(repoRoot = REPO_ROOT): void {
  if (!recording) return;
  const context = recording.context;
  const now = codeState(repoRoot);
  const start = context.startedAt ?? { commit: context.commit, dirty: context.dirty };
  const moved = now.commit !== start.commit || now.dirty !== start.dirty;
  recording.context = { ...context, ...now, ...(moved ? { startedAt: start } : {}) };
}

/** The context the next recorded line will carry (undefined when not recording). */
export const recordingContext = (): RunContext | undefined => recording?.context;

/** Prints one measurement as a JSON line, and appends it with its run's context when recording. */
export function report(
  bench: string,
  metric: string,
  value: number,
  unit: string,
  extra: object = {},
): void {
  const rounded = Math.round(value * 1000) / 1000;
  const line = { bench, metric, value: rounded, unit, ...extra };
  process.stdout.write(JSON.stringify(line) + '\n');
  if (!recording) return;
  const load1 = round2(os.loadavg()[0] ?? 0);
  const recorded = { ...line, ...recording.context, load1, at: new Date().toISOString() };
  fs.appendFileSync(recording.file, JSON.stringify(recorded) + '\n');
}

/** The value of `--name value` among the arguments, or the fallback. */
export function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

/**
 * A full garbage collection, then a pause while the collector finishes sweeping in the
 * background, so that what a bench built before timing is not collected, marked or swept while
 * it times: a server builds its indexes once, then answers for hours.
 */
export async function settleHeap(pauseMs = 3000): Promise<void> {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux, 100 ticks/s). */
export function cpuSecondsOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Peak and current resident memory of a process, from /proc (Linux), in MiB. */
export function memoryOf(pid: number): { peakMiB: number; rssMiB: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { peakMiB: kib('VmHWM') / 1024, rssMiB: kib('VmRSS') / 1024 };
  } catch {
    return { peakMiB: Number.NaN, rssMiB: Number.NaN };
  }
}

export interface ServeOptions {
  /** Set on top of this process's environment and the bench defaults (port, host, quiet log). */
  env: Record<string, string>;
  /** Node options before the CLI (a CPU profile). */
  nodeArgs?: string[];
  /** How long the server may take to be ready. */
  readyWithinMs: number;
  /** How often `/api/ready` is polled. */
  pollMs: number;
  /** How much of the server's output is kept, for the errors. */
  keepChars: number;
}

export interface Server {
  url: string;
  child: ChildProcess;
  /** From just before the spawn to the first 200 of `/api/ready`. */
  readyMs: number;
  /** The last `keepChars` of the server's stdout and stderr. */
  output: () => string;
  stop: () => Promise<void>;
}

const repoRoot = path.resolve(import.meta.dirname, '..');

/**
 * Starts a `passerelle serve` child process (through tsx, from the sources) on a free port and
 * waits until `/api/ready` answers 200; stops it and throws when it exits or is not ready in time.
 */
export async function serveUntilReady(options: ServeOptions): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  stampMeasuredCode(); // the server loads the checkout as it is now
  const started = performance.now();
  const args = [...(options.nodeArgs ?? []), '--import', 'tsx', 'src/cli/main.ts', 'serve'];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      WEB_DIR: path.join(os.tmpdir(), 'passerelle-bench-no-web'),
      ...options.env,
    },
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-options.keepChars));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  };
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the server exited before it was ready:\n${output}`);
    if (performance.now() - started > options.readyWithinMs) {
      await stop();
      const minutes = Math.round(options.readyWithinMs / 60_000);
      throw new Error(`the server was not ready in ${minutes} minutes:\n${output}`);
    }
    const status = await fetch(`${url}/api/ready`).then(
      (r) => r.status,
      () => 0, // not listening yet
    );
    if (status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
  }
  return { url, child, readyMs: performance.now() - started, output: () => output, stop };
}

/**
 * A throwaway database `<prefix>_<pid>` on the PostgreSQL server (TEST_DATABASE_URL or the local
 * one), dropped by `drop`.
 */
export async function postgresDatabase(
  prefix: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `${prefix}_${process.pid}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await run(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}
