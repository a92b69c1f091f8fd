import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import { ESSENTIAL_SKILLS, OCCUPATIONS, SKILLS } from '../recognition/demo/esco-ict.js';
import { seedRecognitionTestData } from '../recognition/recognition.test-support.js';
import { testEngines } from '../../test/support/database.js';
import {
  addMoroccanCandidate,
  belgiumMoroccoId,
  openCertifiedJourney,
  organisationOf,
} from './journeys.test-support.js';

/** Skills a software developer certified in Belgium: essential ones of the real ESCO occupation. */
const GAINED = [SKILLS.computerProgramming, SKILLS.debugSoftware, SKILLS.developSoftwarePrototype];

describe.each(testEngines())('recognition in reverse on real ESCO ($name)', (engine) => {
  let demo: DemoApp;
  let coordinator: TestSession;
  let employer: TestSession;
  let journeyId: string;

  const get = (s: TestSession, url: string) =>
    demo.app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
  const post = (s: TestSession, url: string, payload: object) =>
    demo.app.inject({ method: 'POST', url, headers: s.headers, payload });

  beforeAll(async () => {
    demo = await startDemoApp(engine);
    await seedRecognitionTestData(demo.handle.db);
    [coordinator, employer] = await Promise.all([
      demo.loginAs('coordinator'),
      demo.loginAs('employer'),
    ]);
    const db = demo.handle.db;
    const candidateId = await addMoroccanCandidate(db, {
      userId: null,
      name: 'Returning Developer',
    });
    journeyId = await openCertifiedJourney(db, {
      partnershipId: await belgiumMoroccoId(db),
      candidateId,
      employerId: await organisationOf(db, employer.userId),
      intake: '2025-01',
      occurredOn: '2025-01-02',
      coordinatorUserId: coordinator.userId,
      now: new Date('2025-01-01T00:00:00Z'),
    });
    const walk: [string, string, { kind: string; value: string }[]][] = [
      ['pre_departure', '2025-01-03', [{ kind: 'job_offer', value: 'software developer' }]],
      ['visa_permit', '2025-01-10', [{ kind: 'signed_contract', value: 'contract-1' }]],
      [
        'departed',
        '2025-02-01',
        [
          { kind: 'visa_granted', value: 'visa-1' },
          { kind: 'orientation_completed', value: '2025-01-20' },
        ],
      ],
      ['arrived', '2025-02-02', [{ kind: 'arrival_confirmed', value: 'Brussels' }]],
      ['employed_abroad', '2025-02-03', [{ kind: 'employment_started', value: '2025-02-03' }]],
      ['contract_ended', '2026-08-31', [{ kind: 'contract_end_date', value: '2026-08-31' }]],
    ];
    for (const [to, occurredOn, evidence] of walk) {
      const version = (await get(coordinator, `/api/journeys/${journeyId}`)).json().journey
        .version as number;
      const moved = await post(coordinator, `/api/journeys/${journeyId}/advance`, {
        to,
        expectedVersion: version,
        occurredOn,
        evidence,
      });
      expect(moved.statusCode, `${to}: ${moved.body}`).toBe(200);
    }
  });
  afterAll(() => demo.close());

  it('GIVEN a developer certified in Belgium on real ESCO skills WHEN recognised back in Morocco THEN the answer names the skills covered and those missing, and the explanation counts them', async () => {
    const recorded = await post(coordinator, `/api/journeys/${journeyId}/in-work`, {
      kind: 'certification',
      title: 'Belgian software development certificate',
      on: '2026-05-20',
      skills: GAINED,
      evidence: 'Certificate 2026-0042, Bruxelles Formation',
    });
    expect(recorded.statusCode, recorded.body).toBeLessThan(300);
    const response = await post(coordinator, `/api/journeys/${journeyId}/return/recognition`, {
      occupation: OCCUPATIONS.softwareDeveloper,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    // Against the origin country, in reverse.
    expect(body.target.country).toBe('MA');
    const essential = ESSENTIAL_SKILLS[OCCUPATIONS.softwareDeveloper]!;
    expect([...body.coverage.essential].sort()).toEqual([...essential].sort());
    expect(body.coverage.covered.map((s: { skillUri: string }) => s.skillUri).sort()).toEqual(
      [...GAINED].sort(),
    );
    const missing = essential.filter((uri) => !GAINED.includes(uri));
    expect([...body.coverage.missing].sort()).toEqual(missing.sort());
    // The explanation gives the basis and the count; the lists above name each skill. Prior
    // learning alone does not count the months worked abroad (only a qualification's level
    // shortfall can be offset by experience), and under 50% no measure is proposed.
    const explanation = (body.explanation as string[]).join('\n');
    expect(explanation).toContain('Prior learning alone');
    expect(explanation).toContain(
      `${GAINED.length} of ${essential.length} essential skills covered`,
    );
    expect(body.outcome).not.toBe('full');
  });
});
