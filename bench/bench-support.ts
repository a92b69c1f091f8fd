/** Helpers shared by benches: percentiles, a seeded RNG, JSON-line output, option parsing. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

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

/** Prints one measurement as a JSON line. */
export function report(
  bench: string,
  metric: string,
  value: number,
  unit: string,
  extra: object = {},
): void {
  const rounded = Math.round(value * 1000) / 1000;
  process.stdout.write(JSON.stringify({ bench, metric, value: rounded, unit, ...extra }) + '\n');
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
