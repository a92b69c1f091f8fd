/**
 * `npm run bench -- allocation [--scale small|full] [--sizes NxM,…] [--highs-limit s] [--highs-max N]`:
 * solves structured cohort allocations (tight capacities, correlated scores, 50 eligible slots
 * per candidate) with Passerelle's auction + Lagrangian allocator, without and with quotas, and
 * the same LPs with HiGHS in a worker thread side by side (up to --highs-max candidates, within
 * --highs-limit seconds); prints objectives, bounds, gaps, times, ratios and memory as JSON
 * lines. Targets and method: docs/allocation.md.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { createRandom } from '../src/demo/random.js';
import type { AllocationProblem, AllocationQuotas } from '../src/allocation/allocation-problem.js';
import { isInfeasible, type AllocationResult } from '../src/allocation/allocation-result.js';
import { allocateFirstComeFirstServed } from '../src/allocation/greedy-allocation.js';
import { allocationLp, type AllocationLp } from './highs-model.js';

/** The HiGHS the speed-ups are against: the npm package, HiGHS compiled to WebAssembly. */
const highsVersion = (
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../node_modules/highs/package.json'), 'utf8'),
  ) as { version: string }
).version;
const HIGHS_BUILD = `npm highs ${highsVersion} (WebAssembly, single thread)`;
import { generateInstance } from '../src/allocation/instances.js';
import { solveAllocation } from '../src/allocation/solve-allocation.js';
import { option, report } from './bench-support.js';

const BENCH = 'allocation';
// 2,000 × 200 is there so that HiGHS finishes within the small run; it is not one of the targets.
const SIZES = {
  small: [
    { candidates: 2_000, slots: 200 },
    { candidates: 10_000, slots: 1_000 },
  ],
  full: [
    { candidates: 2_000, slots: 200 },
    { candidates: 10_000, slots: 1_000 },
    { candidates: 100_000, slots: 10_000 },
    { candidates: 200_000, slots: 50_000 },
  ],
};

function quotasFor(candidates: number): AllocationQuotas {
  return {
    trackShare: { away: { min: 55 } },
    minWomenShare: 50,
    perRegionMax: [{ region: 'MA-01', max: Math.floor(candidates / 200) }],
  };
}

interface HighsAnswer {
  status: string;
  objective: number;
  seconds: number;
  error?: string;
}

