/** The first retry after a failed delivery comes after a minute. */
export const FIRST_RETRY_MS = 60_000;
/** Retries never wait longer than six hours; a message is never given up. */
export const MAX_RETRY_MS = 6 * 60 * 60 * 1000;

/** When to try a message again after its `attempts`-th failure: doubling, capped. Pure. */
export function nextAttemptAfter(failedAt: Date, attempts: number): Date {
  const wait = Math.min(FIRST_RETRY_MS * 2 ** Math.max(attempts - 1, 0), MAX_RETRY_MS);
  return new Date(failedAt.getTime() + wait);
}
