import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import { testEngines } from '../../test/support/database.js';

const SKILL = 'http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7';
const OCCUPATION = 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';
const profile = {
  name: 'Amina Test',
  residenceCountry: 'MA',
  nationality: 'MA',
  gender: { kind: 'self_described', description: 'prefers to describe' },
  skills: [{ uri: SKILL, evidence: 'self_declared', source: 'self' }],
  languages: [
    { tag: 'ar', native: true },
    { tag: 'fr', listening: 'B2', reading: 'B2', speaking: 'B1', writing: 'B1' },
  ],
  experience: [{ title: 'Web developer', formal: false, years: 2, country: 'MA' }],
  preferences: { destinationCountries: ['BE'], tracks: ['away'], sectors: [] },
};

describe.each(testEngines())('people routes on $name', (engine) => {
  let demo: DemoApp;
  let candidate: TestSession;
  let employer: TestSession;
  let coordinator: TestSession;
  let employerOrg: string;

  beforeAll(async () => {
    demo = await startDemoApp(engine);
    [candidate, employer, coordinator] = await Promise.all([
      demo.loginAs('candidate'),
      demo.loginAs('employer'),
      demo.loginAs('coordinator'),
    ]);
    const me = await demo.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: employer.headers,
    });
    const body = me.json<{ user: { memberships: { organisationId: string }[] } }>();
    employerOrg = body.user.memberships[0]!.organisationId;
  });
  afterAll(() => demo.close());

  const call = (
    session: TestSession,
    method: 'GET' | 'PUT' | 'POST' | 'DELETE',
    url: string,
    payload?: unknown,
  ) =>
    demo.app.inject({
      method,
      url,
      headers: session.headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  it('GIVEN a candidate WHEN they save their profile THEN they read it back, and it is audited', async () => {
    const saved = await call(candidate, 'PUT', '/api/candidates/me', profile);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().profile).toMatchObject({
      name: 'Amina Test',
      languages: [{ tag: 'ar', native: true }, { tag: 'fr' }],
    });
    const audit = await call(candidate, 'GET', '/api/users/me/audit');
    if (audit.statusCode === 200)
      expect(JSON.stringify(audit.json())).toContain('candidate.create');
  });

  it('GIVEN a bad CEFR level, language tag or date THEN 400 names the field and nothing changes', async () => {
    const bad = {
      ...profile,
      languages: [{ tag: 'french', listening: 'D1' }],
      availability: { availableFrom: '2026-02-30' },
    };
    const response = await call(candidate, 'PUT', '/api/candidates/me', bad);
    expect(response.statusCode).toBe(400);
    const fields = response.json<{ fields: { field: string }[] }>().fields.map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.languages.0.tag',
        'body.languages.0.listening',
        'body.availability.availableFrom',
      ]),
    );
    expect(
      (await call(candidate, 'GET', '/api/candidates/me')).json().profile.languages,
    ).toHaveLength(2);
  });

  it('GIVEN an invalid ESCO URI THEN it is refused naming the skill', async () => {
    const response = await call(candidate, 'PUT', '/api/candidates/me', {
      ...profile,
      skills: [{ uri: 'http://example.org/skill/1', evidence: 'assessed', source: 'x' }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].field).toBe('body.skills.0.uri');
  });

  it('GIVEN no consent THEN an employer cannot see the profile; after consent to share with employers they can; after withdrawal not', async () => {
    const id = (await call(candidate, 'GET', '/api/candidates/me')).json<{ id: string }>().id;
    expect((await call(employer, 'GET', `/api/candidates/${id}`)).statusCode).toBe(404);
    const granted = await call(candidate, 'PUT', '/api/candidates/me/consents/employer_sharing');
    expect(granted.json().consentedPurposes).toEqual(['employer_sharing']);
    expect((await call(employer, 'GET', `/api/candidates/${id}`)).statusCode).toBe(200);
    expect((await call(coordinator, 'GET', `/api/candidates/${id}`)).statusCode).toBe(404);
    demo.clock.now = new Date('2026-11-21T09:05:00Z');
    const withdrawn = await call(
      candidate,
      'DELETE',
      '/api/candidates/me/consents/employer_sharing',
    );
    expect(withdrawn.json().consents).toEqual([
      {
        purpose: 'employer_sharing',
        grantedAt: '2026-11-21T09:00:00.000Z',
        withdrawnAt: '2026-11-21T09:05:00.000Z',
      },
    ]);
    expect((await call(employer, 'GET', `/api/candidates/${id}`)).statusCode).toBe(404);
  });

  it('GIVEN a candidate WHEN they export THEN they get profile, consents and audit trail, in JSON Resume too', async () => {
    const data = await call(candidate, 'GET', '/api/candidates/me/export');
    expect(data.statusCode, data.body).toBe(200);
    const body = data.json();
    expect(body.candidate.profile.name).toBe('Amina Test');
    // The sections other areas hold, wired by src/http/app.ts (filled in personal-data.store.test.ts).
    expect(body).toMatchObject({
      programmeEnrolments: [],
      journeys: [],
      orientationAttempts: [],
      placementContracts: [],
      recruitmentCosts: [],
      allocationOverrides: [],
    });
    expect(body.audit.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        'candidate.create',
        'consent.grant',
        'consent.withdraw',
        'candidate.export',
      ]),
    );
    const resume = await call(candidate, 'GET', '/api/candidates/me/export?format=json_resume');
    expect(resume.json().basics).toMatchObject({
      name: 'Amina Test',
      location: { countryCode: 'MA' },
    });
  });

  it('GIVEN a JSON Resume upload THEN a dry run previews the draft and report; a broken date is named', async () => {
    const content = JSON.stringify({
      basics: { name: 'Amina Test' },
      work: [
        { name: 'A', position: 'Web developer', startDate: '2020-01' },
        { name: 'B', startDate: 'soon' },
      ],
    });
    const response = await call(candidate, 'POST', '/api/candidates/me/import', {
      format: 'json_resume',
      content,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].field).toBe('work[1].startDate');
    const ok = await call(candidate, 'POST', '/api/candidates/me/import', {
      format: 'json_resume',
      content: JSON.stringify({ basics: { name: 'X' }, awards: [{ title: 'y' }] }),
    });
    expect(ok.json().report).toMatchObject({
      format: 'json_resume',
      mapped: ['basics.name'],
      unmapped: [{ path: 'awards' }],
    });
  });

  it('GIVEN an oversized upload THEN it is refused before parsing', async () => {
    const response = await call(candidate, 'POST', '/api/candidates/me/import', {
      format: 'json_resume',
      content: 'x'.repeat(2 * 1024 * 1024 + 10),
    });
    expect(response.statusCode).toBe(413);
  });

  it('GIVEN an employer THEN they post a vacancy for their organisation but not for another', async () => {
    const vacancy = {
      title: 'Web developer',
      employerId: employerOrg,
      occupationUri: OCCUPATION,
      essentialSkills: [SKILL],
      languages: [{ tag: 'fr', minimumLevel: 'B1' }],
      country: 'BE',
      positions: 3,
      wage: { amount: 3200, currency: 'EUR', per: 'month' },
      contractType: 'fixed_term',
      contractMonths: 24,
      legalPathway: 'single permit',
      track: 'away',
      startDate: '2027-03-01',
    };
    const posted = await call(employer, 'POST', '/api/vacancies', vacancy);
    expect(posted.statusCode).toBe(201);
    expect(
      (
        await call(candidate, 'GET', `/api/vacancies?occupation=${encodeURIComponent(OCCUPATION)}`)
      ).json().vacancies,
    ).toHaveLength(1);
    expect((await call(candidate, 'POST', '/api/vacancies', vacancy)).statusCode).toBe(403);
    const noPathway = await call(employer, 'POST', '/api/vacancies', {
      ...vacancy,
      legalPathway: undefined,
    });
    expect(noPathway.statusCode).toBe(422);
    expect(noPathway.json().fields[0].field).toBe('legalPathway');
  });

  it("GIVEN an employer WHEN they change a vacancy's wage and languages THEN it is saved; a bad CEFR level is named and nothing changes", async () => {
    const posted = await call(employer, 'POST', '/api/vacancies', {
      title: 'Welder',
      employerId: employerOrg,
      occupationUri: OCCUPATION,
      country: 'BE',
      positions: 1,
      contractType: 'permanent',
      track: 'home',
    });
    const { id, vacancy } = posted.json<{ id: string; vacancy: Record<string, unknown> }>();
    const changed = {
      ...vacancy,
      wage: { amount: 17.5, currency: 'EUR', per: 'hour' },
      languages: [{ tag: 'nl', minimumLevel: 'A2' }],
    };
    const saved = await call(employer, 'PUT', `/api/vacancies/${id}`, changed);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().vacancy).toMatchObject({
      wage: { amount: 17.5, per: 'hour' },
      languages: [{ tag: 'nl', minimumLevel: 'A2' }],
    });
    const bad = await call(employer, 'PUT', `/api/vacancies/${id}`, {
      ...changed,
      languages: [{ tag: 'nl', minimumLevel: 'D1' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('body.languages.0.minimumLevel');
    const stored = await call(employer, 'GET', `/api/vacancies/${id}`);
    expect(stored.json().vacancy.languages).toEqual([{ tag: 'nl', minimumLevel: 'A2' }]);
  });

  it('GIVEN a trainer WHEN they change their programme THEN cost, dual certification and start dates are saved; others may not change it; a bad date is named', async () => {
    const trainer = await demo.loginAs('trainer');
    const me = await call(trainer, 'GET', '/api/auth/me');
    const providerId = me.json<{ user: { memberships: { organisationId: string }[] } }>().user
      .memberships[0]!.organisationId;
    const programme = {
      title: 'Welding bridge course',
      providerId,
      location: 'online',
      modules: [{ title: 'Safety', skills: [SKILL], hours: 20 }],
      seats: 12,
    };
    const posted = await call(trainer, 'POST', '/api/programmes', programme);
    expect(posted.statusCode).toBe(201);
    const id = posted.json<{ id: string }>().id;
    const changed = {
      ...programme,
      modules: [
        { title: 'Safety', skills: [SKILL], hours: 20, cost: { amount: 300, currency: 'EUR' } },
        { title: 'Practice', skills: [SKILL], hours: 60 },
      ],
      cost: { amount: 1200, currency: 'EUR' },
      certification: {
        title: 'Welder certificate',
        awardingBodies: [
          { name: 'Office de la formation', country: 'MA' },
          { name: 'VDAB', country: 'BE' },
        ],
        eqfLevel: 4,
      },
      startDates: ['2027-01-11', '2027-09-06'],
    };
    const saved = await call(trainer, 'PUT', `/api/programmes/${id}`, changed);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ hours: 80, dualCertification: true });
    expect(saved.json().programme.startDates).toEqual(['2027-01-11', '2027-09-06']);

    expect((await call(employer, 'PUT', `/api/programmes/${id}`, changed)).statusCode).toBe(403);
    const bad = await call(trainer, 'PUT', `/api/programmes/${id}`, {
      ...changed,
      startDates: ['2027-02-30'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('body.startDates.0');
    const stored = await call(trainer, 'GET', `/api/programmes/${id}`);
    expect(stored.json().programme.startDates).toEqual(['2027-01-11', '2027-09-06']);
    expect(
      (await call(trainer, 'PUT', `/api/programmes/${crypto.randomUUID()}`, changed)).statusCode,
    ).toBe(404);
  });

  it('GIVEN a profile with experience WHEN a CV without work history is imported THEN the experience is kept and the CV adds to it', async () => {
    await call(candidate, 'PUT', '/api/candidates/me', profile);
    const imported = await call(candidate, 'POST', '/api/candidates/me/import', {
      format: 'json_resume',
      dryRun: false,
      content: JSON.stringify({
        basics: { name: 'Amina Test' },
        languages: [{ language: 'English', fluency: 'Professional working proficiency' }],
      }),
    });
    expect(imported.statusCode).toBe(200);
    const stored = imported.json().candidate.profile;
    expect(stored.experience).toEqual(profile.experience);
    expect(stored.skills.map((s: { uri: string }) => s.uri)).toContain(SKILL);
    expect(stored.languages.length).toBeGreaterThanOrEqual(profile.languages.length);
  });

  it('GIVEN a candidate WHEN they erase their profile THEN it is gone and the erasure is audited', async () => {
    await call(candidate, 'PUT', '/api/candidates/me/consents/anonymous_statistics');
    expect((await call(candidate, 'DELETE', '/api/candidates/me')).statusCode).toBe(204);
    expect((await call(candidate, 'GET', '/api/candidates/me')).statusCode).toBe(404);
  });
});
