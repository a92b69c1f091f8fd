/**
 * Every limit on imported files, in one place (docs/security.md, docs/people.md,
 * docs/labour-market.md). A file past a limit is refused with a 400 problem naming the limit;
 * nothing of it is stored.
 */
export const IMPORT_LIMITS = {
  /** Largest CV or job-posting document, in characters (UTF-16 code units). */
  documentChars: 2 * 1024 * 1024,
  /** Largest labour-market file, in characters. */
  labourMarketFileChars: 50 * 1024 * 1024,
  /** Deepest element nesting of an XML document (Europass CVs nest about 10 levels). */
  xmlDepth: 64,
  /** Deepest nesting of arrays and objects in a JSON document. */
  jsonDepth: 64,
  /** Longest CSV record (all its fields), in characters. */
  csvRecordChars: 64 * 1024,
  /** Characters of one text handed to skill extraction; the rest of the text is not read. */
  extractionTextChars: 20_000,
  /** Largest count of one labour-market observation (one row, or rows summed per figure). */
  observationCount: 1_000_000_000,
  /** Time a worker thread may spend reading one CV or job posting. */
  documentParseMs: 10_000,
  /**
   * Time added once per thread for building the extraction lexicon from ESCO's labels (about 2 s
   * on a quiet machine, several times more under load), so that the first file a thread reads is
   * not refused for the thread's own preparation.
   */
  lexiconBuildMs: 60_000,
  /** Time a worker thread may spend reading one labour-market file. */
  labourMarketParseMs: 120_000,
  /**
   * Old-generation heap a labour-market file may fill while a worker thread reads it, in MiB
   * (the thread's code and vocabulary included; `PARSE_WORKER_HEAP_MIB` lowers it). The reader
   * checks it itself; V8's limit for the thread is set above it (heap-budget.ts).
   */
  workerHeapMb: 512,
  /** Worker threads reading files at once; further files wait their turn. */
  workerThreads: 2,
  /** Files waiting for a worker thread; past it, imports are refused (429) until one finishes. */
  queuedFiles: 16,
} as const;
