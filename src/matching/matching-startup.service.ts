import type { Database } from '../db/database.js';
import { matchingFor } from './matching.service.js';

/** The matching indexes being built at start-up: whether they are, and what was built. */
export interface MatchingWarmUp {
  /** Null once built (or failed: the first match request then builds them), else what waits. */
  pending(): string | null;
  /** Settles when the build is over, with what it built (null when it failed). */
  done: Promise<{ openings: number; candidates: number; seconds: number } | null>;
}

/**
 * Starts building the matching indexes of the database now, so that the first match request
 * does not wait for them; `/api/ready` answers 503 until they are built. A failure is handed to
 * `onError` and leaves the build to the first match request (as before start-up builds).
 */
export function warmUpMatching(
  db: Database,
  onError: (error: unknown) => void,
  clock: () => number = () => performance.now(),
): MatchingWarmUp {
  let building = true;
  const started = clock();
  const done = matchingFor(db).then(
    (service) => ({
      openings: service.openings.size,
      candidates: service.candidates.size,
      seconds: (clock() - started) / 1000,
    }),
    (error: unknown) => {
      onError(error);
      return null;
    },
  );
  void done.finally(() => (building = false));
  return { pending: () => (building ? 'matching indexes' : null), done };
}
