import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoApp, TestSession } from '../accounts/accounts.test-support.js';
import { startAllocationDemoApp } from '../allocation/allocation.test-support.js';
import { testEngines } from '../../test/support/database.js';
import { candidate as candidateTable, candidateConsent, vacancy } from './people.schema.js';

const SKILL = 'http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7';
const OCCUPATION = 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';

interface Listed {
  candidates: { id: string; profile: { residenceCountry: string } }[];
  total: number;
  limit: number;
  offset: number;
}

describe.each(testEngines())('who sees which people, and where vacancies go ($name)', (engine) => {
  let demo: DemoApp;
  let admin: TestSession;
  let coordinator: TestSession;
  let employer: TestSession;
  let employerOrg: string;
  let partnerships: Map<string, string>;

  beforeAll(async () => {
    demo = await startAllocationDemoApp(engine);
    [admin, coordinator, employer] = await Promise.all([
      demo.loginAs('admin'),
      demo.loginAs('coordinator'),
      demo.loginAs('employer'),
    ]);
    const me = await get('/api/auth/me', employer);
    employerOrg = me.json().user.memberships[0].organisationId;
    const list = (await get('/api/partnerships', admin)).json().partnerships as {
      id: string;
      title: string;
    }[];
    partnerships = new Map(list.map((p) => [p.title, p.id]));
  });
  afterAll(() => demo.close());

  const get = (url: string, s: TestSession) =>
    demo.app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
  const send = (method: 'POST' | 'PUT', url: string, s: TestSession, payload: unknown) =>
    demo.app.inject({ method, url, headers: s.headers, payload: payload as object });
  const belgiumMorocco = () => partnerships.get('Belgium–Morocco ICT talent partnership')!;
  const nigeriaLithuania = () => partnerships.get('Nigeria–Lithuania ICT scheme')!;
  const vacancyCount = async () =>
    (await demo.handle.db.select({ n: count() }).from(vacancy))[0]!.n;

  /** Ids of the candidates who consent to the purpose, with where they live, oldest first. */
  const consenting = async (purpose: string) =>
    demo.handle.db
      .select({ id: candidateTable.id, residence: candidateTable.residenceCountry })
      .from(candidateTable)
      .innerJoin(candidateConsent, eq(candidateConsent.candidateId, candidateTable.id))
      .where(and(eq(candidateConsent.purpose, purpose), isNull(candidateConsent.withdrawnAt)))
      .orderBy(asc(candidateTable.createdAt), asc(candidateTable.id));

  /** Every page of the list, `limit` at a time. */
  async function allPages(s: TestSession, limit: number): Promise<Listed['candidates']> {
    const seen: Listed['candidates'] = [];
    for (let offset = 0; ; offset += limit) {
      const page = (await get(`/api/candidates?limit=${limit}&offset=${offset}`, s)).json<Listed>();
      seen.push(...page.candidates);
      if (page.candidates.length < limit) {
        expect(seen).toHaveLength(page.total);
        return seen;
      }
    }
  }

  const vacancyInto = (partnershipId: string, employerId = employerOrg) => ({
    title: 'Backend developer',
    employerId,
    occupationUri: OCCUPATION,
    essentialSkills: [SKILL],
    country: 'BE',
    positions: 2,
    contractType: 'fixed_term',
    contractMonths: 12,
    legalPathway: 'single permit',
    track: 'away',
    partnershipId,
  });

  it('GIVEN an employer WHEN they attach a vacancy to a partnership they are not a party to THEN 404 naming partnershipId, as for one that does not exist, and nothing is stored', async () => {
    const before = await vacancyCount();
    for (const id of [nigeriaLithuania(), '00000000-0000-4000-8000-0000000000ff', 'demo-1']) {
      const refused = await send('POST', '/api/vacancies', employer, vacancyInto(id));
      expect(refused.statusCode).toBe(404);
      expect(refused.json()).toMatchObject({
        code: 'partnerships.unknown_partnership',
        fields: [{ field: 'partnershipId' }],
      });
    }
    expect(await vacancyCount()).toBe(before);
    const own = await send('POST', '/api/vacancies', employer, vacancyInto(belgiumMorocco()));
    expect(own.statusCode).toBe(201);
  });

  it('GIVEN a vacancy of a partnership WHEN its employer moves it to a partnership they are not a party to THEN 404 and it stays where it was; an admin who sees that partnership is told 403', async () => {
    const posted = await send('POST', '/api/vacancies', employer, vacancyInto(belgiumMorocco()));
    const id = posted.json().id as string;
    const moved = await send(
      'PUT',
      `/api/vacancies/${id}`,
      employer,
      vacancyInto(nigeriaLithuania()),
    );
    expect(moved.statusCode).toBe(404);
    expect((await get(`/api/vacancies/${id}`, employer)).json().vacancy.partnershipId).toBe(
      belgiumMorocco(),
    );
    const byAdmin = await send(
      'PUT',
      `/api/vacancies/${id}`,
      admin,
      vacancyInto(nigeriaLithuania()),
    );
    expect(byAdmin.statusCode).toBe(403);
    expect(byAdmin.json()).toMatchObject({
      code: 'people.not_a_party',
      fields: [{ field: 'partnershipId' }],
    });
    const created = await send('POST', '/api/vacancies', admin, vacancyInto(nigeriaLithuania()));
    expect(created.statusCode).toBe(403);
  });

  it('GIVEN the coordinator of Belgium–Morocco THEN the list holds exactly the people living in Morocco who consent to matching, and Nigerians are 404', async () => {
    const matching = await consenting('partnership_matching');
    const moroccans = matching.filter((c) => c.residence === 'MA');
    const nigerians = matching.filter((c) => c.residence === 'NG');
    expect(moroccans.length).toBeGreaterThan(0);
    expect(nigerians.length).toBeGreaterThan(0);
    const listed = await allPages(coordinator, 7);
    expect(listed.map((c) => c.id).sort()).toEqual(moroccans.map((c) => c.id).sort());
    const absent = await get('/api/candidates/00000000-0000-4000-8000-0000000000ff', coordinator);
    const hidden = await get(`/api/candidates/${nigerians[0]!.id}`, coordinator);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toEqual(absent.json());
    expect((await get(`/api/candidates/${moroccans[0]!.id}`, coordinator)).statusCode).toBe(200);
    expect((await get(`/api/candidates/${nigerians[0]!.id}`, admin)).statusCode).toBe(200);
  });

  it('GIVEN an employer THEN the list holds exactly those who share with employers', async () => {
    const sharing = await consenting('employer_sharing');
    expect(sharing.length).toBeGreaterThan(0);
    const listed = await allPages(employer, 10);
    expect(listed.map((c) => c.id).sort()).toEqual(sharing.map((c) => c.id).sort());
  });

  it('GIVEN more candidates than a page WHEN an admin pages through THEN every one comes once with the total; a bad page is 400 naming the field', async () => {
    const [{ n }] = (await demo.handle.db.select({ n: count() }).from(candidateTable)) as [
      { n: number },
    ];
    const first = (await get('/api/candidates?limit=3', admin)).json<Listed>();
    expect(first).toMatchObject({ total: n, limit: 3, offset: 0 });
    expect(first.candidates).toHaveLength(3);
    const listed = await allPages(admin, 3);
    expect(new Set(listed.map((c) => c.id)).size).toBe(n);
    const bad = await get('/api/candidates?limit=0', admin);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toMatch(/limit/);
    const beyond = (await get(`/api/candidates?offset=${n}`, admin)).json<Listed>();
    expect(beyond).toMatchObject({ candidates: [], total: n });
  });
});
