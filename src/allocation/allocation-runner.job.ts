import type { Database } from '../db/database.js';
import {
  finishRun,
  markRunning,
  recordProgress,
  runInput,
  unfinishedRuns,
} from './allocation-run.store.js';
import { solveInThread, type ThreadSolve } from './allocation-thread.job.js';
import type { RunInput } from './cohort-snapshot.js';

/** The in-process queue of allocation runs: one solve at a time, in a worker thread. */
export interface AllocationRunner {
  /** Queues a stored run (status `queued`). */
  enqueue(runId: string): void;
  /** Resolves once the queue is empty and nothing runs (tests, the CLI). */
  idle(): Promise<void>;
  /** Stops the running solve; its run is queued again at the next start. */
  close(): Promise<void>;
}

/** Progress is written at most this often: the solver reports far more often than that. */
const PROGRESS_INTERVAL_MS = 250;

export interface RunnerOptions {
  now: () => Date;
  /** How a snapshot is solved; a worker thread unless a test says otherwise. */
  solve?: (input: RunInput, onProgress: (p: number, m: string) => void) => ThreadSolve;
}

/** Creates the runner over the database; runs left queued or running are resumed. */
export function createAllocationRunner(db: Database, options: RunnerOptions): AllocationRunner {
  const solve = options.solve ?? solveInThread;
  const queue: string[] = [];
  let current: ThreadSolve | null = null;
  let working: Promise<void> | null = null;
  let closed = false;

  async function runOne(runId: string): Promise<void> {
    await markRunning(db, runId, options.now());
    const input = await runInput(db, runId);
    let lastWrite = 0;
    let writes = Promise.resolve();
    const solving = solve(input, (progress, message) => {
      const at = Date.now();
      if (at - lastWrite < PROGRESS_INTERVAL_MS) return;
      lastWrite = at;
      writes = writes.then(() => recordProgress(db, runId, progress, message)).catch(() => {});
    });
    current = solving;
    const outcome = await solving.outcome;
    current = null;
    await writes;
    if (closed) return; // interrupted: stays `running`, resumed at the next start
    await finishRun(db, runId, outcome, options.now());
  }

  async function drain(): Promise<void> {
    while (queue.length > 0 && !closed) {
      const runId = queue.shift() as string;
      try {
        await runOne(runId);
      } catch (error) {
        if (!closed) {
          await finishRun(
            db,
            runId,
            { kind: 'error', reason: (error as Error).message },
            options.now(),
          ).catch(() => {});
        }
      }
    }
    working = null;
  }

  const runner: AllocationRunner = {
    enqueue(runId) {
      if (closed || queue.includes(runId)) return;
      queue.push(runId);
      working ??= drain();
    },
    async idle() {
      while (working) await working;
    },
    async close() {
      closed = true;
      queue.length = 0;
      await current?.terminate();
      await working;
    },
  };
  void unfinishedRuns(db)
    .then((ids) => ids.forEach((id) => runner.enqueue(id)))
    .catch(() => {});
  return runner;
}
