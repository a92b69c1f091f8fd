import { and, eq } from 'drizzle-orm';
import { decodeJwt } from 'jose';
import { Resolver } from 'did-resolver';
import { verifyJWT } from 'did-jwt';
import { getResolver } from 'key-did-resolver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/database.js';
import { auditEvent, membership } from '../accounts/accounts.schema.js';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import { OCCUPATIONS } from '../recognition/demo/esco-ict.js';
import { seedRecognitionTestData } from '../recognition/recognition.test-support.js';
import { decodeStatusList, statusBit } from './status-list.js';

const SOFTWARE_DEVELOPER_ID = OCCUPATIONS.softwareDeveloper.split('/').pop()!;
const MA_DIPLOMA = 'ma-ts-developpement-digital';
/** did-jwt bundles its own did-resolver types; the resolver is the same at run time. */
const independent = new Resolver(getResolver()) as unknown as NonNullable<
  Parameters<typeof verifyJWT>[1]
>['resolver'];

describe.each(testEngines())('skills passport API ($name)', (engine) => {
  let demo: DemoApp;
  let candidate: TestSession;
  let officer: TestSession;
  let officerOrg: string;
  let credentialId: string;
  let jwt: string;

  const post = (url: string, payload: unknown, session?: TestSession) =>
    demo.app.inject({
      method: 'POST',
      url,
      payload: payload as object,
      headers: session?.headers ?? {},
    });
  const get = (url: string, session?: TestSession) =>
    demo.app.inject({ method: 'GET', url, headers: session ? { cookie: session.cookie } : {} });
  const verify = async (credential: string) =>
    (await post('/api/credentials/verify', { credential })).json<{
      status: string;
      results: { reasons: string[] }[];
    }>();

  beforeAll(async () => {
    demo = await startDemoApp(engine);
    await seedRecognitionTestData(demo.handle.db);
    candidate = await demo.loginAs('candidate');
    officer = await demo.loginAs('recognition_officer');
    const [m] = await demo.handle.db
      .select()
      .from(membership)
      .where(
        and(eq(membership.userId, officer.userId), eq(membership.role, 'recognition_officer')),
      );
    officerOrg = m!.organisationId;
    const submitted = await post(
      '/api/recognition/cases',
      {
        target: { country: 'BE', occupation: SOFTWARE_DEVELOPER_ID },
        qualificationIds: [MA_DIPLOMA],
      },
      candidate,
    );
    const caseId = submitted.json().id;
    await post(`/api/recognition/cases/${caseId}/steps`, { step: 'start_review' }, officer);
    const decided = await post(
      `/api/recognition/cases/${caseId}/steps`,
      { step: 'decide', outcome: 'partial', reasons: 'Bridging training required.' },
      officer,
    );
    expect(decided.statusCode).toBe(200);
  });
  afterAll(() => demo.close());

  it('GIVEN a decided case WHEN the applicant asks for older records THEN the deciding body issues one decision credential, audited, once', async () => {
    const issued = await post('/api/credentials/mine/issue', {}, candidate);
    expect(issued.statusCode).toBe(200);
    expect(issued.json().issued).toHaveLength(1);
    expect(issued.json().issued[0].kind).toBe('recognition_decision');
    expect((await post('/api/credentials/mine/issue', {}, candidate)).json()).toMatchObject({
      issued: [],
      alreadyIssued: 1,
    });
    const mine = (await get('/api/credentials/mine', candidate)).json();
    expect(mine.holderId).toBe(`urn:uuid:${candidate.userId}`);
    const [credential] = mine.credentials;
    credentialId = credential.id;
    jwt = credential.jwt;
    expect(credential.issuer.organisationId).toBe(officerOrg);
    expect(credential.credential.credentialSubject.recognitionDecision).toMatchObject({
      outcome: 'partial',
      qualifications: [expect.objectContaining({ id: MA_DIPLOMA })],
    });
    const audits = await demo.handle.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'credential.issue'), eq(auditEvent.entityId, credentialId)));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.subjectUserId).toBe(candidate.userId);
  });

  it('GIVEN the credential THEN it verifies here and with did-jwt + key-did-resolver, nobody logged in', async () => {
    expect(await verify(jwt)).toMatchObject({ status: 'valid' });
    const header = JSON.parse(Buffer.from(jwt.split('.')[0]!, 'base64url').toString());
    expect(header).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt' });
    const checked = await verifyJWT(jwt, {
      resolver: independent,
      proofPurpose: 'assertionMethod',
    });
    expect(checked.verified).toBe(true);
    expect(checked.issuer).toMatch(/^did:key:z6Mk/);
    const byId = await get(`/api/credentials/${credentialId}/verification`);
    expect(byId.statusCode).toBe(200);
    expect(byId.json()).toMatchObject({ status: 'valid', jwt });
  });

  it('GIVEN one byte of the payload changed THEN the verifier says tampered', async () => {
    const [h, p, s] = jwt.split('.');
    const bytes = Buffer.from(p!, 'base64url');
    bytes[20] = bytes[20]! ^ 0x01;
    const result = await verify([h, bytes.toString('base64url'), s].join('.'));
    expect(result.status).toBe('tampered');
    expect(result.results[0]!.reasons.join(' ')).toMatch(/altered/);
  });

  it('GIVEN the issuer suspends, reinstates then revokes THEN the status list and every verifier follow, and the holder sees why', async () => {
    const change = (state: string, session = officer) =>
      post(
        `/api/credentials/${credentialId}/status`,
        { state, reason: 'checking the diploma' },
        session,
      );
    expect((await change('revoked', candidate)).statusCode).toBe(403);
    expect((await change('suspended')).statusCode).toBe(200);
    expect((await verify(jwt)).status).toBe('suspended');
    const list = await get(`/api/credentials/status/${officerOrg}/suspension`);
    expect(list.statusCode).toBe(200);
    expect(list.headers['content-type']).toContain('application/vc+jwt');
    const listJwt = list.body;
    const subject = decodeJwt(listJwt).credentialSubject as {
      encodedList: string;
      statusPurpose: string;
    };
    expect(subject.statusPurpose).toBe('suspension');
    const index = Number(
      decodeJwt(jwt).credentialStatus &&
        (decodeJwt(jwt).credentialStatus as { statusListIndex: string }[])[1]!.statusListIndex,
    );
    expect(statusBit(decodeStatusList(subject.encodedList), index)).toBe(true);
    expect(
      (
        await verifyJWT(listJwt, {
          resolver: independent,
          proofPurpose: 'assertionMethod',
          policies: { now: Math.floor(demo.clock.now.getTime() / 1000) },
        })
      ).verified,
    ).toBe(true);

    expect((await change('active')).statusCode).toBe(200);
    expect((await verify(jwt)).status).toBe('valid');
    expect((await change('revoked')).statusCode).toBe(200);
    expect((await verify(jwt)).status).toBe('revoked');
    expect((await change('active')).statusCode).toBe(409);
    const mine = (await get('/api/credentials/mine', candidate)).json();
    expect(mine.credentials[0]).toMatchObject({
      state: 'revoked',
      stateReason: 'checking the diploma',
    });
    const register = (
      await get(`/api/credentials/issued?organisationId=${officerOrg}`, officer)
    ).json();
    expect(register.credentials.map((c: { id: string }) => c.id)).toContain(credentialId);
  });

  it('GIVEN someone else THEN the credential and the register are hidden', async () => {
    const other = await demo.loginAs('employer');
    expect((await get(`/api/credentials/${credentialId}`, other)).statusCode).toBe(404);
    expect(
      (await get(`/api/credentials/issued?organisationId=${officerOrg}`, other)).statusCode,
    ).toBe(403);
    expect((await get('/api/credentials/mine')).statusCode).toBe(401);
  });

  it('GIVEN a key rotation THEN what the old key signed still verifies and the DID document marks it retired', async () => {
    const before = (await get(`/api/credentials/issuers/${officerOrg}/did.json`)).json();
    expect(before.verificationMethod).toHaveLength(1);
    const rotated = await post(`/api/credentials/issuers/${officerOrg}/rotate`, {}, officer);
    expect(rotated.statusCode).toBe(200);
    expect(rotated.json().sequence).toBe(2);
    const after = (await get(`/api/credentials/issuers/${officerOrg}/did.json`)).json();
    expect(after.verificationMethod).toHaveLength(2);
    expect(after.verificationMethod[0].retired).toBeTruthy();
    expect(after.verificationMethod[1].retired).toBeUndefined();
    expect(
      (await verifyJWT(jwt, { resolver: independent, proofPurpose: 'assertionMethod' })).verified,
    ).toBe(true);
    expect((await verify(jwt)).status).toBe('revoked'); // still its status, signature still good
  });

  it('GIVEN a presentation of my credentials THEN it verifies credential by credential; others’ ids are refused', async () => {
    const created = await post('/api/presentations', { credentialIds: [credentialId] }, candidate);
    expect(created.statusCode).toBe(200);
    const presentation = created.json();
    expect(presentation.type).toContain('VerifiablePresentation');
    const checked = (await post('/api/credentials/verify', { presentation })).json();
    expect(checked).toMatchObject({ status: 'revoked', holder: `urn:uuid:${candidate.userId}` });
    const other = await demo.loginAs('employer');
    expect(
      (await post('/api/presentations', { credentialIds: [credentialId] }, other)).statusCode,
    ).toBe(404);
  });

  it('GIVEN bad input THEN a problem naming the field, nothing changed', async () => {
    const bad = await demo.app.inject({
      method: 'PUT',
      url: '/api/credentials/holder',
      payload: { did: 'not a did' },
      headers: candidate.headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('did');
    expect((await get('/api/credentials/mine', candidate)).json().holderDid).toBeNull();
    const neither = await post('/api/credentials/verify', {});
    expect(neither.statusCode).toBe(400);
    expect((await verify('abc')).status).toBe('malformed');
  });
});
