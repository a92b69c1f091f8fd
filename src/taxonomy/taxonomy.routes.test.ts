import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import type { DatabaseHandle } from '../db/database.js';
import type { HttpApp } from '../http/context.js';
import { buildApp } from '../http/app.js';
import { silentProgress } from '../shared/progress.js';
import { testEngines } from '../../test/support/database.js';
import { ensureReferenceData } from './reference-import.service.js';
import { loadTaxonomyIndex } from './taxonomy-index.store.js';

const referenceDir = path.resolve(import.meta.dirname, '..', '..', 'reference');
/** ESCO "specialist nurse" (ISCO 2221) and the skill "Python (computer programming)". */
const specialistNurse = '18e14e61-495b-44cc-a7c6-df4c625934ba';
const anonymous = {}; // taxonomy data is public: no session cookie

describe.each(testEngines())('taxonomy API and store on $name', (engine) => {
  let handle: DatabaseHandle;
  let app: HttpApp;
  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url, headers: anonymous });
    return { status: res.statusCode, body: res.json() };
  };

  beforeAll(async () => {
    handle = await engine.openWithEsco();
    await ensureReferenceData(handle.db, referenceDir, silentProgress);
    const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '/tmp/passerelle-taxonomy-test' });
    app = await buildApp({
      config,
      db: handle.db,
      engine: engine.name,
      now: () => new Date('2026-11-22T00:00:00Z'),
      taxonomy: await loadTaxonomyIndex(handle.db),
    });
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it('searches with typos and returns ids, codes and the matched label', async () => {
    const { status, body } = await get('/api/taxonomy/search?q=nurce&type=occupation&limit=5');
    expect(status).toBe(200);
    expect(body).toMatchObject({ query: 'nurce', versionId: 'esco-1.1.1' });
    expect(body.results).toHaveLength(5);
    expect(body.results.map((h: { id: string }) => h.id)).toContain(specialistNurse);
    expect(body.results[0]).toEqual(
      expect.objectContaining({
        type: 'occupation',
        code: expect.any(String),
        matchedKind: 'preferred',
      }),
    );
  });

  it.each([
    ['/api/taxonomy/search', 'querystring.q'],
    ['/api/taxonomy/search?q=x&limit=500', 'querystring.limit'],
    ['/api/taxonomy/search?q=x&type=job', 'querystring.type'],
    ['/api/taxonomy/occupations/not-a-uuid', 'params.id'],
    ['/api/taxonomy/isco/12a', 'params.code'],
  ])('GET %s → 400 naming %s', async (url, field) => {
    const { status, body } = await get(url);
    expect(status).toBe(400);
    expect(body.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('shows an occupation with its ISCO path and essential skills', async () => {
    const { status, body } = await get(`/api/taxonomy/occupations/${specialistNurse}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: specialistNurse,
      preferredLabel: 'specialist nurse',
      iscoCode: '2221',
    });
    expect(body.iscoPath.map((p: { code: string }) => p.code)).toEqual(['2', '22', '222', '2221']);
    expect(body.essentialSkills.length).toBeGreaterThan(10);
    expect(body.essentialSkills[0]).toEqual(
      expect.objectContaining({ id: expect.any(String), skillType: expect.any(String) }),
    );
  });

  it('shows a skill with its groups, collections and the occupations needing it', async () => {
    const [python] = (await get('/api/taxonomy/search?q=python&type=skill&limit=1')).body.results;
    const { status, body } = await get(`/api/taxonomy/skills/${python.id}`);
    expect(status).toBe(200);
    expect(body.preferredLabel).toBe('Python (computer programming)');
    expect(body.collections).toContain('digital');
    expect(body.broader.length).toBeGreaterThan(0);
    expect(body.essentialFor.length + body.optionalFor.length).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown occupation, skill or ISCO group', async () => {
    const unknown = '00000000-0000-0000-0000-000000000000';
    expect((await get(`/api/taxonomy/occupations/${unknown}`)).status).toBe(404);
    expect((await get(`/api/taxonomy/skills/${unknown}`)).status).toBe(404);
    expect((await get('/api/taxonomy/isco/9999')).status).toBe(404);
  });

  it('walks the ISCO tree from the 10 major groups to a unit group and its occupations', async () => {
    const root = (await get('/api/taxonomy/isco')).body;
    expect(root.children).toHaveLength(10);
    expect(
      root.children.reduce((n: number, c: { occupationCount: number }) => n + c.occupationCount, 0),
    ).toBe(3007);
    const unit = await get('/api/taxonomy/isco/2221');
    expect(unit.status).toBe(200);
    expect(unit.body).toMatchObject({ code: '2221', level: 4 });
    expect(unit.body.path.map((p: { code: string }) => p.code)).toEqual(['2', '22', '222', '2221']);
    expect(unit.body.occupations.map((o: { id: string }) => o.id)).toContain(specialistNurse);
    const empty = await get('/api/taxonomy/isco/6310'); // one of the 10 unit groups without occupations
    expect(empty.body.occupations).toEqual([]);
  });

  it('lists versions with their flaws, and countries with Namibia', async () => {
    const { body } = await get('/api/taxonomy/versions');
    expect(body.versions[0]).toMatchObject({ id: 'esco-1.1.1', active: true, status: 'complete' });
    expect(body.versions[0].flaws.length).toBeGreaterThan(0);
    const countries = (await get('/api/taxonomy/countries')).body.countries;
    expect(countries).toHaveLength(249);
    expect(countries).toContainEqual(expect.objectContaining({ alpha2: 'NA', name: 'Namibia' }));
  });

  it('serves ISCED levels and fields and EQF levels', async () => {
    expect((await get('/api/taxonomy/isced/levels')).body.levels).toHaveLength(10);
    expect((await get('/api/taxonomy/isced/fields')).body.fields).toHaveLength(220);
    expect((await get('/api/taxonomy/eqf/levels')).body.levels).toHaveLength(8);
  });
});
