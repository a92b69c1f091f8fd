import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import { testEngines } from '../../test/support/database.js';
import { silentProgress } from '../shared/progress.js';
import {
  seasonalCsv,
  seedLabourMarketReference,
  WOUND_CARE,
} from './labour-market.test-support.js';
import { countObservations, recordImport } from './observation.store.js';
import { parseImportFile } from './import-file.js';
import { vocabularyOf } from './observation-import.service.js';

const fixture = (name: string) =>
  fs.readFileSync(
    path.resolve(import.meta.dirname, '../../test/fixtures/labour-market', name),
    'utf8',
  );

describe.each(testEngines())('labour-market API on $name', (engine) => {
  let demo: DemoApp;
  let analyst: TestSession;
  let candidate: TestSession;

  beforeAll(async () => {
    demo = await startDemoApp(engine);
    await seedLabourMarketReference(demo.handle.db);
    analyst = await demo.loginAs('analyst');
    candidate = await demo.loginAs('candidate');
  }, 60_000);
  afterAll(() => demo.close());

  const post = (session: TestSession, fileName: string, content: string) =>
    demo.app.inject({
      method: 'POST',
      url: '/api/labour-market/imports',
      headers: session.headers,
      payload: { fileName, content },
    });
  const get = (session: TestSession, url: string) =>
    demo.app.inject({ method: 'GET', url, headers: session.headers });

  it('GIVEN an analyst WHEN importing a CSV THEN good rows land and bad rows come back with lines', async () => {
    const response = await post(
      analyst,
      'observations.csv',
      fixture('passerelle-observations.csv'),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      format: 'passerelle_csv',
      alreadyImported: false,
      accepted: 4,
    });
    expect(response.json().rejected.map((r: { line: number }) => r.line)).toEqual([6, 7, 8, 9]);
  });

  it('GIVEN the same file again THEN nothing changes', async () => {
    const before = await countObservations(demo.handle.db);
    const response = await post(
      analyst,
      'observations.csv',
      fixture('passerelle-observations.csv'),
    );
    expect(response.json()).toMatchObject({ alreadyImported: true });
    expect(await countObservations(demo.handle.db)).toBe(before);
  });

  it('GIVEN a candidate WHEN importing THEN it is forbidden', async () => {
    expect(
      (await post(candidate, 'x.csv', fixture('passerelle-observations.csv'))).statusCode,
    ).toBe(403);
  });

  it('GIVEN a file with no acceptable row THEN it is refused with each reason and nothing changes', async () => {
    const before = await countObservations(demo.handle.db);
    const response = await post(
      analyst,
      'rates.csv',
      fixture('cyanheads_rplumber_une-deap-sex-age-rt-a.csv'),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'labour_market.nothing_to_import' });
    expect(response.json().fields[0]).toEqual({
      field: 'line 2',
      reason: 'indicator "UNE_DEAP_SEX_AGE_RT" is a rate, not a count',
    });
    expect(await countObservations(demo.handle.db)).toBe(before);
  });

  it('GIVEN an unknown format THEN it is a 400 naming the content', async () => {
    const response = await post(analyst, 'notes.txt', 'just some notes');
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([{ field: 'content', reason: expect.any(String) }]);
  });

  it('GIVEN an import failing mid-way THEN nothing of it remains', async () => {
    const db = demo.handle.db;
    const parsed = parseImportFile(
      seasonalCsv({ country: 'NG', isco: '2512', months: 30, demand: () => 5, supply: () => 9 }),
      await vocabularyOf(db, ''),
      { source: 'x' },
    );
    const before = await countObservations(db);
    const crashing = {
      ...silentProgress,
      advance: () => {
        throw new Error('killed');
      },
    };
    await expect(
      recordImport(db, {
        fileName: 'crash.csv',
        fileHash: 'crash',
        parsed: parsed!,
        importedBy: null,
        now: new Date(),
        progress: crashing,
      }),
    ).rejects.toThrow('killed');
    expect(await countObservations(db)).toBe(before);
  });

  it('GIVEN BE nurses in shortage THEN the gaps query classifies them with their indicators', async () => {
    const response = await get(
      analyst,
      '/api/labour-market/gaps?country=BE&isco=22&from=2024-01&iscoLevel=4',
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().gaps).toEqual([
      expect.objectContaining({
        country: 'BE',
        region: '',
        iscoCode: '2221',
        month: '2024-01',
        demand: 630,
        supply: 150,
        gap: 480,
        classification: 'shortage',
      }),
    ]);
  });

  it('GIVEN regions THEN they are kept apart at region level', async () => {
    const response = await get(
      analyst,
      '/api/labour-market/gaps?country=BE&isco=2221&regionLevel=region',
    );
    expect(response.json().gaps.map((g: { region: string }) => g.region)).toEqual([
      'BE-VLG',
      'BE-WAL',
    ]);
  });

  it.each([
    ['/api/labour-market/gaps?from=2024-13', 'from'],
    ['/api/labour-market/gaps?country=Belgium', 'country'],
    ['/api/labour-market/series?country=BE', 'isco'],
  ])('GIVEN %s THEN it is a 400 naming %s', async (url, field) => {
    const response = await get(analyst, url);
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().fields)).toContain(field);
  });

  it('GIVEN four seasonal years THEN the series comes with a 12-month forecast and a backtest', async () => {
    const csv = seasonalCsv({
      country: 'KE',
      isco: '2211',
      months: 48,
      demand: (i) => 500 + 5 * i + 100 * Math.sin((2 * Math.PI * i) / 12) + ((i * 37) % 11),
      supply: (i) => 900 + 2 * i,
    });
    expect((await post(analyst, 'ke.csv', csv)).statusCode).toBe(200);
    const response = await get(analyst, '/api/labour-market/series?country=KE&isco=2211');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.history).toHaveLength(48);
    expect(body.months[0]).toBe('2024-01');
    expect(body.demand.forecast.method).toBe('holt_winters');
    expect(body.demand.forecast.steps).toHaveLength(12);
    expect(body.demand.backtest).toMatchObject({ origins: 12 });
  });

  it('GIVEN a surplus at origin and a shortage at destination THEN the corridor ranks the occupation', async () => {
    const be = seasonalCsv({
      country: 'BE',
      isco: '2211',
      months: 12,
      demand: () => 900,
      supply: () => 300,
    });
    await post(analyst, 'be.csv', be.replace(/,test$/gm, ',test-be'));
    const response = await get(
      analyst,
      '/api/labour-market/corridor?origin=KE&destination=BE&month=2020-12',
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().occupations[0]).toMatchObject({
      iscoCode: '2211',
      destinationShortage: 600,
    });
  });

  it('GIVEN nurses leaving Kenya THEN the warnings show the turn to shortage and the health density', async () => {
    const nurses = seasonalCsv({
      country: 'KE',
      isco: '2221',
      months: 24,
      demand: () => 10_000,
      supply: () => 14_000,
      outflow: () => 700,
    });
    const employed = [
      'measure,country,region,occupation,skill,month,count,source',
      'employed,KE,,2211,,2021-12,10000,who',
      'employed,KE,,2221,,2021-12,30000,who',
    ];
    await post(analyst, 'ke-nurses.csv', nurses);
    await post(analyst, 'ke-employed.csv', employed.join('\n'));
    const response = await get(
      analyst,
      '/api/labour-market/warnings?country=KE&population=54000000&planned=2221:1200',
    );
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.outflow[0]).toMatchObject({
      iscoCode: '2221',
      kind: 'outflow_turns_surplus_into_shortage',
    });
    expect(body.outflow[0].monthsAhead).toBeLessThanOrEqual(12);
    expect(body.healthDensity).toMatchObject({
      doctors: 10_000,
      nurses: 30_000,
      threshold: 44.5,
    });
    expect(body.healthDensity.densityPer10000).toBeCloseTo((40_000 / 54_000_000) * 10_000);
  });

  it("GIVEN a surplus of software developers in Morocco THEN the Belgium–Morocco partnership's planned departures (quotas) turn it into a warning, with their origin shown", async () => {
    const developers = seasonalCsv({
      country: 'MA',
      isco: '2512',
      months: 24,
      demand: () => 1_000,
      supply: () => 1_020,
      outflow: () => 0,
    });
    expect((await post(analyst, 'ma-developers.csv', developers)).statusCode).toBe(200);
    const response = await get(analyst, '/api/labour-market/warnings?country=MA&planned=2512:5');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const partnerships = (await get(analyst, '/api/partnerships')).json().partnerships as {
      id: string;
      title: string;
    }[];
    const beMa = partnerships.find((p) => p.title === 'Belgium–Morocco ICT talent partnership')!;
    // 60 developers at most, half of the cohort on the away track: 30 planned, plus 5 typed.
    const planned = body.plannedDepartures.find((d: { iscoCode: string }) => d.iscoCode === '2512');
    expect(planned).toMatchObject({ fromQuotas: 30, typed: 5, total: 35 });
    expect(planned.partnershipIds).toContain(beMa.id);
    expect(body.outflow.map((w: { iscoCode: string }) => w.iscoCode)).toContain('2512');
  });

  it('GIVEN a candidate THEN reading gaps is allowed', async () => {
    expect((await get(candidate, '/api/labour-market/gaps?country=BE')).statusCode).toBe(200);
  });

  it('GIVEN postings for an ESCO occupation THEN skills are found in the text and essential-skill gaps derived', async () => {
    const posting = (day: string) =>
      JSON.stringify({
        '@type': 'JobPosting',
        title: 'Specialist nurse',
        datePosted: `2022-03-${day}`,
        totalJobOpenings: 2,
        description: 'Daily wound care on a surgical ward.',
        jobLocation: { address: { addressCountry: 'KEN' } },
      });
    const response = await post(
      analyst,
      'postings.ndjson',
      [posting('01'), posting('15')].join('\n'),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      format: 'jobposting_jsonld',
      accepted: 2,
      rejected: [],
    });
    const skills = await get(
      analyst,
      '/api/labour-market/gaps?country=KE&level=skill&from=2022-03',
    );
    expect(skills.json().gaps).toEqual([
      expect.objectContaining({
        skillUri: WOUND_CARE,
        iscoCode: '2221',
        month: '2022-03',
        demand: 4,
      }),
    ]);
    const derived = await get(
      analyst,
      '/api/labour-market/gaps?country=KE&level=essential_skill&from=2022-03&to=2022-03',
    );
    expect(derived.json().gaps).toEqual([
      expect.objectContaining({ skillUri: WOUND_CARE, month: '2022-03', demand: 4, supply: 0 }),
    ]);
  });

  it('GIVEN a declared custom region THEN observations name it and roll up to its parent', async () => {
    const declared = await demo.app.inject({
      method: 'POST',
      url: '/api/labour-market/regions',
      headers: analyst.headers,
      payload: { code: 'BE-X-PORT', country: 'BE', parent: 'BE-VLG', name: 'Port of Antwerp' },
    });
    expect(declared.statusCode).toBe(201);
    const again = await demo.app.inject({
      method: 'POST',
      url: '/api/labour-market/regions',
      headers: analyst.headers,
      payload: { code: 'BE-X-PORT', country: 'BE', parent: 'BE-VLG', name: 'Port of Antwerp' },
    });
    expect(again.statusCode).toBe(409);
    const csv = [
      'measure,country,region,occupation,skill,month,count,source',
      'vacancies,BE,BE-X-PORT,2222,,2024-01,7,port',
    ];
    expect((await post(analyst, 'port.csv', csv.join('\n'))).statusCode).toBe(200);
    const gaps = await get(
      analyst,
      '/api/labour-market/gaps?country=BE&isco=2222&regionLevel=region',
    );
    expect(gaps.json().gaps).toEqual([expect.objectContaining({ region: 'BE-VLG', demand: 7 })]);
  });

  it('GIVEN a region outside its country THEN it is a 400 naming the code', async () => {
    const response = await demo.app.inject({
      method: 'POST',
      url: '/api/labour-market/regions',
      headers: analyst.headers,
      payload: { code: 'MA-X-PORT', country: 'BE', name: 'Wrong' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([{ field: 'code', reason: 'must start with "BE-"' }]);
  });
});
