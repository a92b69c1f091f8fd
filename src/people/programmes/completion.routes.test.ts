import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/database.js';
import { auditEvent } from '../../accounts/accounts.schema.js';
import {
  startDemoApp,
  type DemoApp,
  type TestSession,
} from '../../accounts/accounts.test-support.js';
import { addMemberOf } from '../../recognition/recognition.test-support.js';

const skill = (n: number) =>
  `http://data.europa.eu/esco/skill/00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

interface ProfileSkill {
  uri: string;
  evidence: string;
  source: string;
}

describe.each(testEngines())('programme completion raises evidence ($name)', (engine) => {
  let demo: DemoApp;
  let candidate: TestSession;
  let trainer: TestSession;
  let otherTrainer: TestSession;
  let candidateId: string;
  let programmeId: string;

  const call = (session: TestSession, method: 'GET' | 'PUT' | 'POST', url: string, body?: object) =>
    demo.app.inject({ method, url, headers: session.headers, ...(body ? { payload: body } : {}) });
  const complete = (session: TestSession, body: object) =>
    call(session, 'POST', `/api/programmes/${programmeId}/completions`, body);
  const skillsOfProfile = async () =>
    (await call(candidate, 'GET', '/api/candidates/me')).json().profile.skills as ProfileSkill[];

  beforeAll(async () => {
    demo = await startDemoApp(engine);
    [candidate, trainer] = await Promise.all([demo.loginAs('candidate'), demo.loginAs('trainer')]);
    otherTrainer = await addMemberOf(demo, { country: 'MA', kind: 'training_provider' }, 'trainer');
    candidateId = (
      await call(candidate, 'PUT', '/api/candidates/me', {
        name: 'Amina Test',
        residenceCountry: 'MA',
        nationality: 'MA',
        skills: [
          { uri: skill(1), evidence: 'self_declared', source: 'self' },
          { uri: skill(3), evidence: 'certified', source: 'self' },
        ],
      })
    ).json().id;
    const providerId = (await call(trainer, 'GET', '/api/auth/me')).json().user.memberships[0]
      .organisationId;
    const created = await call(trainer, 'POST', '/api/programmes', {
      title: 'Web development bootcamp',
      providerId,
      location: 'origin',
      country: 'MA',
      modules: [
        { title: 'Front end', skills: [skill(1), skill(2)], hours: 80 },
        { title: 'Back end', skills: [skill(3)], hours: 80 },
      ],
      seats: 20,
    });
    expect(created.statusCode).toBe(201);
    programmeId = created.json().id;
  });
  afterAll(() => demo.close());

  it('GIVEN another provider, an unknown candidate or a module the programme lacks THEN 403, 404, 422 and the profile is unchanged', async () => {
    const before = await skillsOfProfile();
    const body = { candidateId, modules: [0], completedOn: '2026-11-30' };
    expect((await complete(otherTrainer, body)).statusCode).toBe(403);
    expect((await complete(candidate, body)).statusCode).toBe(403);
    const unknown = { ...body, candidateId: '00000000-0000-4000-8000-0000000000ff' };
    expect((await complete(trainer, unknown)).statusCode).toBe(404);
    const wrong = await complete(trainer, { ...body, modules: [0, 5] });
    expect(wrong.statusCode).toBe(422);
    expect(JSON.stringify(wrong.json())).toContain('modules[1]');
    expect(await skillsOfProfile()).toEqual(before);
  });

  it('GIVEN a provider in another country, party to no partnership of the person’s THEN 404 and the profile is unchanged', async () => {
    const before = await skillsOfProfile();
    const farTrainer = await addMemberOf(
      demo,
      { country: 'LT', kind: 'training_provider' },
      'trainer',
    );
    const farProvider = (await call(farTrainer, 'GET', '/api/auth/me')).json().user.memberships[0]
      .organisationId;
    const own = await call(farTrainer, 'POST', '/api/programmes', {
      title: 'Vilnius welding course',
      providerId: farProvider,
      location: 'origin',
      country: 'LT',
      modules: [{ title: 'Welding', skills: [skill(1)], hours: 40 }],
      seats: 10,
    });
    expect(own.statusCode).toBe(201);
    const attempt = await call(farTrainer, 'POST', `/api/programmes/${own.json().id}/completions`, {
      candidateId,
      completedOn: '2026-11-30',
    });
    expect(attempt.statusCode).toBe(404);
    expect(await skillsOfProfile()).toEqual(before);
  });

  it('WHEN the provider records module 1 completed THEN its skills become assessed with the completion as source, audited, never lowering a stronger skill', async () => {
    const response = await complete(trainer, {
      candidateId,
      modules: [0],
      completedOn: '2026-11-30',
    });
    expect(response.statusCode).toBe(201);
    const id = response.json().id as string;
    const source = `programme_completion:${id}`;
    const skills = new Map((await skillsOfProfile()).map((s) => [s.uri, s]));
    expect(skills.get(skill(1))).toMatchObject({ evidence: 'assessed', source });
    expect(skills.get(skill(2))).toMatchObject({ evidence: 'assessed', source });
    expect(skills.get(skill(3))).toMatchObject({ evidence: 'certified', source: 'self' });
    const audited = await demo.handle.db
      .select()
      .from(auditEvent)
      .where(
        and(
          eq(auditEvent.action, 'candidate.evidence_raise'),
          eq(auditEvent.entityId, candidateId),
        ),
      );
    expect(audited.map((a) => a.detail.cause)).toContain(`programme_completion:${id}`);
    expect((await complete(trainer, { candidateId, completedOn: '2026-12-01' })).statusCode).toBe(
      409,
    );
  });
});
