import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { invalid } from '../shared/errors.js';
import { IMPORT_LIMITS } from './import-limits.js';

/**
 * The memory a reading thread may use, and the harder limit V8 enforces above it.
 *
 * V8's own limit (`resourceLimits.maxOldGenerationSizeMb`) is not a safe place to stop a file:
 * past it Node grants the thread 16 MiB to finish what it was doing, and one allocation larger
 * than that (a Map of a million observations growing its table, ~58 MiB; a long array or string)
 * aborts the whole process with `FATAL ERROR: Reached heap limit`, not the thread alone
 * (nodejs/node#47224). So the reader checks its own heap every few rows against the budget and
 * refuses the file itself, while V8's limit stays `headroom` above it, as a last resort that no
 * single allocation of a file within the size limit reaches.
 */
export interface HeapBudget {
  /** Old-generation heap a file may fill while it is read, in MiB. */
  budgetMb: number;
  /** V8's hard limit for the thread, in MiB. */
  hardLimitMb: number;
}

/** The smallest budget accepted from `PARSE_WORKER_HEAP_MIB` (the thread's code needs ~20 MiB). */
const SMALLEST_BUDGET_MB = 32;

/**
 * The budget: `PARSE_WORKER_HEAP_MIB` when set (tests lower it), otherwise the import limit;
 * V8's limit a quarter above it, and at least 64 MiB above it.
 */
export function heapBudget(env: Record<string, string | undefined> = process.env): HeapBudget {
  const raw = env.PARSE_WORKER_HEAP_MIB;
  const budgetMb = raw === undefined || raw === '' ? IMPORT_LIMITS.workerHeapMb : Number(raw);
  if (!Number.isInteger(budgetMb) || budgetMb < SMALLEST_BUDGET_MB)
    throw new Error(
      `PARSE_WORKER_HEAP_MIB must be a whole number of MiB, at least ${SMALLEST_BUDGET_MB}`,
    );
  return { budgetMb, hardLimitMb: budgetMb + Math.max(64, Math.ceil(budgetMb / 4)) };
}

/** The refusal of a file that needs more memory than the budget. */
export function tooLarge(budgetMb: number) {
  return invalid(
    'import.too_large',
    'content',
    `needs more than ${budgetMb} MiB of memory to read: send a smaller file`,
  );
}

/** Old-generation heap in use in this thread (new space left out, as in V8's limit), in bytes. */
export function oldGenerationUsed(): number {
  let used = 0;
  for (const space of getHeapSpaceStatistics())
    if (!space.space_name.startsWith('new_')) used += space.space_used_size;
  return used;
}

let collectGarbage: (() => void) | undefined;

/**
 * A full collection of this thread's heap. The heap in use counts garbage too (the last file's
 * text and rows, until V8 needs the room), so a file is refused only for what a collection leaves.
 * V8 gives `gc` only to contexts made after `--expose-gc` is set (as Jest's leak detector gets it).
 */
function fullCollection(): void {
  if (!collectGarbage) {
    setFlagsFromString('--expose-gc');
    collectGarbage = runInNewContext('gc') as () => void;
  }
  collectGarbage();
}

/**
 * A memory check for the importers: past the budget, collects the garbage, and throws
 * `import.too_large` if what is left is still past it.
 */
export function heapCheck(budgetMb: number): () => void {
  const budget = budgetMb * 1024 * 1024;
  return () => {
    if (oldGenerationUsed() <= budget) return;
    fullCollection();
    if (oldGenerationUsed() > budget) throw tooLarge(budgetMb);
  };
}
