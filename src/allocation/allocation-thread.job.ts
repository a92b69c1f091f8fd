import { Worker } from 'node:worker_threads';
import type { RunInput, RunOutcome } from './cohort-snapshot.js';

/** What the worker thread tells the thread that started it. */
export type WorkerMessage =
  { type: 'progress'; progress: number; message: string } | { type: 'done'; outcome: RunOutcome };

/** Called with the solver's progress (0–1) and what it is doing. */
export type OnProgress = (progress: number, message: string) => void;

/** A running solve: its outcome, and a way to stop it (server shutdown). */
export interface ThreadSolve {
  outcome: Promise<RunOutcome>;
  terminate(): Promise<void>;
}

/** The worker's entry: a plain module that registers tsx, then imports the TypeScript one. */
const BOOTSTRAP = new URL('./allocation-worker-bootstrap.job.mjs', import.meta.url);

/** Solves a run's snapshot in a worker thread, so that the caller's event loop stays free. */
export function solveInThread(input: RunInput, onProgress: OnProgress): ThreadSolve {
  const worker = new Worker(BOOTSTRAP, { workerData: input });
  let settled = false;
  const outcome = new Promise<RunOutcome>((resolve) => {
    const settle = (o: RunOutcome) => {
      if (settled) return;
      settled = true;
      resolve(o);
      void worker.terminate();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress(m.progress, m.message);
      else settle(m.outcome);
    });
    worker.on('error', (error) => settle({ kind: 'error', reason: error.message }));
    worker.on('exit', (code) =>
      settle({ kind: 'error', reason: `the solver stopped before finishing (exit code ${code})` }),
    );
  });
  return {
    outcome,
    async terminate() {
      await worker.terminate();
    },
  };
}
