/** Progress of long work, reported by steps (a CLI bar, a job record, or nothing). */
export interface ProgressReporter {
  start(step: string, total: number): void;
  advance(n: number): void;
  finish(): void;
}

export const silentProgress: ProgressReporter = { start() {}, advance() {}, finish() {} };
