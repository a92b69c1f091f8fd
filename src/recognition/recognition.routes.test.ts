import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/database.js';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import { auditEvent } from '../accounts/accounts.schema.js';
import { OCCUPATIONS } from './demo/esco-ict.js';
import { addMemberOf, seedRecognitionTestData } from './recognition.test-support.js';

const SOFTWARE_DEVELOPER_ID = OCCUPATIONS.softwareDeveloper.split('/').pop()!;
const MA_DIPLOMA = 'ma-ts-developpement-digital';

describe.each(testEngines())('recognition API ($name)', (engine) => {
  let demo: DemoApp;
  let candidate: TestSession;
  let officer: TestSession;
  beforeAll(async () => {
    demo = await startDemoApp(engine);
    await seedRecognitionTestData(demo.handle.db);
    candidate = await demo.loginAs('candidate');
    officer = await demo.loginAs('recognition_officer');
  });
  afterAll(() => demo.close());

  const post = (url: string, payload: unknown, session: TestSession) =>
    demo.app.inject({ method: 'POST', url, payload: payload as object, headers: session.headers });
  const get = (url: string, session: TestSession) =>
    demo.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
  const auditCount = async () =>
    (
      await demo.handle.db
        .select({ n: count() })
        .from(auditEvent)
        .where(eq(auditEvent.entity, 'recognition_case'))
    )[0]!.n;

  it('GIVEN the Moroccan diploma WHEN evaluating software developer in Belgium THEN partial, explained', async () => {
    const response = await post(
      '/api/recognition/evaluate',
      {
        target: { country: 'BE', occupation: SOFTWARE_DEVELOPER_ID },
        qualificationIds: [MA_DIPLOMA],
        asOf: '2026-01-15',
      },
      candidate,
    );
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      outcome: 'partial',
      qualificationId: MA_DIPLOMA,
      asOf: '2026-01-15',
    });
    expect(body.coverage.missing.length).toBeGreaterThan(0);
    expect(body.explanation[0]).toContain('ma-be-ict-2024');
  });

  it('GIVEN an ad-hoc qualification in an unknown framework THEN 422 naming the field', async () => {
    const adhoc = {
      id: 'x',
      title: 'x',
      awardingBody: 'x',
      country: 'MA',
      level: { frameworkId: 'nope', level: 1 },
      iscedLevel: 4,
      iscedField: '0613',
      learningOutcomes: [],
      occupations: [],
      regulated: false,
    };
    const response = await post(
      '/api/recognition/evaluate',
      { target: { country: 'BE', occupation: SOFTWARE_DEVELOPER_ID }, qualifications: [adhoc] },
      candidate,
    );
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'recognition.unknown_framework' });
    expect(JSON.stringify(response.json())).toContain('qualifications[0].level.frameworkId');
  });

  it('GIVEN an agreement with inverted dates THEN 422 naming validUntil, and nothing is stored', async () => {
    const before = (await get('/api/recognition/agreements', officer)).json().agreements.length;
    const agreement = {
      id: 'bad',
      title: 'bad',
      from: { country: 'MA' },
      to: { country: 'BE' },
      direction: 'unilateral',
      mode: 'automatic',
      measures: [],
      scope: { qualificationIds: [], occupations: [OCCUPATIONS.webDeveloper], levels: [] },
      validFrom: '2027-01-01',
      validUntil: '2026-01-01',
      source: 'test',
    };
    const response = await post(
      '/api/recognition/agreements',
      { agreements: [agreement] },
      officer,
    );
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'recognition.agreement_inverted_dates' });
    expect(JSON.stringify(response.json())).toContain('validUntil');
    expect((await get('/api/recognition/agreements', officer)).json().agreements).toHaveLength(
      before,
    );
  });

  it('GIVEN a candidate WHEN writing an agreement THEN 403', async () => {
    expect(
      (await post('/api/recognition/agreements', { agreements: [] }, candidate)).statusCode,
    ).toBeOneOf([400, 403]);
    const response = await post(
      '/api/recognition/qualifications',
      {
        qualifications: [
          {
            id: 'q',
            title: 'q',
            awardingBody: 'b',
            country: 'MA',
            level: { frameworkId: 'ma-nqf', level: 4 },
            iscedLevel: 4,
            iscedField: '0613',
            learningOutcomes: [],
            occupations: [],
            regulated: false,
          },
        ],
      },
      candidate,
    );
    expect(response.statusCode).toBe(403);
  });

  it('GIVEN a case THEN submit → review → decide → appeal → decide appeal, each step audited and visible to the applicant', async () => {
    const audited = await auditCount();
    const submitted = await post(
      '/api/recognition/cases',
      {
        target: { country: 'BE', occupation: SOFTWARE_DEVELOPER_ID },
        qualificationIds: [MA_DIPLOMA],
      },
      candidate,
    );
    expect(submitted.statusCode).toBe(201);
    const id = submitted.json().id;
    expect(submitted.json()).toMatchObject({ status: 'submitted', targetCountry: 'BE' });
    expect(submitted.json().dueAt).toBeTruthy();

    expect(
      (await post(`/api/recognition/cases/${id}/steps`, { step: 'start_review' }, candidate))
        .statusCode,
    ).toBe(403);
    expect(
      (await post(`/api/recognition/cases/${id}/steps`, { step: 'start_review' }, officer))
        .statusCode,
    ).toBe(200);
    const decided = await post(
      `/api/recognition/cases/${id}/steps`,
      { step: 'decide', outcome: 'partial', reasons: 'Bridging training required.' },
      officer,
    );
    expect(decided.json()).toMatchObject({ status: 'decided', outcome: 'partial' });
    expect(decided.json().evaluation.outcome).toBe('partial');
    expect(
      (
        await post(
          `/api/recognition/cases/${id}/steps`,
          { step: 'decide', outcome: 'recognised', reasons: 'again' },
          officer,
        )
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await post(
          `/api/recognition/cases/${id}/steps`,
          { step: 'appeal', grounds: 'My experience was not counted.' },
          candidate,
        )
      ).json().status,
    ).toBe('appealed');
    await post(
      `/api/recognition/cases/${id}/steps`,
      { step: 'decide_appeal', outcome: 'partial', reasons: 'Upheld.' },
      officer,
    );

    const seen = await get(`/api/recognition/cases/${id}`, candidate);
    expect(seen.json().status).toBe('appeal_decided');
    expect(seen.json().events.map((e: { step: string }) => e.step)).toEqual([
      'submit',
      'start_review',
      'decide',
      'appeal',
      'decide_appeal',
    ]);
    expect(await auditCount()).toBe(audited + 5);
    expect(
      (await get('/api/recognition/cases', candidate))
        .json()
        .cases.map((c: { id: string }) => c.id),
    ).toContain(id);
  });
  it('GIVEN a case the caller may not see THEN 404 with the same body as for a case that does not exist', async () => {
    const submitted = await post(
      '/api/recognition/cases',
      {
        target: { country: 'BE', occupation: SOFTWARE_DEVELOPER_ID },
        qualificationIds: [MA_DIPLOMA],
      },
      candidate,
    );
    const id: string = submitted.json().id;
    const otherCandidate = await addMemberOf(
      demo,
      { country: 'SN', kind: 'individual' },
      'candidate',
    );
    const frenchOfficer = await addMemberOf(
      demo,
      { country: 'FR', kind: 'recognition_body' },
      'recognition_officer',
    );
    const missing = await get(`/api/recognition/cases/${randomUUID()}`, otherCandidate);
    expect(missing.statusCode).toBe(404);
    for (const outsider of [otherCandidate, frenchOfficer]) {
      const read = await get(`/api/recognition/cases/${id}`, outsider);
      expect(read.statusCode).toBe(404);
      expect(read.json()).toEqual(missing.json());
    }
    const missingStep = await post(
      `/api/recognition/cases/${randomUUID()}/steps`,
      { step: 'start_review' },
      frenchOfficer,
    );
    for (const [outsider, step] of [
      [frenchOfficer, { step: 'start_review' }],
      [otherCandidate, { step: 'appeal', grounds: 'not mine' }],
    ] as const) {
      const stepped = await post(`/api/recognition/cases/${id}/steps`, step, outsider);
      expect(stepped.statusCode).toBe(404);
      expect(stepped.json()).toEqual(missingStep.json());
    }
    expect((await get(`/api/recognition/cases/${id}`, officer)).json().status).toBe('submitted');
  });
});
