// Builds its own copy of the benchmark's indexes, waits for the signal, answers its share of the
// queries and reports how long that took: the main thread runs one per core.
import { parentPort, workerData } from 'node:worker_threads';
import { settleHeap } from './bench-support.js';
import { buildWorld, queriesOf, type ScaleName } from './matching-world.js';

/** Queries answered, untimed, before the timed ones (the timed ones are others). */
const WARM_UP = 100;
const { scale, part, parts, count } = workerData as {
  scale: ScaleName;
  part: number;
  parts: number;
  count: number;
};
const world = await buildWorld(scale);
const { searches, shortlists } = queriesOf(world, WARM_UP + count);
// Warm-up, as for the latency figures: compiled query code, and each occupation's overlaps
// (computed on its first shortlist) in place, as in a server that has been answering; the
// garbage of building collected (and the warm-up run again after that forced collection), so
// that the timed queries do not share the two cores with the marking of a 1.5 GiB heap.
const warmUp = () => {
  for (let i = 0; i < WARM_UP; i++) {
    world.openings.rank(searches[i]!.candidate, searches[i]!.filter, 10);
    world.candidates.rank(shortlists[i]!, { audience: 'employer' }, 10);
  }
};
warmUp();
await settleHeap();
warmUp();
parentPort!.postMessage({ ready: true });
parentPort!.once('message', () => {
  const started = performance.now();
  let answered = 0;
  for (let i = WARM_UP + part; i < WARM_UP + count; i += parts) {
    world.openings.rank(searches[i]!.candidate, searches[i]!.filter, 10);
    world.candidates.rank(shortlists[i]!, { audience: 'employer' }, 10);
    answered += 2;
  }
  parentPort!.postMessage({ answered, ms: performance.now() - started });
});
