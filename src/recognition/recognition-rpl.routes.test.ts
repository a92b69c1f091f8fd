import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/database.js';
import { auditEvent } from '../accounts/accounts.schema.js';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import { skill } from '../taxonomy/taxonomy.schema.js';
import { ESSENTIAL_SKILLS, OCCUPATIONS } from './demo/esco-ict.js';
import { addMemberOf, seedRecognitionTestData } from './recognition.test-support.js';

const [SKILL, OTHER_SKILL] = ESSENTIAL_SKILLS[OCCUPATIONS.softwareDeveloper]! as [string, string];
const NOT_A_SKILL = 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000';

const assessment = (personUserId: string, skillUris = [SKILL]) => ({
  personUserId,
  assessor: 'Test assessment centre',
  assessorCertifies: true,
  method: 'practical_demonstration',
  place: { country: 'MA', onsiteAbroad: false },
  date: '2026-11-01',
  results: skillUris.map((skillUri) => ({ skillUri, result: 'demonstrated' })),
});

describe.each(testEngines())('RPL: who may record an assessment ($name)', (engine) => {
  let demo: DemoApp;
  let candidate: TestSession; // lives in Morocco (the demo candidate's own account is Moroccan)
  let moroccanTrainer: TestSession; // a Moroccan training provider
  let belgianOfficer: TestSession; // the recognition body of the MA–BE partnership
  let frenchOfficer: TestSession; // no tie to the candidate
  let otherBelgianOfficer: TestSession; // a Belgian recognition body outside the partnership
  beforeAll(async () => {
    demo = await startDemoApp(engine);
    await seedRecognitionTestData(demo.handle.db);
    await demo.handle.db
      .insert(skill)
      .values(
        [SKILL, OTHER_SKILL].map((uri) => ({ versionId: 'test-esco', uri, preferredLabel: uri })),
      );
    candidate = await demo.loginAs('candidate');
    moroccanTrainer = await demo.loginAs('trainer');
    belgianOfficer = await demo.loginAs('recognition_officer');
    frenchOfficer = await addMemberOf(
      demo,
      { country: 'FR', kind: 'recognition_body' },
      'recognition_officer',
    );
    otherBelgianOfficer = await addMemberOf(
      demo,
      { country: 'BE', kind: 'recognition_body' },
      'recognition_officer',
    );
  });
  afterAll(() => demo.close());

  const record = (payload: object, session: TestSession) =>
    demo.app.inject({
      method: 'POST',
      url: '/api/recognition/rpl-assessments',
      payload,
      headers: session.headers,
    });
  const assessmentsOfCandidate = async () =>
    (
      await demo.app.inject({
        method: 'GET',
        url: `/api/recognition/people/${candidate.userId}/rpl`,
        headers: { cookie: candidate.cookie },
      })
    ).json().assessments as unknown[];

  it('GIVEN an assessor with no tie to the person THEN 404, the same answer as for a person who does not exist, and nothing stored', async () => {
    const notYours = await record(assessment(candidate.userId), frenchOfficer);
    const unknown = await record(assessment(randomUUID()), frenchOfficer);
    const unknownToEntitled = await record(assessment(randomUUID()), moroccanTrainer);
    expect(notYours.statusCode).toBe(404);
    expect(notYours.json()).toMatchObject({ code: 'recognition.unknown_person' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual(notYours.json());
    expect(unknownToEntitled.json()).toEqual(notYours.json());
    expect(await assessmentsOfCandidate()).toHaveLength(0);
  });

  it('GIVEN an officer with no tie to the person WHEN reading their RPL results THEN 404 as for an unknown person; an entitled officer reads them', async () => {
    const read = (userId: string, session: TestSession) =>
      demo.app.inject({
        method: 'GET',
        url: `/api/recognition/people/${userId}/rpl`,
        headers: { cookie: session.cookie },
      });
    const notYours = await read(candidate.userId, frenchOfficer);
    expect(notYours.statusCode).toBe(404);
    expect((await read(randomUUID(), belgianOfficer)).json()).toEqual(notYours.json());
    expect((await read(candidate.userId, belgianOfficer)).statusCode).toBe(200);
  });

  it('GIVEN a result for a skill that is not in the active ESCO version THEN 400 naming the result, nothing stored', async () => {
    const response = await record(
      assessment(candidate.userId, [SKILL, NOT_A_SKILL]),
      moroccanTrainer,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'recognition.unknown_skill',
      fields: [{ field: 'results[1].skillUri' }],
    });
    expect(await assessmentsOfCandidate()).toHaveLength(0);
  });

  it('GIVEN a trainer of a training provider of the country the person lives in THEN recorded for that organisation, audited', async () => {
    const response = await record(assessment(candidate.userId), moroccanTrainer);
    expect(response.statusCode).toBe(201);
    const [event] = await demo.handle.db
      .select()
      .from(auditEvent)
      .where(
        and(
          eq(auditEvent.action, 'rpl_assessment.record'),
          eq(auditEvent.entityId, response.json().id),
        ),
      );
    expect(event).toMatchObject({
      actorUserId: moroccanTrainer.userId,
      subjectUserId: candidate.userId,
    });
    expect(event!.detail.organisationId).toEqual(expect.any(String));
    expect(await assessmentsOfCandidate()).toHaveLength(1);
  });

  it('GIVEN the recognition body of a partnership from the country the person lives in THEN recorded', async () => {
    expect((await record(assessment(candidate.userId), belgianOfficer)).statusCode).toBe(201);
  });

  it('GIVEN a recognition body of the country the person applies to THEN refused before the application, recorded after', async () => {
    expect((await record(assessment(candidate.userId), otherBelgianOfficer)).statusCode).toBe(404);
    const applied = await demo.app.inject({
      method: 'POST',
      url: '/api/recognition/cases',
      payload: {
        target: { country: 'BE', occupation: OCCUPATIONS.softwareDeveloper },
        qualificationIds: ['ma-ts-developpement-digital'],
      },
      headers: candidate.headers,
    });
    expect(applied.statusCode).toBe(201);
    expect((await record(assessment(candidate.userId), otherBelgianOfficer)).statusCode).toBe(201);
    expect((await record(assessment(candidate.userId), frenchOfficer)).statusCode).toBe(404);
  });
});
