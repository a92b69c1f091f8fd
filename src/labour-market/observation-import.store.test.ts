import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.js';
import { testEngines } from '../../test/support/database.js';
import { closeImportPool } from '../imports-runtime/parse-pool.job.js';
import { importObservationFile } from './observation-import.service.js';
import { seedLabourMarketReference } from './labour-market.test-support.js';
import { countObservations } from './observation.store.js';

const ISCO = ['2', '22', '221', '2211', '222', '2221', '2222', '25', '251', '2512', '3221'];
const COUNTRIES = ['BE', 'MA', 'NG', 'KE'];
const HEADER = 'measure,country,region,occupation,skill,month,count,source';

/** Row i of a large file: its own key (country, ISCO code, month), a count of i mod 1000. */
function row(i: number, source: string): string {
  const m = Math.floor(i / (COUNTRIES.length * ISCO.length));
  const month = `${1900 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  const isco = ISCO[Math.floor(i / COUNTRIES.length) % ISCO.length];
  return `vacancies,${COUNTRIES[i % COUNTRIES.length]},,${isco},,${month},${i % 1000},${source}`;
}

/** A file of `n` rows from `first`; the rows at `bad` name an unknown country. */
function largeFile(first: number, n: number, bad: readonly number[] = []): string {
  const lines = [HEADER];
  for (let i = first; i < first + n; i++)
    lines.push(
      bad.includes(i) ? row(i, 'office').replace(/,(BE|MA|NG|KE),/, ',XX,') : row(i, 'office'),
    );
  return lines.join('\n') + '\n';
}

const sumOfCounts = async (handle: DatabaseHandle) => {
  const result = await handle.db.execute(sql`select sum(count)::float8 as s from lmi_observation`);
  return Number((result as unknown as { rows: { s: number }[] }).rows[0]?.s);
};

describe.each(testEngines())('importing a large file on $name', (engine) => {
  let handle: DatabaseHandle;
  const importFile = (fileName: string, content: string) =>
    importObservationFile(handle.db, {
      versionId: '',
      fileName,
      content,
      importedBy: null,
      now: new Date('2026-12-04T12:00:00Z'),
    });

  beforeAll(async () => {
    handle = await engine.open();
    await seedLabourMarketReference(handle.db);
  });
  afterAll(async () => {
    await closeImportPool();
    await handle.close();
  });

  it('GIVEN 50,000 rows (several batches) with 3 bad rows THEN every good row is committed and each bad line named', async () => {
    const bad = [0, 24_999, 49_999];
    const report = await importFile('large.csv', largeFile(0, 50_000, bad));
    expect(report.accepted).toBe(49_997);
    expect(report.rejected.map((r) => r.line)).toEqual(bad.map((i) => i + 2));
    expect(report.rejected[0]?.reason).toMatch(/unknown country "XX"/);
    expect(await countObservations(handle.db)).toBe(49_997);
    let expected = 0;
    for (let i = 0; i < 50_000; i++) if (!bad.includes(i)) expected += i % 1000;
    expect(await sumOfCounts(handle)).toBe(expected);
  });

  it('GIVEN a second file revising half the figures THEN they are replaced, the others added', async () => {
    const revised = largeFile(25_000, 50_000).replace(
      /,(\d+),office$/gm,
      (_, n) => `,${Number(n) + 1},office`,
    );
    const report = await importFile('revised.csv', revised);
    expect(report.accepted).toBe(50_000);
    // Rows 0..74,999 are known now, less the two bad rows of the first file before 25,000.
    expect(await countObservations(handle.db)).toBe(75_000 - 2);
    let expected = 0;
    for (let i = 0; i < 25_000; i++) if (i !== 0 && i !== 24_999) expected += i % 1000;
    for (let i = 25_000; i < 75_000; i++) expected += (i % 1000) + 1;
    expect(await sumOfCounts(handle)).toBe(expected);
  });
});
