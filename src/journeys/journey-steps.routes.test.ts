import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvent, outbox } from '../accounts/accounts.schema.js';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import { candidate } from '../people/people.schema.js';
import { testEngines } from '../../test/support/database.js';
import {
  belgiumMoroccoId,
  candidateOfLogin,
  openCertifiedJourney,
  organisationOf,
} from './journeys.test-support.js';
import { queuePermitReminders } from './permit-reminders.service.js';

const SKILL = 'http://data.europa.eu/esco/skill/00000000-0000-4000-8000-0000000000c1';

interface Module {
  id: string;
  topic: string;
  language: string;
  questions: { answer: number; choices: string[] }[];
}

describe.each(testEngines())('the journey steps over HTTP ($name)', (engine) => {
  let demo: DemoApp;
  let coordinator: TestSession;
  let employer: TestSession;
  let person: TestSession;
  let journeyId: string;
  let partnershipId: string;
  let candidateId: string;

  beforeAll(async () => {
    demo = await startDemoApp(engine);
    coordinator = await demo.loginAs('coordinator');
    employer = await demo.loginAs('employer');
    person = await demo.loginAs('candidate');
    const db = demo.handle.db;
    partnershipId = await belgiumMoroccoId(db);
    candidateId = await candidateOfLogin(db, person.userId);
    demo.clock.now = new Date('2026-01-10T09:00:00Z');
    journeyId = await openCertifiedJourney(db, {
      partnershipId,
      candidateId,
      employerId: await organisationOf(db, employer.userId),
      intake: '2026-01',
      occurredOn: '2026-01-05',
      coordinatorUserId: coordinator.userId,
      now: demo.clock.now,
    });
  });
  afterAll(() => demo.close());

  const at = (day: string) => {
    demo.clock.now = new Date(`${day}T10:00:00Z`);
  };
  const get = (s: TestSession, url: string) =>
    demo.app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
  const send = (s: TestSession, method: 'POST' | 'PUT', url: string, payload: object) =>
    demo.app.inject({ method, url, headers: s.headers, payload });
  const journey = async () => (await get(coordinator, `/api/journeys/${journeyId}`)).json();
  const evidenceKinds = async () =>
    (await journey()).evidence.map((e: { kind: string }) => e.kind) as string[];
  const advance = async (
    s: TestSession,
    to: string,
    occurredOn: string,
    evidence: object[] = [],
  ) => {
    const { journey: j } = await journey();
    const response = await send(s, 'POST', `/api/journeys/${journeyId}/advance`, {
      to,
      expectedVersion: j.version,
      occurredOn,
      evidence,
    });
    expect(response.statusCode, `${to}: ${response.body}`).toBe(200);
  };
  const steps = (s: TestSession) => get(s, `/api/journeys/${journeyId}/steps`);
  const url = (path: string) => `/api/journeys/${journeyId}${path}`;

  it('GIVEN a person selected for Belgium WHEN they pass every orientation check THEN orientation_completed is on the journey, and only they answer', async () => {
    await advance(coordinator, 'pre_departure', '2026-01-10', [
      { kind: 'job_offer', value: 'ICT developer, Brussels' },
    ]);
    at('2026-01-15');
    const taken = (await get(person, url('/orientation?language=fr'))).json();
    expect(taken).toMatchObject({ origin: 'MA', destination: 'BE', language: 'fr' });
    expect(taken.modules).toHaveLength(6);
    expect(JSON.stringify(taken.modules)).not.toContain('explanation');
    const keys: Module[] = (
      await get(
        coordinator,
        `/api/partnerships/${partnershipId}/orientation-modules?origin=MA&destination=BE`,
      )
    ).json().modules;
    const keyOf = (id: string) => keys.find((k) => k.id === id) as Module;
    const [first, ...others] = taken.modules as Module[];
    const wrong = keyOf(first!.id).questions.map((q) => (q.answer + 1) % q.choices.length);
    const answer = (s: TestSession, id: string, answers: number[]) =>
      send(s, 'POST', url(`/orientation/modules/${id}/answers`), { answers });
    const failed = await answer(person, first!.id, wrong);
    expect(failed.json()).toMatchObject({ passed: false, correct: 0 });
    expect((await answer(coordinator, first!.id, wrong)).statusCode).toBe(403);
    expect((await answer(person, first!.id, [0])).statusCode).toBe(422);
    for (const m of [first!, ...others]) {
      const right = await answer(
        person,
        m.id,
        keyOf(m.id).questions.map((q) => q.answer),
      );
      expect(right.json().passed).toBe(true);
    }
    const progress = (await get(person, url('/orientation'))).json().progress;
    expect(progress.completedAt?.slice(0, 10)).toBe('2026-01-15');
    expect(await evidenceKinds()).toContain('orientation_completed');
    // The employer sees nothing of the journey before arrival.
    expect((await steps(employer)).statusCode).toBe(404);
  });

  it('GIVEN the orientation passed in the journey WHEN the person runs the issuance THEN the passport issues one orientation credential from it, once', async () => {
    const issue = () =>
      send(person, 'POST', '/api/credentials/mine/issue', { kinds: ['orientation_completion'] });
    const first = await issue();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().issued).toHaveLength(1);
    expect(first.json().issued[0]).toMatchObject({ kind: 'orientation_completion' });
    expect(first.json().issued[0].title).toContain('MA → BE');
    const again = await issue();
    expect(again.json().issued).toHaveLength(0);
  });

  it('GIVEN the visa step WHEN the permit is applied for and granted THEN its evidence opens departure, and the deadline is reminded once through the outbox', async () => {
    at('2026-01-20');
    await advance(person, 'visa_permit', '2026-01-20', [
      { kind: 'signed_contract', value: '2026-01-19' },
    ]);
    at('2026-01-25');
    const bad = await send(person, 'POST', url('/permits'), {
      kind: 'work_permit',
      authority: 'Immigration Office',
      appliedOn: '2026-01-25',
      outcome: 'granted',
      decidedOn: '2026-01-20',
      validUntil: '2027-01-01',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().fields.map((f: { field: string }) => f.field)).toEqual(['decidedOn']);
    const applied = await send(person, 'POST', url('/permits'), {
      kind: 'work_permit',
      authority: 'Immigration Office',
      appliedOn: '2026-01-25',
      dueOn: '2026-02-20',
    });
    expect(applied.statusCode).toBe(201);
    expect(await evidenceKinds()).toContain('visa_application');

    const before = (await demo.handle.db.select().from(outbox).where(eq(outbox.kind, 'reminder')))
      .length;
    expect(await queuePermitReminders(demo.handle.db, new Date('2026-02-10T06:00:00Z'))).toBe(1);
    expect(await queuePermitReminders(demo.handle.db, new Date('2026-02-11T06:00:00Z'))).toBe(0);
    const reminders = await demo.handle.db.select().from(outbox).where(eq(outbox.kind, 'reminder'));
    expect(reminders).toHaveLength(before + 1);
    expect(reminders.at(-1)?.recipient).toBe('candidate@demo.passerelle.dev');

    at('2026-02-15');
    const granted = await send(coordinator, 'PUT', url(`/permits/${applied.json().id}`), {
      kind: 'work_permit',
      authority: 'Immigration Office',
      appliedOn: '2026-01-25',
      outcome: 'granted',
      decidedOn: '2026-02-15',
      validFrom: '2026-02-20',
      validUntil: '2027-02-19',
    });
    expect(granted.statusCode).toBe(200);
    expect(await evidenceKinds()).toContain('visa_granted');
    at('2026-02-25');
    await advance(person, 'departed', '2026-02-25');
  });

  it('GIVEN an arrival WHEN the employer ticks the checklist and the person checks in THEN only the person answers, once', async () => {
    at('2026-03-01');
    await advance(person, 'arrived', '2026-03-01', [
      { kind: 'arrival_confirmed', value: '2026-03-01' },
    ]);
    at('2026-03-10');
    expect((await steps(employer)).statusCode).toBe(200);
    for (const item of [
      'accommodation',
      'induction',
      'social_security_registration',
      'bank_account',
      'language_course',
      'post_arrival_orientation',
    ]) {
      const ticked = await send(employer, 'PUT', url(`/arrival/checklist/${item}`), {
        doneOn: '2026-03-05',
      });
      expect(ticked.statusCode, item).toBe(204);
    }
    expect(
      (await send(employer, 'PUT', url('/arrival/checklist/induction'), { doneOn: '2026-04-05' }))
        .statusCode,
    ).toBe(400);
    expect(await evidenceKinds()).toContain('arrival_checklist_completed');
    expect(
      (await send(person, 'PUT', url('/arrival/check-ins/30'), { score: 4, answer: 'Good' }))
        .statusCode,
    ).toBe(422);
    at('2026-03-28');
    expect(
      (await send(coordinator, 'PUT', url('/arrival/check-ins/30'), { score: 4, answer: 'x' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await send(person, 'PUT', url('/arrival/check-ins/30'), { score: 6, answer: 'x' }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await send(person, 'PUT', url('/arrival/check-ins/30'), {
          score: 4,
          answer: 'Settling in well',
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (await send(person, 'PUT', url('/arrival/check-ins/30'), { score: 2, answer: 'again' }))
        .statusCode,
    ).toBe(409);
    const arrival = (await steps(person)).json().arrival;
    expect(arrival.checklist.completedOn).toBe('2026-03-05');
    expect(arrival.checkIns[0]).toMatchObject({
      day: 30,
      dueOn: '2026-03-31',
      answer: { score: 4 },
    });
  });

  it('GIVEN work abroad WHEN a certification is recorded THEN its skills are raised on the profile, certified', async () => {
    at('2026-06-01');
    await advance(coordinator, 'employed_abroad', '2026-03-02', [
      { kind: 'employment_started', value: '2026-03-02' },
    ]);
    const bad = await send(employer, 'POST', url('/in-work'), {
      kind: 'certification',
      title: 'Cloud certificate',
      on: '2026-05-20',
      skills: ['cloud'],
      evidence: 'Certificate 123',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().fields[0].field).toBe('skills.0');
    const recorded = await send(employer, 'POST', url('/in-work'), {
      kind: 'certification',
      title: 'Cloud certificate',
      on: '2026-05-20',
      skills: [SKILL],
      evidence: 'Certificate 123 by the training partner',
    });
    expect(recorded.statusCode).toBe(201);
    const [profile] = await demo.handle.db
      .select({ profile: candidate.profile })
      .from(candidate)
      .where(eq(candidate.id, candidateId));
    expect(profile?.profile.skills.find((s) => s.uri === SKILL)).toMatchObject({
      evidence: 'certified',
    });
    expect(await evidenceKinds()).toContain('upskilling_certificate');
  });

  it('GIVEN a return WHEN the person returns and a plan is written THEN follow-ups open on time, for coordinators only', async () => {
    at('2026-10-01');
    await advance(coordinator, 'contract_ended', '2026-09-30', [
      { kind: 'contract_end_date', value: '2026-09-30' },
    ]);
    expect(
      (
        await send(person, 'PUT', url('/reintegration-plan'), {
          pathway: 'job',
          goal: 'x',
          startsOn: '2026-10-05',
        })
      ).statusCode,
    ).toBe(422);
    expect(
      (await send(person, 'PUT', url('/return'), { returnedOn: '2026-10-02' })).statusCode,
    ).toBe(422);
    expect(
      (
        await send(person, 'PUT', url('/return'), {
          plannedOn: '2026-09-30',
          returnedOn: '2026-10-01',
        })
      ).statusCode,
    ).toBe(204);
    await advance(person, 'returned', '2026-10-01');
    at('2026-10-05');
    const plan = await send(person, 'PUT', url('/reintegration-plan'), {
      pathway: 'business',
      goal: 'A small web agency in Casablanca',
      startsOn: '2026-10-05',
    });
    expect(plan.statusCode).toBe(204);
    await advance(person, 'reintegrated', '2026-10-05');
    expect(
      (
        await send(coordinator, 'PUT', url('/reintegration-plan/follow-ups/3'), {
          status: 'on_track',
        })
      ).statusCode,
    ).toBe(422);
    at('2027-01-06');
    // Three months on, the sessions of October have expired: sign in again.
    person = await demo.loginAs('candidate');
    coordinator = await demo.loginAs('coordinator');
    expect(
      (await send(person, 'PUT', url('/reintegration-plan/follow-ups/3'), { status: 'on_track' }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await send(coordinator, 'PUT', url('/reintegration-plan/follow-ups/3'), {
          status: 'on_track',
          note: 'Registered the business',
        })
      ).statusCode,
    ).toBe(204);
    const back = (await steps(person)).json().return;
    expect(back).toMatchObject({
      returnedOn: '2026-10-01',
      plan: { pathway: 'business', startsOn: '2026-10-05' },
      homeTrackSearch: { operationId: 'matchCandidateOpenings', country: 'MA', track: 'home' },
    });
    expect(back.plan.followUps.map((f: { dueOn: string }) => f.dueOn)).toEqual([
      '2027-01-05',
      '2027-04-05',
      '2027-10-05',
    ]);
    const kinds = await evidenceKinds();
    expect(kinds).toEqual(
      expect.arrayContaining(['return_date', 'reintegration_plan', 'follow_up']),
    );
  });

  it('audits every step with the person as data subject', async () => {
    const actions = (
      await demo.handle.db
        .select({ action: auditEvent.action })
        .from(auditEvent)
        .where(and(eq(auditEvent.subjectUserId, person.userId)))
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'orientation.answerCheck',
        'permit.record',
        'permit.update',
        'arrival.tick',
        'arrival.checkIn',
        'inWork.record',
        'return.record',
        'reintegration.plan',
        'reintegration.followUp',
      ]),
    );
  });
});
