import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/database.js';
import { auditEvent } from '../accounts/accounts.schema.js';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import { ESSENTIAL_SKILLS, OCCUPATIONS } from '../recognition/demo/esco-ict.js';
import { seedRecognitionTestData } from '../recognition/recognition.test-support.js';
import { skill } from '../taxonomy/taxonomy.schema.js';

const MA_DIPLOMA = 'ma-ts-developpement-digital';
const ESSENTIAL = ESSENTIAL_SKILLS[OCCUPATIONS.softwareDeveloper]!;

interface Match {
  opening: { id: string };
  score: number;
  explanation: {
    essential: { held: { uri: string; evidence: string }[] };
    qualification: { factor: number; recognition: string | null };
    predictedRecognition: {
      status: string;
      outcome: string;
      compensation: { kind: string; skills: unknown[] }[];
    } | null;
  };
}

// Issue 23, part 3: a decision or an RPL result reaches the next match request, without restart.
describe.each(testEngines())('decisions flow into matching ($name)', (engine) => {
  let demo: DemoApp;
  let candidate: TestSession;
  let officer: TestSession;
  let employer: TestSession;
  let vacancyId: string;
  let candidateId: string;

  const call = (session: TestSession, method: 'GET' | 'PUT' | 'POST', url: string, body?: object) =>
    demo.app.inject({ method, url, headers: session.headers, ...(body ? { payload: body } : {}) });
  const matchOfVacancy = async (): Promise<Match> => {
    const response = await call(candidate, 'GET', '/api/matching/me/openings?country=BE');
    expect(response.statusCode).toBe(200);
    const found = response
      .json<{ matches: Match[] }>()
      .matches.find((m) => m.opening.id === vacancyId);
    expect(found).toBeDefined();
    return found!;
  };
  const evidenceOf = (m: Match, uri: string) =>
    m.explanation.essential.held.find((h) => h.uri === uri)?.evidence;

  beforeAll(async () => {
    demo = await startDemoApp(engine);
    await seedRecognitionTestData(demo.handle.db);
    await demo.handle.db
      .insert(skill)
      .values(ESSENTIAL.map((uri) => ({ versionId: 'test-esco', uri, preferredLabel: uri })));
    [candidate, officer, employer] = await Promise.all([
      demo.loginAs('candidate'),
      demo.loginAs('recognition_officer'),
      demo.loginAs('employer'),
    ]);
    const saved = await call(candidate, 'PUT', '/api/candidates/me', {
      name: 'Amina Test',
      residenceCountry: 'MA',
      nationality: 'MA',
      skills: ESSENTIAL.map((uri) => ({ uri, evidence: 'self_declared', source: 'self' })),
      qualifications: [{ title: 'Technicien spécialisé', qualificationId: MA_DIPLOMA }],
      preferences: { destinationCountries: ['BE'], tracks: ['away'], sectors: [] },
    });
    expect(saved.statusCode).toBeLessThan(300);
    candidateId = saved.json().id;
    await call(candidate, 'PUT', '/api/candidates/me/consents/partnership_matching');
    await call(candidate, 'PUT', '/api/candidates/me/consents/employer_sharing');
    const me = (await call(employer, 'GET', '/api/auth/me')).json();
    const vacancy = await call(employer, 'POST', '/api/vacancies', {
      title: 'Software developer',
      employerId: me.user.memberships[0].organisationId,
      occupationUri: OCCUPATIONS.softwareDeveloper,
      essentialSkills: ESSENTIAL,
      optionalSkills: [],
      languages: [],
      country: 'BE',
      positions: 1,
      contractType: 'permanent',
      legalPathway: 'single permit',
      track: 'away',
    });
    expect(vacancy.statusCode).toBe(201);
    vacancyId = vacancy.json().id;
  });
  afterAll(() => demo.close());

  it('GIVEN no decided case THEN the explanation carries the predicted outcome, labelled, with its compensation pathway', async () => {
    const match = await matchOfVacancy();
    expect(match.explanation.qualification.recognition).toBeNull();
    const predicted = match.explanation.predictedRecognition!;
    expect(predicted).toMatchObject({ status: 'predicted', outcome: 'partial' });
    expect(predicted.compensation.length).toBeGreaterThan(0);
    expect(predicted.compensation[0]!.skills.length).toBeGreaterThan(0);

    const shortlist = await call(employer, 'GET', `/api/matching/openings/${vacancyId}/candidates`);
    expect(shortlist.statusCode).toBe(200);
    const seen = shortlist
      .json<{ matches: (Match & { candidate: { id: string } })[] }>()
      .matches.find((m) => m.candidate.id === candidateId);
    expect(seen?.explanation.predictedRecognition).toEqual(predicted);
  });

  it('WHEN an officer decides "partial" THEN the very next match shows the decision, the certified skills and a new score; the source is on the profile and audited', async () => {
    const before = await matchOfVacancy();
    const submitted = await call(candidate, 'POST', '/api/recognition/cases', {
      target: { country: 'BE', occupation: OCCUPATIONS.softwareDeveloper },
      qualificationIds: [MA_DIPLOMA],
    });
    const caseId = submitted.json().id as string;
    await call(officer, 'POST', `/api/recognition/cases/${caseId}/steps`, { step: 'start_review' });
    const decided = await call(officer, 'POST', `/api/recognition/cases/${caseId}/steps`, {
      step: 'decide',
      outcome: 'partial',
      reasons: 'Bridging training required.',
    });
    expect(decided.statusCode).toBe(200);
    const covered = (decided.json().evaluation.coverage.covered as { skillUri: string }[]).map(
      (s) => s.skillUri,
    );
    expect(covered.length).toBeGreaterThan(0);

    const after = await matchOfVacancy();
    expect(after.explanation.qualification.recognition).toBe('partial');
    expect(after.explanation.predictedRecognition).toBeNull();
    for (const uri of covered) {
      expect(evidenceOf(before, uri)).toBe('self_declared');
      expect(evidenceOf(after, uri)).toBe('certified');
    }
    expect(after.score).not.toBe(before.score);

    const profile = (await call(candidate, 'GET', '/api/candidates/me')).json();
    const sources = new Map(
      (profile.profile.skills as { uri: string; source: string }[]).map((s) => [s.uri, s.source]),
    );
    for (const uri of covered) expect(sources.get(uri)).toBe(`recognition:${caseId}`);
    const audited = await demo.handle.db
      .select()
      .from(auditEvent)
      .where(
        and(
          eq(auditEvent.action, 'candidate.evidence_raise'),
          eq(auditEvent.subjectUserId, candidate.userId),
        ),
      );
    expect(audited.map((a) => a.detail.cause)).toContain(`recognition_case:${caseId}`);
  });

  it('WHEN an RPL assessment finds a skill demonstrated THEN the next match holds it as assessed, sourced to the assessment', async () => {
    const before = await matchOfVacancy();
    const target = ESSENTIAL.find((uri) => evidenceOf(before, uri) === 'self_declared')!;
    expect(target).toBeDefined();
    const recorded = await call(officer, 'POST', '/api/recognition/rpl-assessments', {
      personUserId: candidate.userId,
      assessor: 'Test centre',
      assessorCertifies: false,
      method: 'practical_demonstration',
      place: { country: 'MA', onsiteAbroad: false },
      date: '2026-11-01',
      results: [{ skillUri: target, result: 'demonstrated' }],
    });
    expect(recorded.statusCode).toBe(201);
    const after = await matchOfVacancy();
    expect(evidenceOf(after, target)).toBe('assessed');
    expect(after.score).toBeGreaterThan(before.score);
    const profile = (await call(candidate, 'GET', '/api/candidates/me')).json();
    const held = (profile.profile.skills as { uri: string; source: string }[]).find(
      (s) => s.uri === target,
    );
    expect(held?.source).toBe(`rpl:${recorded.json().id}`);
  });
});
