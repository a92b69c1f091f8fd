import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/database.js';
import type { DatabaseHandle } from '../db/database.js';
import { lmiImport, lmiObservation } from '../labour-market/labour-market.schema.js';
import { recognitionAgreementCountries } from '../recognition/recognition-agreements.queries.js';
import { recognitionAgreement } from '../recognition/recognition.schema.js';
import { corridorFacts } from './scorecard.store.js';

const corridor = (origin: string, destination: string) => ({
  origin,
  destination,
  originCities: [],
  destinationCities: [],
});
const observation = (country: string, month: string, importId: string) => ({
  measure: 'vacancies',
  country,
  iscoCode: '2512',
  month,
  count: 10,
  source: 'test',
  importId,
});

describe.each(testEngines())('scorecard: labour-market data of the corridor ($name)', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await engine.open();
    const importId = randomUUID();
    await handle.db.insert(lmiImport).values({
      id: importId,
      fileHash: randomUUID(),
      fileName: 'test.csv',
      format: 'passerelle',
      rows: 4,
      accepted: 4,
      rejected: [],
      skipped: [],
      importedAt: new Date('2026-12-01T00:00:00Z'),
    });
    await handle.db
      .insert(lmiObservation)
      .values([
        observation('BE', '2025-03', importId),
        observation('MA', '2026-06', importId),
        observation('BE', '2026-01', importId),
        observation('FR', '2027-01', importId),
      ]);
  });
  afterAll(() => handle.close());

  it("GIVEN observations of the corridor's countries and of another THEN only the corridor's are counted, with their months", async () => {
    const facts = await corridorFacts(handle.db, [corridor('MA', 'BE')], {
      recognitionAgreementCountries,
    });
    expect(facts.labourMarketObservations).toBe(3);
    expect(facts.labourMarketPeriod).toEqual({ from: '2025-03', to: '2026-06' });
  });

  it('GIVEN a corridor without observations THEN none are counted and no period is shown', async () => {
    const facts = await corridorFacts(handle.db, [corridor('NG', 'LT')], {
      recognitionAgreementCountries,
    });
    expect(facts).toMatchObject({ labourMarketObservations: 0, labourMarketPeriod: null });
  });

  it("GIVEN recognition agreements between the corridor's countries, either way, and another THEN only the corridor's are counted", async () => {
    const agreement = (id: string, from: string, to: string) => ({
      id,
      title: id,
      fromParty: { country: from },
      toParty: { country: to },
      direction: 'mutual' as const,
      mode: 'automatic' as const,
      measures: [],
      scope: { qualificationIds: [], occupations: [], levels: [] },
      validFrom: '2024-01-01',
      source: 'test',
    });
    await handle.db
      .insert(recognitionAgreement)
      .values([
        agreement('scorecard-ma-be', 'MA', 'BE'),
        agreement('scorecard-be-ma', 'BE', 'MA'),
        agreement('scorecard-ng-lt', 'NG', 'LT'),
      ]);
    const facts = await corridorFacts(handle.db, [corridor('MA', 'BE')], {
      recognitionAgreementCountries,
    });
    expect(facts.recognitionAgreements).toBe(2);
  });
});
