import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.js';
import { testEngines } from '../../test/support/database.js';
import { closeImportPool } from '../imports-runtime/parse-pool.job.js';
import { PasserelleError } from '../shared/errors.js';
import { lmiImport } from './labour-market.schema.js';
import { importObservationFile } from './observation-import.service.js';
import { seedLabourMarketReference } from './labour-market.test-support.js';
import { countObservations } from './observation.store.js';

const ISCO = ['2', '22', '221', '2211', '222', '2221', '2222', '25', '251', '2512', '3221'];
const COUNTRIES = ['BE', 'MA', 'NG', 'KE'];
const HEADER = 'measure,country,region,occupation,skill,month,count,source';

/** A file of `n` rows, each its own figure (country, ISCO code, month), from `source`. */
function observationFile(n: number, source: string): string {
  const lines = [HEADER];
  for (let i = 0; i < n; i++) {
    const m = Math.floor(i / (COUNTRIES.length * ISCO.length)) % 3600;
    const month = `${1900 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    const isco = ISCO[Math.floor(i / COUNTRIES.length) % ISCO.length];
    const office = `${source}-${Math.floor(i / (3600 * COUNTRIES.length * ISCO.length))}`;
    lines.push(
      `vacancies,${COUNTRIES[i % COUNTRIES.length]},,${isco},,${month},${i % 97},${office}`,
    );
  }
  return lines.join('\n') + '\n';
}

/** The reading threads' memory budget in this file (PARSE_WORKER_HEAP_MIB). */
const BUDGET_MIB = 32;

// The parsing thread's memory is lowered so that files of a test's size pass it. Before the
// budget (heap-budget.ts), the first file below made V8 abort the whole test process
// ("FATAL ERROR: Reached heap limit", in the observations Map growing its table).
describe.each(testEngines().filter((e) => e.name === 'pglite'))(
  'a file that needs more memory than the reading thread has, on $name',
  (engine) => {
    let handle: DatabaseHandle;
    const before = process.env.PARSE_WORKER_HEAP_MIB;
    const importFile = (fileName: string, content: string) =>
      importObservationFile(handle.db, {
        versionId: '',
        fileName,
        content,
        importedBy: null,
        now: new Date('2026-12-05T12:00:00Z'),
      });
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (error: unknown) => error,
      );
    const imports = async () => (await handle.db.select().from(lmiImport)).length;

    beforeAll(async () => {
      await closeImportPool();
      process.env.PARSE_WORKER_HEAP_MIB = String(BUDGET_MIB);
      handle = await engine.open();
      await seedLabourMarketReference(handle.db);
    });
    afterAll(async () => {
      await closeImportPool();
      if (before === undefined) delete process.env.PARSE_WORKER_HEAP_MIB;
      else process.env.PARSE_WORKER_HEAP_MIB = before;
      await handle.close();
    });

    it('GIVEN 1,000,000 rows (40 MB) THEN the file is refused under its name (too_large), nothing is committed, the process lives on', async () => {
      await importFile('first.csv', observationFile(1_000, 'first'));
      const error = await refusal(importFile('huge.csv', observationFile(1_000_000, 'huge')));
      expect(error).toBeInstanceOf(PasserelleError);
      expect(error).toMatchObject({ kind: 'invalid', code: 'import.too_large' });
      expect((error as Error).message).toBe(
        `huge.csv: content: needs more than ${BUDGET_MIB} MiB of memory to read: send a smaller file`,
      );
      expect(await countObservations(handle.db)).toBe(1_000);
      expect(await imports()).toBe(1);
    });

    it('GIVEN a good file after it THEN it is imported in the same process', async () => {
      const report = await importFile('good.csv', observationFile(2_000, 'good'));
      expect(report.accepted).toBe(2_000);
      expect(await countObservations(handle.db)).toBe(3_000);
      expect(await imports()).toBe(2);
    });
  },
);
