// Builds its own copy of the benchmark's indexes, waits for the signal, answers its share of the
// queries and reports how long that took: the main thread runs one per core.
import { parentPort, workerData } from 'node:worker_threads';
import { settleHeap } from './bench-support.js';
import { buildWorld, queriesOf, warmUp, WARM_UP, type ScaleName } from './matching-world.js';
const { scale, part, parts, count } = workerData as {
  scale: ScaleName;
  part: number;
  parts: number;
  count: number;
};
const world = await buildWorld(scale);
const queries = queriesOf(world, WARM_UP + count);
const { searches, shortlists } = queries;
// Warm-up, as for the latency figures; the garbage of building collected (and the warm-up run
// again after that forced collection), so that the timed queries do not share the two cores
// with the marking of a 1.5 GiB heap.
warmUp(world, queries);
await settleHeap();
warmUp(world, queries);
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
