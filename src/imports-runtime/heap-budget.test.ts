import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportVocabularyData } from '../labour-market/import-vocabulary.js';
import { heapBudget } from './heap-budget.js';
import { closeImportPool, readInWorker } from './parse-pool.job.js';

describe('heapBudget', () => {
  it('GIVEN no PARSE_WORKER_HEAP_MIB THEN the import limit, V8 allowed a quarter more', () => {
    expect(heapBudget({})).toEqual({ budgetMb: 512, hardLimitMb: 640 });
  });
  it('GIVEN a small PARSE_WORKER_HEAP_MIB THEN V8 is allowed 64 MiB more', () => {
    expect(heapBudget({ PARSE_WORKER_HEAP_MIB: '48' })).toEqual({
      budgetMb: 48,
      hardLimitMb: 112,
    });
  });
  it('GIVEN a budget too small or not whole THEN it is refused at start', () => {
    expect(() => heapBudget({ PARSE_WORKER_HEAP_MIB: '8' })).toThrow(/at least 32/);
    expect(() => heapBudget({ PARSE_WORKER_HEAP_MIB: 'lots' })).toThrow(/whole number/);
  });
});

const ISCO = ['2', '22', '221', '2211', '222', '2221', '2222', '25', '251', '2512', '3221'];
const COUNTRIES = ['BE', 'MA', 'NG', 'KE'];
const vocabulary: ImportVocabularyData = {
  countries: COUNTRIES.map((alpha2) => ({ alpha2, alpha3: `${alpha2}X`, name: alpha2 })),
  iscoCodes: ISCO,
  occupations: [],
  skills: [],
  regions: [],
};

/** A file of `n` rows, each its own figure. */
function observationFile(n: number, source: string): string {
  const lines = ['measure,country,region,occupation,skill,month,count,source'];
  for (let i = 0; i < n; i++) {
    const m = Math.floor(i / (COUNTRIES.length * ISCO.length)) % 3600;
    const month = `${1900 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    const isco = ISCO[Math.floor(i / COUNTRIES.length) % ISCO.length];
    lines.push(
      `vacancies,${COUNTRIES[i % COUNTRIES.length]},,${isco},,${month},${i % 97},${source}`,
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * Rows of one file: reading it keeps ~6.5 MiB (observations, their keys, the text) over the
 * thread's ~20 MiB of code and vocabulary, so that three files kept would pass the 32 MiB budget.
 */
const ROWS = 30_000;
const FILES = 8;

describe('a reading thread given files one after another', () => {
  const before = process.env.PARSE_WORKER_HEAP_MIB;
  beforeAll(async () => {
    await closeImportPool();
    process.env.PARSE_WORKER_HEAP_MIB = '32';
  });
  afterAll(async () => {
    await closeImportPool();
    if (before === undefined) delete process.env.PARSE_WORKER_HEAP_MIB;
    else process.env.PARSE_WORKER_HEAP_MIB = before;
  });

  it(`GIVEN ${FILES} files of ${ROWS} rows in turn THEN none is refused: a thread keeps nothing of a file it read`, async () => {
    for (let i = 0; i < FILES; i++) {
      const content = observationFile(ROWS, `office-${i}`);
      const parsed = await readInWorker({
        kind: 'labour_market',
        content,
        source: 'x',
        vocabulary,
      });
      expect(parsed?.observations).toHaveLength(ROWS);
    }
  });

  it('GIVEN a file past the budget between them THEN it alone is refused, and the next is read', async () => {
    const content = observationFile(400_000, 'huge');
    await expect(
      readInWorker({ kind: 'labour_market', content, source: 'x', vocabulary }),
    ).rejects.toMatchObject({ code: 'import.too_large' });
    const parsed = await readInWorker({
      kind: 'labour_market',
      content: observationFile(ROWS, 'after'),
      source: 'x',
      vocabulary,
    });
    expect(parsed?.observations).toHaveLength(ROWS);
  });
});
