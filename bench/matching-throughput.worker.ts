// Builds its own copy of the benchmark's indexes, waits for the signal, answers its share of the
// queries and reports how long that took: the main thread runs one per core.
import { parentPort, workerData } from 'node:worker_threads';
import { buildWorld, queriesOf, type ScaleName } from './matching-world.js';

const { scale, part, parts, count } = workerData as {
  scale: ScaleName;
  part: number;
  parts: number;
  count: number;
};
const world = await buildWorld(scale);
const { searches, shortlists } = queriesOf(world, count);
parentPort!.postMessage({ ready: true });
parentPort!.once('message', () => {
  const started = performance.now();
  let answered = 0;
  for (let i = part; i < count; i += parts) {
    world.openings.rank(searches[i]!.candidate, searches[i]!.filter, 10);
    world.candidates.rank(shortlists[i]!, { audience: 'employer' }, 10);
    answered += 2;
  }
  parentPort!.postMessage({ answered, ms: performance.now() - started });
});
