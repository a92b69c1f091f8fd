import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import { testEngines } from '../../test/support/database.js';
import { closeImportPool } from '../imports-runtime/parse-pool.job.js';
import { seasonalCsv, seedLabourMarketReference } from './labour-market.test-support.js';
import { countObservations } from './observation.store.js';

/** A file of `n` rows of Passerelle CSV, each its own figure. */
function observationFile(n: number): string {
  const lines = ['measure,country,region,occupation,skill,month,count,source'];
  for (let i = 0; i < n; i++) {
    const month = `${1900 + Math.floor((i % 3600) / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    lines.push(`vacancies,BE,,2221,,${month},${i % 97},office-${Math.floor(i / 3600)}`);
  }
  return lines.join('\n') + '\n';
}

// The reading thread's budget is lowered to 32 MiB (PARSE_WORKER_HEAP_MIB) so that a 40 MB
// file passes it; before heap-budget.ts such a file aborted the whole server process.
describe.each(testEngines().filter((e) => e.name === 'pglite'))(
  'importing a file past the reading memory over HTTP on $name',
  (engine) => {
    let demo: DemoApp;
    let analyst: TestSession;
    const before = process.env.PARSE_WORKER_HEAP_MIB;

    beforeAll(async () => {
      await closeImportPool();
      process.env.PARSE_WORKER_HEAP_MIB = '32';
      demo = await startDemoApp(engine);
      await seedLabourMarketReference(demo.handle.db);
      analyst = await demo.loginAs('analyst');
    }, 60_000);
    afterAll(async () => {
      await closeImportPool();
      if (before === undefined) delete process.env.PARSE_WORKER_HEAP_MIB;
      else process.env.PARSE_WORKER_HEAP_MIB = before;
      await demo.close();
    });

    const post = (fileName: string, content: string) =>
      demo.app.inject({
        method: 'POST',
        url: '/api/labour-market/imports',
        headers: analyst.headers,
        payload: { fileName, content },
      });

    it('GIVEN a 40 MB file THEN a 400 problem names the file and the memory, and nothing changes; the next file is imported', async () => {
      const rows = await countObservations(demo.handle.db);
      const refused = await post('huge.csv', observationFile(1_000_000));
      expect(refused.statusCode).toBe(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.json()).toMatchObject({
        code: 'import.too_large',
        fields: [{ field: 'content', reason: expect.stringMatching(/more than 32 MiB of memory/) }],
      });
      expect(JSON.stringify(refused.json())).toMatch(/huge\.csv: content: needs more than 32 MiB/);
      expect(await countObservations(demo.handle.db)).toBe(rows);

      const csv = seasonalCsv({
        country: 'BE',
        isco: '2221',
        months: 24,
        demand: () => 10,
        supply: () => 5,
      });
      const accepted = await post('good.csv', csv);
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json()).toMatchObject({ accepted: 48 });
      expect(await countObservations(demo.handle.db)).toBe(rows + 48);
    });
  },
);
