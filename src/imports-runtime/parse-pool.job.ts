import { Piscina } from 'piscina';
import type { LexiconConcept } from '../extraction/concept-lexicon.js';
import { invalid, PasserelleError } from '../shared/errors.js';
import { heapBudget, tooLarge, type HeapBudget } from './heap-budget.js';
import { IMPORT_LIMITS } from './import-limits.js';
import type { ImportReply, ImportResults, ImportTask } from './import-tasks.js';

/** The worker's entry: a plain module that registers tsx, then imports the TypeScript one. */
const WORKER = new URL('./parse-worker-bootstrap.job.mjs', import.meta.url);

let pool: Piscina | undefined;
/** The reading threads' memory, read when the pool starts (`PARSE_WORKER_HEAP_MIB`). */
let memory: HeapBudget | undefined;

/** The process's pool of threads that read uploaded files, so that the event loop stays free. */
function importPool(): Piscina {
  if (pool) return pool;
  memory = heapBudget();
  pool = new Piscina({
    filename: WORKER.href,
    minThreads: 0,
    maxThreads: IMPORT_LIMITS.workerThreads,
    // Idle threads keep their lexicon a while (building it takes about 2 s for ESCO); idle
    // threads do not keep the process alive.
    idleTimeout: 10 * 60 * 1000,
    // V8's limit is the last resort, above the budget the reader checks (heap-budget.ts).
    resourceLimits: {
      maxOldGenerationSizeMb: memory.hardLimitMb,
      maxYoungGenerationSizeMb: 64,
      stackSizeMb: 4,
    },
  });
  // A thread that dies between tasks is replaced; the error must not crash the server.
  pool.on('error', () => {});
  return pool;
}

/** The memory a file may fill while it is read, in MiB. */
function budgetMb(): number {
  return (memory ??= heapBudget()).budgetMb;
}

/** Stops the reading threads (tests, and the CLI before it exits). */
export async function closeImportPool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  memory = undefined;
  await closing?.destroy();
}

const lexiconKeys = new WeakMap<readonly LexiconConcept[], number>();
let lastLexiconKey = 0;

/** A number naming a concept list, so that threads know whether they hold its lexicon. */
export function lexiconKeyOf(concepts: readonly LexiconConcept[]): number {
  let key = lexiconKeys.get(concepts);
  if (key === undefined) lexiconKeys.set(concepts, (key = ++lastLexiconKey));
  return key;
}

/** Why a thread gave up on a file, as the problem the sender sees. */
function limitProblem(error: unknown, timeoutMs: number): unknown {
  if (!(error instanceof Error)) return error;
  if (error.name === 'AbortError')
    return invalid(
      'import.too_slow',
      'content',
      `took longer than ${timeoutMs / 1000} s to read: send a smaller file`,
    );
  // The thread reached V8's own limit (rare: the reader stops at the budget first); piscina
  // replaces it.
  if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') return tooLarge(budgetMb());
  if (/Maximum call stack/.test(error.message))
    return invalid('import.too_deep', 'content', 'nests too deeply to be read');
  return error;
}

/** Files being read (at most one per thread) and files waiting for a thread, in order. */
let reading = 0;
const waiting: (() => void)[] = [];

/**
 * Waits for a free thread, so that a file's time limit counts from when a thread starts on it
 * (piscina's own queue would count the wait too). Returns the release of the thread.
 */
async function threadTurn(): Promise<() => void> {
  if (reading < IMPORT_LIMITS.workerThreads) reading++;
  else if (waiting.length >= IMPORT_LIMITS.queuedFiles)
    throw new PasserelleError(
      'too_many_requests',
      'import.busy',
      'Too many files are being read right now: try again in a moment.',
    );
  else await new Promise<void>((resolve) => waiting.push(resolve)); // handed over, count kept
  return () => {
    const next = waiting.shift();
    if (next) next();
    else reading--;
  };
}

async function runOnce(
  task: ImportTask,
  timeoutMs: number,
  preparationMs = 0,
): Promise<ImportReply> {
  const release = await threadTurn();
  try {
    return (await importPool().run(task, {
      signal: AbortSignal.timeout(timeoutMs + preparationMs),
    })) as ImportReply;
  } catch (error) {
    throw limitProblem(error, timeoutMs);
  } finally {
    release();
  }
}

/**
 * Reads a file in a worker thread within the import limits (time, memory, stack); a file past a
 * limit, or refused by its reader, throws the problem to send back.
 */
export async function readInWorker<K extends ImportTask['kind']>(
  task: ImportTask & { kind: K },
  concepts: readonly LexiconConcept[] = [],
): Promise<ImportResults[K]> {
  const timeoutMs =
    task.kind === 'labour_market'
      ? IMPORT_LIMITS.labourMarketParseMs
      : IMPORT_LIMITS.documentParseMs;
  const given: ImportTask = task;
  const sent = given.kind === 'labour_market' ? { ...given, heapBudgetMb: budgetMb() } : given;
  let reply = await runOnce(sent, timeoutMs);
  // The thread builds its lexicon first: that preparation gets its own allowance, the file the
  // usual limit.
  if (reply.outcome === 'needs_lexicon')
    reply = await runOnce(
      { ...task, concepts } as ImportTask,
      timeoutMs,
      IMPORT_LIMITS.lexiconBuildMs,
    );
  if (reply.outcome === 'refused') {
    const { kind, code, message, fields } = reply.error;
    throw new PasserelleError(kind, code, message, fields);
  }
  if (reply.outcome !== 'done') throw new Error('the reading thread lost the lexicon it was sent');
  return reply.value as ImportResults[K];
}
