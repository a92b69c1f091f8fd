import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/database.js';
import { auditEvent } from '../accounts/accounts.schema.js';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import { OCCUPATIONS } from './demo/esco-ict.js';
import { addMemberOf, seedRecognitionTestData } from './recognition.test-support.js';

const SOFTWARE_DEVELOPER_ID = OCCUPATIONS.softwareDeveloper.split('/').pop()!;
const MA_DIPLOMA = 'ma-ts-developpement-digital';

/** An agreement from Morocco to Belgium; the web-developer scope keeps it out of the case below. */
const maToBe = (id: string, extra: object = {}) => ({
  id,
  title: `test ${id}`,
  from: { country: 'MA' },
  to: { country: 'BE' },
  direction: 'unilateral',
  mode: 'automatic',
  measures: [],
  scope: { qualificationIds: [], occupations: [OCCUPATIONS.webDeveloper], levels: [] },
  validFrom: '2026-01-01',
  source: 'test',
  ...extra,
});

interface Listed {
  id: string;
  status: string;
  version: number;
  supersedes: string | null;
  supersededBy: string | null;
}

describe.each(testEngines())('recognition agreements: who writes them ($name)', (engine) => {
  let demo: DemoApp;
  let beOfficer: TestSession;
  let maOfficer: TestSession;
  let partnershipCoordinator: TestSession;
  let outsideCoordinator: TestSession;
  let candidate: TestSession;
  beforeAll(async () => {
    demo = await startDemoApp(engine);
    await seedRecognitionTestData(demo.handle.db);
    beOfficer = await demo.loginAs('recognition_officer'); // BE recognition body
    partnershipCoordinator = await demo.loginAs('coordinator'); // party to the MA–BE partnership
    candidate = await demo.loginAs('candidate');
    maOfficer = await addMemberOf(
      demo,
      { country: 'MA', kind: 'recognition_body' },
      'recognition_officer',
    );
    outsideCoordinator = await addMemberOf(
      demo,
      { country: 'FR', kind: 'government' },
      'coordinator',
    );
  });
  afterAll(() => demo.close());

  const post = (url: string, payload: object, session: TestSession) =>
    demo.app.inject({ method: 'POST', url, payload, headers: session.headers });
  const listed = async (): Promise<Listed[]> =>
    (await demo.app.inject({ method: 'GET', url: '/api/recognition/agreements' })).json()
      .agreements;
  const find = async (id: string) => (await listed()).find((a) => a.id === id);
  const audited = async (action: string, id: string) =>
    demo.handle.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, action), eq(auditEvent.entityId, id)));

  it('GIVEN a Moroccan officer WHEN adding an agreement recognised in Belgium THEN 403 naming the field, nothing stored', async () => {
    const response = await post(
      '/api/recognition/agreements',
      { agreements: [maToBe('ma-officer-into-be')] },
      maOfficer,
    );
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({
      code: 'recognition.agreement_not_yours',
      fields: [{ field: 'agreements[0].to.country' }],
    });
    expect(response.json().fields[0].reason).toContain('recognition officers of BE');
    expect(await find('ma-officer-into-be')).toBeUndefined();
  });

  it('GIVEN a Belgian officer WHEN adding a mutual MA–BE agreement THEN 403: Morocco recognises under it too', async () => {
    const response = await post(
      '/api/recognition/agreements',
      { agreements: [maToBe('be-officer-mutual', { direction: 'mutual' })] },
      beOfficer,
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().fields[0].reason).toContain('BE and MA');
    expect(await find('be-officer-mutual')).toBeUndefined();
  });

  it('GIVEN a coordinator of no MA–BE partnership WHEN adding an agreement THEN 403', async () => {
    const response = await post(
      '/api/recognition/agreements',
      { agreements: [maToBe('outsider')] },
      outsideCoordinator,
    );
    expect(response.statusCode).toBe(403);
    expect(await find('outsider')).toBeUndefined();
  });

  it('GIVEN the destination officer WHEN adding an agreement THEN stored as version 1 in force, audited', async () => {
    const response = await post(
      '/api/recognition/agreements',
      { agreements: [maToBe('be-officer-into-be')] },
      beOfficer,
    );
    expect(response.statusCode).toBe(204);
    expect(await find('be-officer-into-be')).toMatchObject({
      status: 'in_force',
      version: 1,
      supersedes: null,
    });
    const [event] = await audited('recognition_agreement.add', 'be-officer-into-be');
    expect(event).toMatchObject({
      actorUserId: beOfficer.userId,
      detail: { from: 'MA', to: 'BE' },
    });
  });

  it('GIVEN the same id again THEN 409: terms change only by amendment', async () => {
    const response = await post(
      '/api/recognition/agreements',
      {
        agreements: [
          maToBe('be-officer-into-be', { mode: 'conditional', measures: ['aptitude_test'] }),
        ],
      },
      beOfficer,
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('recognition.agreement_exists');
  });

  it('GIVEN a coordinator of the MA–BE partnership WHEN adding a mutual agreement THEN stored', async () => {
    const response = await post(
      '/api/recognition/agreements',
      { agreements: [maToBe('coordinator-mutual', { direction: 'mutual' })] },
      partnershipCoordinator,
    );
    expect(response.statusCode).toBe(204);
    expect((await find('coordinator-mutual'))?.status).toBe('in_force');
  });

  it('GIVEN a Moroccan officer WHEN amending or retiring a Belgian agreement THEN 403 and it stays in force', async () => {
    const amend = await post(
      '/api/recognition/agreements/be-officer-into-be/amendments',
      { agreement: maToBe('ma-officer-amendment') },
      maOfficer,
    );
    expect(amend.statusCode).toBe(403);
    const retire = await post(
      '/api/recognition/agreements/be-officer-into-be/retirement',
      { reason: 'not mine' },
      maOfficer,
    );
    expect(retire.statusCode).toBe(403);
    expect(retire.json().code).toBe('recognition.agreement_not_yours');
    expect((await find('be-officer-into-be'))?.status).toBe('in_force');
    expect(await find('ma-officer-amendment')).toBeUndefined();
  });

  it('GIVEN the Belgian officer WHEN amending a Belgian agreement into a Moroccan one THEN 403', async () => {
    const response = await post(
      '/api/recognition/agreements/be-officer-into-be/amendments',
      { agreement: maToBe('be-into-ma', { from: { country: 'BE' }, to: { country: 'MA' } }) },
      beOfficer,
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().fields[0].field).toBe('agreement.to.country');
  });

  it('GIVEN an unknown agreement WHEN retiring it THEN 404', async () => {
    const response = await post(
      '/api/recognition/agreements/no-such-agreement/retirement',
      { reason: 'x' },
      beOfficer,
    );
    expect(response.statusCode).toBe(404);
  });

  describe('decisions and versions', () => {
    const decide = async () => {
      const submitted = await post(
        '/api/recognition/cases',
        {
          target: { country: 'BE', occupation: SOFTWARE_DEVELOPER_ID },
          qualificationIds: [MA_DIPLOMA],
        },
        candidate,
      );
      expect(submitted.statusCode).toBe(201);
      const id: string = submitted.json().id;
      await post(`/api/recognition/cases/${id}/steps`, { step: 'start_review' }, beOfficer);
      const decided = await post(
        `/api/recognition/cases/${id}/steps`,
        { step: 'decide', outcome: 'partial', reasons: 'test' },
        beOfficer,
      );
      expect(decided.statusCode).toBe(200);
      return id;
    };
    const appliedAgreement = async (caseId: string) => {
      const seen = await demo.app.inject({
        method: 'GET',
        url: `/api/recognition/cases/${caseId}`,
        headers: { cookie: candidate.cookie },
      });
      const reasons: { kind: string; agreementId?: string }[] = seen.json().evaluation.reasons;
      return reasons.find((r) => r.kind === 'agreement_applied')?.agreementId ?? null;
    };
    const amended = {
      ...maToBe('ma-be-ict-2026', { direction: 'mutual', mode: 'conditional' }),
      measures: ['bridging_training'],
      scope: {
        qualificationIds: [],
        occupations: [OCCUPATIONS.softwareDeveloper],
        levels: [{ frameworkId: 'eqf', levels: [4, 5, 6] }],
      },
    };

    it('GIVEN a decision under an agreement WHEN it is amended THEN the old decision keeps naming the old version and new decisions apply the new one', async () => {
      const before = await decide();
      expect(await appliedAgreement(before)).toBe('ma-be-ict-2024');

      const response = await post(
        '/api/recognition/agreements/ma-be-ict-2024/amendments',
        { agreement: amended },
        partnershipCoordinator,
      );
      expect(response.statusCode).toBe(204);
      expect(await find('ma-be-ict-2024')).toMatchObject({
        status: 'superseded',
        version: 1,
        supersededBy: 'ma-be-ict-2026',
      });
      expect(await find('ma-be-ict-2026')).toMatchObject({
        status: 'in_force',
        version: 2,
        supersedes: 'ma-be-ict-2024',
      });
      expect(await audited('recognition_agreement.amend', 'ma-be-ict-2026')).toHaveLength(1);

      expect(await appliedAgreement(before)).toBe('ma-be-ict-2024');
      expect(await appliedAgreement(await decide())).toBe('ma-be-ict-2026');
    });

    it('GIVEN a superseded version WHEN amending it again THEN 409', async () => {
      const response = await post(
        '/api/recognition/agreements/ma-be-ict-2024/amendments',
        { agreement: { ...amended, id: 'ma-be-ict-2027' } },
        partnershipCoordinator,
      );
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('recognition.agreement_not_in_force');
    });

    it('GIVEN a retired agreement THEN it no longer applies to new decisions, and is kept and audited', async () => {
      const before = await decide();
      const response = await post(
        '/api/recognition/agreements/ma-be-ict-2026/retirement',
        { reason: 'replaced by the 2027 partnership' },
        partnershipCoordinator,
      );
      expect(response.statusCode).toBe(204);
      expect(await find('ma-be-ict-2026')).toMatchObject({ status: 'retired' });
      expect(await audited('recognition_agreement.retire', 'ma-be-ict-2026')).toHaveLength(1);
      expect(await appliedAgreement(before)).toBe('ma-be-ict-2026');
      expect(await appliedAgreement(await decide())).toBeNull();
    });
  });
});
