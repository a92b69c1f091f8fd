import {
  countProblemOf,
  observationKey,
  observationProblems,
  type Observation,
  type ObservationVocabulary,
} from './observation.js';

/** What an importer knows of the reference data, beyond what the observation checks need. */
export interface ImportVocabulary extends ObservationVocabulary {
  /** ISO 3166-1 alpha-3 → alpha-2. */
  countryByAlpha3: ReadonlyMap<string, string>;
  /** Lower-cased English country name → alpha-2. */
  countryByName: ReadonlyMap<string, string>;
  /** ESCO skills whose preferred or alternative label occurs in the text. */
  findSkills(text: string): string[];
  /** The ESCO occupation with exactly this label, if any. */
  findOccupation(label: string): { uri: string; iscoCode: string } | undefined;
}

export interface RejectedRow {
  /** Line of the file (1 = the first line, the header of a CSV). */
  line: number;
  reason: string;
}

/** The outcome of parsing one file: accepted observations (summed per key) and rejected rows. */
export interface ParsedImport {
  format: ImportFormat;
  rows: number;
  observations: Observation[];
  rejected: RejectedRow[];
  /** Rows left out by design (e.g. breakdowns by sex, when only totals are kept), by reason. */
  skipped: { reason: string; rows: number }[];
}

export const IMPORT_FORMATS = [
  'passerelle_csv',
  'jobposting_jsonld',
  'sdmx_csv',
  'ilostat_csv',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * Called every few rows while a file is read; throws (e.g. `import.too_large`) to give up on the
 * file. The worker that reads files checks its heap with it (imports-runtime/heap-budget.ts).
 */
export type MemoryCheck = () => void;

/** Rows between two memory checks. */
const ROWS_PER_CHECK = 1024;

/** Collects the rows of a file: checks each, sums accepted figures sharing a key. */
export class ImportCollector {
  private readonly byKey = new Map<string, Observation>();
  private readonly rejectedRows: RejectedRow[] = [];
  private readonly skippedRows = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly format: ImportFormat,
    private readonly vocabulary: ObservationVocabulary,
    private readonly memoryCheck?: MemoryCheck,
  ) {}

  private counted(): void {
    if (++this.total % ROWS_PER_CHECK === 0) this.memoryCheck?.();
  }

  /** Accepts the observations of one row, or rejects the row with every reason. */
  row(line: number, observations: readonly Observation[] | string): void {
    this.counted();
    if (typeof observations === 'string') {
      this.rejectedRows.push({ line, reason: observations });
      return;
    }
    const problems = observations.flatMap((o) => observationProblems(o, this.vocabulary));
    if (problems.length > 0) {
      this.rejectedRows.push({ line, reason: [...new Set(problems)].join('; ') });
      return;
    }
    const keys = observations.map(observationKey);
    const summed = observations.map((o, i) => (this.byKey.get(keys[i]!)?.count ?? 0) + o.count);
    const overflow = summed.map((count) => countProblemOf(count)).find(Boolean);
    if (overflow) {
      this.rejectedRows.push({
        line,
        reason: `with the earlier rows of the same figure, ${overflow}`,
      });
      return;
    }
    observations.forEach((o, i) => {
      const existing = this.byKey.get(keys[i]!);
      if (existing) existing.count += o.count;
      else this.byKey.set(keys[i]!, { ...o });
    });
  }

  skip(reason: string): void {
    this.counted();
    this.skippedRows.set(reason, (this.skippedRows.get(reason) ?? 0) + 1);
  }

  result(): ParsedImport {
    return {
      format: this.format,
      rows: this.total,
      observations: [...this.byKey.values()],
      rejected: this.rejectedRows,
      skipped: [...this.skippedRows].map(([reason, rows]) => ({ reason, rows })),
    };
  }
}

/** A count as a number, or a reason why it is not one. */
export function parseCount(raw: string | undefined, multiplier = 1): number | string {
  const text = (raw ?? '').trim();
  if (text === '') return 'count is missing';
  const value = Number(text);
  if (!Number.isFinite(value)) return `count "${text}" is not a number`;
  if (value < 0) return `count must be ≥ 0, got ${text}`;
  if (multiplier === 1 && !Number.isInteger(value))
    return `count must be a whole number, got ${text}`;
  const count = Math.round(value * multiplier);
  return countProblemOf(count, multiplier === 1 ? text : `${text} × ${multiplier}`) ?? count;
}
