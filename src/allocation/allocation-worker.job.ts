// The worker thread's entry: solves one run's snapshot off the server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import type { RunInput } from './cohort-snapshot.js';
import { solveRunInput } from './allocation-solve.job.js';
import type { WorkerMessage } from './allocation-thread.job.js';

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

try {
  const outcome = solveRunInput(workerData as RunInput, (progress, message) =>
    post({ type: 'progress', progress, message }),
  );
  post({ type: 'done', outcome });
} catch (error) {
  post({ type: 'done', outcome: { kind: 'error', reason: (error as Error).message } });
}
