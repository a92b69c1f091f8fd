import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/database.js';
import { startDemoApp, type DemoApp, type TestSession } from './accounts.test-support.js';

describe.each(testEngines())('organisations and their members ($name)', (engine) => {
  let demo: DemoApp;
  let employer: TestSession;
  let coordinator: TestSession;
  let employerOrganisationId: string;
  beforeAll(async () => {
    demo = await startDemoApp(engine);
    employer = await demo.loginAs('employer');
    coordinator = await demo.loginAs('coordinator');
    const me = await demo.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: employer.cookie },
    });
    employerOrganisationId = me.json().user.memberships[0].organisationId;
  });
  afterAll(() => demo.close());

  const get = (url: string, session?: TestSession) =>
    demo.app.inject({ method: 'GET', url, headers: session ? { cookie: session.cookie } : {} });

  it('GIVEN a logged-in user WHEN listing Belgian employers THEN only Belgian employers come back', async () => {
    const response = await get('/api/organisations?kind=employer&country=BE', coordinator);
    expect(response.statusCode).toBe(200);
    const organisations = response.json().organisations;
    expect(organisations.length).toBeGreaterThan(0);
    expect(
      organisations.every(
        (o: { kind: string; country: string }) => o.kind === 'employer' && o.country === 'BE',
      ),
    ).toBe(true);
  });

  it("GIVEN a coordinator WHEN listing organisations THEN other people's individual accounts are not among them", async () => {
    const response = await get('/api/organisations?kind=individual', coordinator);
    expect(response.json().organisations).toEqual([]);
  });

  it('GIVEN an anonymous visitor WHEN listing organisations THEN 401', async () => {
    expect((await get('/api/organisations')).statusCode).toBe(401);
  });

  it('GIVEN a bad country code WHEN listing organisations THEN 400', async () => {
    expect((await get('/api/organisations?country=Belgium', coordinator)).statusCode).toBe(400);
  });

  it("GIVEN a member WHEN reading their organisation THEN they see its members' names and roles", async () => {
    const response = await get(`/api/organisations/${employerOrganisationId}`, employer);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      organisation: { id: employerOrganisationId, kind: 'employer', country: 'BE' },
      members: [{ userId: employer.userId, displayName: 'Demo Employer', role: 'employer' }],
    });
  });

  it("GIVEN a non-member WHEN reading an organisation's members THEN 403", async () => {
    const response = await get(`/api/organisations/${employerOrganisationId}`, coordinator);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('auth.forbidden');
  });

  it('GIVEN an admin WHEN reading any organisation THEN they see its members; an unknown id is 404', async () => {
    const admin = await demo.loginAs('admin');
    expect((await get(`/api/organisations/${employerOrganisationId}`, admin)).statusCode).toBe(200);
    expect(
      (await get('/api/organisations/00000000-0000-4000-8000-000000000000', admin)).statusCode,
    ).toBe(404);
  });
});
