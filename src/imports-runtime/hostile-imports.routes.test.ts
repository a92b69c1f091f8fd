import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import { lmiImport, lmiObservation } from '../labour-market/labour-market.schema.js';
import { candidate } from '../people/people.schema.js';
import { seedLabourMarketReference } from '../labour-market/labour-market.test-support.js';
import { testEngines } from '../../test/support/database.js';
import { closeImportPool } from './parse-pool.job.js';

const laughs = (() => {
  const entities = ['<!ENTITY a0 "' + 'ha'.repeat(50) + '">'];
  for (let i = 1; i < 10; i++) entities.push(`<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?><!DOCTYPE SkillsPassport [${entities.join('')}]><SkillsPassport><LearnerInfo><Headline><Description><Label>&a9;</Label></Description></Headline></LearnerInfo></SkillsPassport>`;
})();

/** Hostile Europass CVs (security review finding 11), each with the reason it is refused. */
const HOSTILE_CVS: [string, string, RegExp][] = [
  [
    'an external SYSTEM entity',
    '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><SkillsPassport>&x;</SkillsPassport>',
    /DOCTYPE/,
  ],
  [
    'a parameter entity',
    '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p "<!ENTITY y \'z\'>"> %p;]><SkillsPassport>&y;</SkillsPassport>',
    /DOCTYPE/,
  ],
  ['entity expansion past 100k characters (billion laughs)', laughs, /DOCTYPE/],
  [
    '20,000 levels of nesting',
    '<SkillsPassport>' + '<a>'.repeat(20_000) + '</a>'.repeat(20_000) + '</SkillsPassport>',
    /deeper than 64 levels/,
  ],
  [
    'a <__proto__> element',
    '<SkillsPassport><LearnerInfo><__proto__><polluted>yes</polluted></__proto__></LearnerInfo></SkillsPassport>',
    /reserved element or attribute name "__proto__"/,
  ],
];

const CSV_HEADER = 'measure,country,region,occupation,skill,month,count,source';

/** Hostile labour-market CSV files, with the line and reason they are refused for. */
const HOSTILE_CSVS: [string, string, string, RegExp][] = [
  [
    'an unclosed quote',
    [
      CSV_HEADER,
      'vacancies,BE,,2221,,2024-01,420,VDAB',
      'vacancies,BE,,2221,,2024-02,"7,VDAB',
    ].join('\n'),
    'line 3',
    /quoted field is not closed/,
  ],
  [
    'a 1 MB field',
    [
      CSV_HEADER,
      'vacancies,BE,,2221,,2024-01,420,VDAB',
      `vacancies,BE,,2221,,2024-02,7,${'x'.repeat(1024 * 1024)}`,
    ].join('\n'),
    'line 3',
    /longer than 65536 characters/,
  ],
];

describe.each(testEngines())(
  'hostile imports on $name (security review findings 11, 16)',
  (engine) => {
    let demo: DemoApp;
    let candidateUser: TestSession;
    let employer: TestSession;
    let analyst: TestSession;

    beforeAll(async () => {
      demo = await startDemoApp(engine);
      await seedLabourMarketReference(demo.handle.db);
      [candidateUser, employer, analyst] = await Promise.all([
        demo.loginAs('candidate'),
        demo.loginAs('employer'),
        demo.loginAs('analyst'),
      ]);
    }, 180_000);
    afterAll(async () => {
      await demo.close();
      await closeImportPool();
    });

    /** Rows of the tables an import could write to. */
    const rowCounts = async () => {
      const count = async (table: typeof candidate | typeof lmiImport | typeof lmiObservation) => {
        const [row] = await demo.handle.db.select({ n: sql<number>`count(*)::int` }).from(table);
        return row?.n ?? 0;
      };
      return {
        candidates: await count(candidate),
        imports: await count(lmiImport),
        observations: await count(lmiObservation),
      };
    };
    const post = (session: TestSession, url: string, payload: object) =>
      demo.app.inject({ method: 'POST', url, headers: session.headers, payload });
    const expectProblem = (
      response: Awaited<ReturnType<typeof post>>,
      code: string,
      reason: RegExp,
    ) => {
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ status: 400, code });
      expect(response.json().detail).toMatch(reason);
    };

    it.each(HOSTILE_CVS)(
      'GIVEN a Europass CV with %s THEN it is a 400 problem naming it and nothing is stored',
      async (_name, content, reason) => {
        const before = await rowCounts();
        const response = await post(candidateUser, '/api/candidates/me/import', {
          format: 'europass_xml',
          content,
          dryRun: false,
          fill: { name: 'Amina Test', residenceCountry: 'MA', nationality: 'MA' },
        });
        expectProblem(response, 'people.import_malformed', reason);
        expect(await rowCounts()).toEqual(before);
      },
    );

    it('GIVEN a JSON Resume nested 100,000 levels deep THEN it is a 400 problem, nothing stored', async () => {
      const before = await rowCounts();
      const response = await post(candidateUser, '/api/candidates/me/import', {
        format: 'json_resume',
        content: `{"basics":{"name":"A"},"work":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
        dryRun: false,
      });
      expectProblem(response, 'people.import_malformed', /nests deeper than 64 levels/);
      expect(await rowCounts()).toEqual(before);
    });

    it('GIVEN a JobPosting nested 100,000 levels deep THEN the vacancy import is a 400 problem', async () => {
      const response = await post(employer, '/api/vacancies/import', {
        content: `{"@type":"JobPosting","skills":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      });
      expectProblem(response, 'people.import_malformed', /nests deeper than 64 levels/);
    });

    it.each(HOSTILE_CSVS)(
      'GIVEN a labour-market CSV with %s THEN it is a 400 problem naming the line and nothing is stored',
      async (name, content, line, reason) => {
        const before = await rowCounts();
        const response = await post(analyst, '/api/labour-market/imports', {
          fileName: `${name}.csv`,
          content,
        });
        expectProblem(response, 'labour_market.malformed_csv', reason);
        expect(response.json().fields[0]).toMatchObject({ field: line });
        expect(await rowCounts()).toEqual(before);
      },
    );

    it('GIVEN a count of 2^63 among good rows THEN its line is rejected and the good rows are committed', async () => {
      const before = await rowCounts();
      const response = await post(analyst, '/api/labour-market/imports', {
        fileName: 'huge-count.csv',
        content: [
          CSV_HEADER,
          'vacancies,BE,,2221,,2024-01,420,VDAB',
          'vacancies,BE,,2221,,2024-02,9223372036854775808,VDAB',
        ].join('\n'),
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ accepted: 1 });
      expect(response.json().rejected).toEqual([
        {
          line: 3,
          reason: 'count 9223372036854775808 is above the limit of 1000000000 per observation',
        },
      ]);
      expect(await rowCounts()).toEqual({
        ...before,
        imports: before.imports + 1,
        observations: before.observations + 1,
      });
      const gaps = await demo.app.inject({
        method: 'GET',
        url: '/api/labour-market/gaps?country=BE',
        headers: analyst.headers,
      });
      const demand = gaps.json().gaps.map((g: { demand: number | null }) => g.demand ?? 0);
      expect(Math.max(0, ...demand)).toBeLessThanOrEqual(1_000_000_000);
    });
  },
);