/** HiGHS in a worker thread (it blocks the thread it runs on), with a time limit. */
function runHighs(lp: AllocationLp, limitSeconds: number, solver: string): Promise<HighsAnswer> {
  const highsPath = createRequire(import.meta.url).resolve('highs');
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const loader = require(workerData.highsPath);
    (async () => {
      try {
        const highs = await (loader.default ?? loader)();
        const lp = workerData.lp;
        const started = performance.now();
        const model = highs.createModel({
          numCols: lp.numCols, numRows: lp.numRows, sense: highs.constants.objectiveSense.maximize,
          colCost: lp.colCost, colLower: lp.colLower, colUpper: lp.colUpper,
          rowLower: lp.rowLower.map(() => -highs.infinity), rowUpper: lp.rowUpper,
          matrix: { format: 'csc', numRows: lp.numRows, numCols: lp.numCols, starts: lp.starts, indices: lp.indices, values: lp.values },
        });
        model.options.set({ output_flag: false, time_limit: workerData.limit, solver: workerData.solver });
        model.run();
        const status = model.getModelStatus();
        const names = Object.entries(highs.constants.modelStatus).find(([, v]) => v === status);
        parentPort.postMessage({ status: names ? names[0] : String(status), objective: model.getObjectiveValue(), seconds: (performance.now() - started) / 1000 });
        model.dispose();
      } catch (error) {
        parentPort.postMessage({ status: 'error', objective: NaN, seconds: NaN, error: String(error) });
      }
    })();`;
  return new Promise((resolve) => {
    const worker = new Worker(code, {
      eval: true,
      workerData: { lp, highsPath, limit: limitSeconds, solver },
    });
    worker.once('message', (answer: HighsAnswer) => {
      void worker.terminate();
      resolve(answer);
    });
    worker.once('error', (error) =>
      resolve({
        status: 'error',
        objective: Number.NaN,
        seconds: Number.NaN,
        error: String(error),
      }),
    );
  });
}

/** Wall time and this process's CPU time (robust to other jobs on a shared machine). */
function timed<T>(work: () => T): { value: T; ms: number; cpuMs: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

function solved(problem: AllocationProblem): {
  result: AllocationResult;
  ms: number;
  cpuMs: number;
} {
  const { value, ms, cpuMs } = timed(() => solveAllocation(problem));
  if (isInfeasible(value))
    throw new Error(`unexpected conflicts: ${JSON.stringify(value.conflicts)}`);
  return { result: value, ms, cpuMs };
}

export async function run(args: string[]): Promise<void> {
  const scale = option(args, 'scale', 'small') as keyof typeof SIZES;
  const only = option(args, 'sizes', '');
  // --sizes 100000x10000,200000x50000 runs just those sizes of the scale.
  const sizes = SIZES[scale]?.filter(
    (s) => !only || only.split(',').includes(`${s.candidates}x${s.slots}`),
  );
  if (!sizes) throw new Error(`--scale must be small or full, not ${scale}`);
  const highsLimit = Number(option(args, 'highs-limit', scale === 'small' ? '30' : '900'));
  const highsMax = Number(option(args, 'highs-max', scale === 'small' ? '2000' : '10000'));
  // Dual simplex was faster than IPM on these LPs (2,000 × 200: 7.6 s against 11.6 s).
  const solver = option(args, 'highs-solver', 'simplex');
  for (const size of sizes) {
    const tag = { scale, candidates: size.candidates, slots: size.slots };
    const generated = timed(() =>
      generateInstance(createRandom(20261122), { ...size, edgesPerCandidate: 50 }),
    );
    const problem = generated.value;
    const capacity = problem.slots.reduce((s, slot) => s + slot.capacity, 0);
    report(BENCH, 'instance_ms', generated.ms, 'ms', {
      ...tag,
      edges: problem.edgeStart[size.candidates],
      capacity,
    });

    const plain = solved(problem);
    report(BENCH, 'ours_time', plain.ms, 'ms', { ...tag, quotas: false, cpuMs: plain.cpuMs });
    report(BENCH, 'ours_objective', plain.result.objective, 'score', {
      ...tag,
      quotas: false,
      dualBound: plain.result.dualBound,
      gap: plain.result.gap,
      provenOptimal: plain.result.provenOptimal,
      bids: plain.result.bids,
    });
    const greedy = timed(() => allocateFirstComeFirstServed(problem));
    report(
      BENCH,
      'fcfs_share_of_optimum',
      greedy.value.objective / plain.result.objective,
      'ratio',
      {
        ...tag,
        fcfsObjective: greedy.value.objective,
        fcfsMs: greedy.ms,
      },
    );

    const withQuotas = { ...problem, quotas: quotasFor(size.candidates) };
    const quota = solved(withQuotas);
    report(BENCH, 'ours_time', quota.ms, 'ms', { ...tag, quotas: true, cpuMs: quota.cpuMs });
    report(BENCH, 'ours_objective', quota.result.objective, 'score', {
      ...tag,
      quotas: true,
      dualBound: quota.result.dualBound,
      gap: quota.result.gap,
      iterations: quota.result.iterations,
      prices: quota.result.quotaPrices,
    });
    report(BENCH, 'quota_time_over_unconstrained', quota.ms / plain.ms, 'ratio', tag);
    report(BENCH, 'max_rss', process.resourceUsage().maxRSS / 1024, 'MB', {
      ...tag,
      note: 'peak of the process so far, before HiGHS runs on this size',
    });

    if (size.candidates > highsMax) {
      report(BENCH, 'highs_skipped', size.candidates, 'candidates', { ...tag, highsMax });
      continue;
    }
    for (const [label, ours] of [
      ['plain', plain],
      ['quotas', quota],
    ] as const) {
      const lpProblem = label === 'plain' ? problem : withQuotas;
      const lp = allocationLp(lpProblem, label === 'quotas');
      // The main thread only waits meanwhile, so the process CPU time is HiGHS's.
      const cpu = process.cpuUsage();
      const highs = await runHighs(lp, highsLimit, solver);
      const highsCpu = process.cpuUsage(cpu);
      const highsCpuMs = (highsCpu.user + highsCpu.system) / 1000;
      const extra = {
        ...tag,
        quotas: label === 'quotas',
        status: highs.status,
        solver,
        error: highs.error,
      };
      report(BENCH, 'highs_time', highs.seconds * 1000, 'ms', { ...extra, cpuMs: highsCpuMs });
      report(BENCH, 'highs_objective', highs.objective, 'score', extra);
      if (highs.status === 'optimal') {
        report(
          BENCH,
          'objective_ours_over_highs',
          ours.result.objective / highs.objective,
          'ratio',
          // report() rounds to 3 decimals: the exact ratio rides along for the 99.99% check.
          { ...extra, exact: ours.result.objective / highs.objective },
        );
        report(BENCH, 'bound_ours_over_highs', ours.result.dualBound / highs.objective, 'ratio', {
          ...extra,
          exact: ours.result.dualBound / highs.objective,
        });
      }
      report(BENCH, 'speedup_over_highs', (highs.seconds * 1000) / ours.ms, 'x', {
        ...extra,
        highsBuild: HIGHS_BUILD,
        lowerBoundOnly: highs.status !== 'optimal',
      });
      report(BENCH, 'cpu_speedup_over_highs', highsCpuMs / ours.cpuMs, 'x', {
        ...extra,
        highsBuild: HIGHS_BUILD,
      });
    }
  }
}
