import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvent, organisation } from '../accounts/accounts.schema.js';
import type { DemoApp, TestSession } from '../accounts/accounts.test-support.js';
import { testEngines } from '../../test/support/database.js';
import { startPartnershipsDemo, type PartnershipsDemo } from './partnerships.test-support.js';

describe.each(testEngines())('partnerships over HTTP ($name)', (engine) => {
  let demo: DemoApp;
  let coordinator: TestSession;
  let employer: TestSession;
  let trainer: TestSession;
  let candidate: TestSession;
  let admin: TestSession;
  let started: PartnershipsDemo;
  beforeAll(async () => {
    started = await startPartnershipsDemo(engine);
    ({ demo } = started);
    ({ coordinator, employer, trainer, candidate, admin } = started.sessions);
  });
  afterAll(() => demo.close());

  const orgId = (name: string) => started.orgId(name);
  const get = (url: string, s: TestSession) => started.get(url, s);
  const send = (method: 'POST' | 'PUT' | 'PATCH', url: string, s: TestSession, payload: unknown) =>
    started.send(method, url, s, payload);
  const partnershipCount = () => started.partnershipCount();
  const idOf = async (title: string) => {
    const list = (await get('/api/partnerships', admin)).json().partnerships as {
      id: string;
      title: string;
    }[];
    return list.find((p) => p.title === title)?.id as string;
  };

  const draft = () => ({
    title: 'Senegal–Italy web developers',
    type: 'bilateral',
    startsOn: '2027-01-01',
    endsOn: '2029-12-31',
    corridors: [{ origin: 'SN', destination: 'IT' }],
    occupations: ['2512'],
    tracks: ['home', 'away'],
    quotas: { cohortSize: 30, trackShares: { home: 50, away: 50 }, minWomenShare: 40 },
    parties: [
      {
        organisationId: orgId('Belgian Development Cooperation Agency'),
        role: 'funder',
        contacts: [{ name: 'Ana Lopes', email: 'ana@example.org' }],
      },
      { organisationId: orgId('Ministry of Labour and Employment (Senegal)'), role: 'signatory' },
    ],
  });

  it('GIVEN the demo WHEN an admin lists partnerships THEN the four demo partnerships come back; a coordinator sees only the one their agency is a party to', async () => {
    const response = await get('/api/partnerships', admin);
    expect(response.statusCode).toBe(200);
    expect(response.json().partnerships.map((p: { title: string }) => p.title)).toEqual([
      'Belgium–Morocco ICT talent partnership',
      'Mauritania–Senegal harmonisation of vocational qualifications',
      'Milan/Turin–Tunis/Sfax city-to-city partnership',
      'Nigeria–Lithuania ICT scheme',
    ]);
    const theirs = (await get('/api/partnerships', coordinator)).json().partnerships;
    expect(theirs.map((p: { title: string }) => p.title)).toEqual([
      'Belgium–Morocco ICT talent partnership',
    ]);
  });

  it("GIVEN a coordinator of another partnership WHEN they read Nigeria–Lithuania's dashboard, agreements, plan or a document THEN 404, exactly as for an id that does not exist", async () => {
    const id = await idOf('Nigeria–Lithuania ICT scheme');
    const missing = '00000000-0000-4000-8000-0000000000ff';
    for (const path of ['', '/agreements', '/plan']) {
      const hidden = await get(`/api/partnerships/${id}${path}`, coordinator);
      const absent = await get(`/api/partnerships/${missing}${path}`, coordinator);
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json()).toEqual({ ...absent.json(), instance: hidden.json().instance });
    }
    const agreements = (await get(`/api/partnerships/${id}/agreements`, admin)).json();
    const agreementId = agreements.agreements[0].id as string;
    expect(
      (await get(`/api/partnerships/${id}/agreements/${agreementId}/document`, coordinator))
        .statusCode,
    ).toBe(404);
  });

  it('GIVEN party membership WHEN an employer or a candidate lists partnerships THEN they see only those their organisation is a party to', async () => {
    const titles = async (s: TestSession) =>
      (await get('/api/partnerships', s))
        .json()
        .partnerships.map((p: { title: string }) => p.title);
    expect(await titles(employer)).toEqual(['Belgium–Morocco ICT talent partnership']);
    expect(await titles(candidate)).toEqual([]);
    const id = await idOf('Nigeria–Lithuania ICT scheme');
    expect((await get(`/api/partnerships/${id}`, employer)).statusCode).toBe(404);
  });

  it('GIVEN the Belgium–Morocco partnership on 21 November 2026 THEN its dashboard maps the stakeholders, flags overdue actions and the coming review, and scores readiness', async () => {
    const response = await get(
      `/api/partnerships/${await idOf('Belgium–Morocco ICT talent partnership')}`,
      employer,
    );
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.stakeholderMap.sides.map((s: { side: string }) => s.side)).toEqual([
      'origin',
      'destination',
    ]);
    expect(body.placesPerTrack).toEqual({ home: 60, away: 60 });
    expect(body.reminders).toEqual([
      expect.objectContaining({ kind: 'review', dueOn: '2026-12-01', daysLeft: 10 }),
    ]);
    expect(
      body.timeline
        .filter((e: { overdue: boolean }) => e.overdue)
        .map((e: { title: string }) => e.title),
    ).toEqual(['Train the second cohort', 'Match away-track graduates to Belgian vacancies']);
    const recognition = body.scorecard.prerequisites.find(
      (p: { prerequisite: string }) => p.prerequisite === 'skills_recognition',
    );
    expect(recognition.checks).toContainEqual({ key: 'recognition_clause', met: true });
    expect(body.scorecard.prerequisites).toHaveLength(8);
  });

  it.each([
    ['dates out of order', { endsOn: '2026-12-31' }, 'partnerships.dates_out_of_order', 'endsOn'],
    [
      'a quota above 100%',
      { quotas: { trackShares: { away: 120 } } },
      'partnerships.quota_out_of_range',
      'quotas.trackShares.away',
    ],
    [
      'quotas that cannot hold together',
      { quotas: { trackShares: { home: 70, away: 50 } } },
      'partnerships.quotas_inconsistent',
      'quotas.trackShares',
    ],
    [
      'a party that is not an organisation',
      { parties: [{ organisationId: 'not-an-organisation', role: 'funder' }] },
      'partnerships.not_an_organisation',
      'parties.0.organisationId',
    ],
  ])(
    'GIVEN %s WHEN creating a partnership THEN 422 names the field and nothing changes',
    async (_s, change, code, field) => {
      const before = await partnershipCount();
      const response = await send('POST', '/api/partnerships', coordinator, {
        ...draft(),
        ...change,
      });
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        code,
        fields: expect.arrayContaining([expect.objectContaining({ field })]),
      });
      expect(await partnershipCount()).toBe(before);
    },
  );

  it("GIVEN a person's own account as a party WHEN creating THEN it is refused as not an organisation", async () => {
    const [person] = await demo.handle.db
      .select({ id: organisation.id })
      .from(organisation)
      .where(eq(organisation.kind, 'individual'))
      .limit(1);
    const response = await send('POST', '/api/partnerships', coordinator, {
      ...draft(),
      parties: [{ organisationId: person?.id, role: 'employer' }],
    });
    expect(response.json().code).toBe('partnerships.not_an_organisation');
  });

  it('GIVEN a coordinator WHEN creating a valid partnership THEN it is stored, audited, and an employer may not create one', async () => {
    expect((await send('POST', '/api/partnerships', employer, draft())).statusCode).toBe(403);
    const response = await send('POST', '/api/partnerships', coordinator, draft());
    expect(response.statusCode).toBe(201);
    const id = response.json().partnership.id;
    expect(response.json().partnership.parties).toHaveLength(2);
    const audits = await demo.handle.db
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.entityId, id));
    expect(audits.map((a) => a.action)).toEqual(['partnership.create']);
  });

  it('GIVEN a partnership WHEN registering an agreement with a document THEN it is in the register and downloadable; a bad clause is refused', async () => {
    const id = await idOf('Belgium–Morocco ICT talent partnership');
    const content = Buffer.from('%PDF-1.4 skills module').toString('base64');
    const agreement = {
      title: 'Skills module 2027',
      kind: 'skills_module',
      signedOn: '2026-11-01',
      effectiveFrom: '2027-01-01',
      reviewOn: '2027-12-01',
      expiresOn: '2028-12-31',
      clauses: [{ kind: 'cost_sharing', text: 'Shared 60/40' }],
      document: { fileName: 'module.pdf', mediaType: 'application/pdf', contentBase64: content },
    };
    const created = await send(
      'POST',
      `/api/partnerships/${id}/agreements`,
      coordinator,
      agreement,
    );
    expect(created.statusCode).toBe(201);
    const file = await get(
      `/api/partnerships/${id}/agreements/${created.json().id}/document`,
      employer,
    );
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('%PDF-1.4 skills module');
    const bad = await send('POST', `/api/partnerships/${id}/agreements`, coordinator, {
      ...agreement,
      expiresOn: '2027-06-01',
      clauses: [{ kind: 'recognition', recognitionAgreementId: 'no-such-agreement' }],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().fields.map((f: { field: string }) => f.field)).toEqual([
      'expiresOn',
      'clauses.0.recognitionAgreementId',
    ]);
  });

  it("GIVEN an action owned by the trainer's school WHEN the trainer marks it done THEN evidence is required, and then it is no longer overdue", async () => {
    const id = await idOf('Belgium–Morocco ICT talent partnership');
    const plan = (await get(`/api/partnerships/${id}/plan`, trainer)).json();
    const action = plan.actions.find(
      (a: { title: string }) => a.title === 'Train the second cohort',
    );
    const url = `/api/partnerships/${id}/plan/actions/${action.id}`;
    expect((await send('PATCH', url, trainer, { status: 'done' })).json().code).toBe(
      'partnerships.missing_evidence',
    );
    expect(
      (await send('PATCH', url, trainer, { status: 'done', evidence: ['61 certificates'] }))
        .statusCode,
    ).toBe(204);
    const other = plan.actions.find(
      (a: { title: string }) => a.title === 'Match away-track graduates to Belgian vacancies',
    );
    expect(
      (
        await send('PATCH', `/api/partnerships/${id}/plan/actions/${other.id}`, trainer, {
          status: 'blocked',
        })
      ).statusCode,
    ).toBe(403);
    const timeline = (await get(`/api/partnerships/${id}`, trainer)).json().timeline;
    expect(timeline.find((e: { id: string }) => e.id === action.id)).toMatchObject({
      status: 'done',
      overdue: false,
    });
  });

  it('GIVEN a coordinator of a party WHEN assessing a prerequisite THEN the scorecard averages it with the evidence; a level of 7 is refused, and outsiders may not assess', async () => {
    const outside = await idOf('Milan/Turin–Tunis/Sfax city-to-city partnership');
    const outsideUrl = `/api/partnerships/${outside}/scorecard/cost_sharing`;
    expect((await send('PUT', outsideUrl, coordinator, { level: 3 })).statusCode).toBe(404);
    // A party member who is not a coordinator sees the partnership, so may be told no.
    const own = await idOf('Belgium–Morocco ICT talent partnership');
    expect(
      (await send('PUT', `/api/partnerships/${own}/scorecard/cost_sharing`, employer, { level: 3 }))
        .statusCode,
    ).toBe(403);
    const id = await idOf('Belgium–Morocco ICT talent partnership');
    const url = `/api/partnerships/${id}/scorecard/cost_sharing`;
    expect((await send('PUT', url, coordinator, { level: 7 })).statusCode).toBe(400);
    const response = await send('PUT', url, coordinator, { level: 4, note: 'Budget agreed' });
    expect(response.statusCode).toBe(200);
    const cost = response
      .json()
      .scorecard.prerequisites.find(
        (p: { prerequisite: string }) => p.prerequisite === 'cost_sharing',
      );
    expect(cost).toMatchObject({ evidenceScore: 67, score: 84, assessment: { level: 4 } });
  });
});
