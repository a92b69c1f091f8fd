import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvent } from '../accounts/accounts.schema.js';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import { grievanceKeyring } from '../protection/grievances/grievance-cipher.service.js';
import { grievance, grievanceEvent } from '../protection/protection.schema.js';
import { testEngines } from '../../test/support/database.js';
import { linkGrievancesOnExit } from './journey-exit.service.js';
import {
  addMoroccanCandidate,
  belgiumMoroccoId,
  openCertifiedJourney,
  organisationOf,
} from './journeys.test-support.js';

describe.each(testEngines())('an exit links the person’s grievances ($name)', (engine) => {
  let demo: DemoApp;
  let coordinator: TestSession;
  let employer: TestSession;
  let person: TestSession;
  let journeyId: string;
  let grievanceId: string;

  const get = (s: TestSession, url: string) =>
    demo.app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
  const post = (s: TestSession, url: string, payload: object) =>
    demo.app.inject({ method: 'POST', url, headers: s.headers, payload });
  const version = async () =>
    (await get(coordinator, `/api/journeys/${journeyId}`)).json().journey.version as number;
  const flagged = async () =>
    (
      await demo.handle.db
        .select({ at: grievance.retaliationFlaggedAt })
        .from(grievance)
        .where(eq(grievance.id, grievanceId))
    )[0]?.at ?? null;

  beforeAll(async () => {
    demo = await startDemoApp(engine);
    [coordinator, employer, person] = await Promise.all([
      demo.loginAs('coordinator'),
      demo.loginAs('employer'),
      demo.loginAs('candidate'),
    ]);
    const db = demo.handle.db;
    const partnershipId = await belgiumMoroccoId(db);
    const employerId = await organisationOf(db, employer.userId);
    const candidateId = await addMoroccanCandidate(db, {
      userId: person.userId,
      name: 'Demo Candidate',
    });
    journeyId = await openCertifiedJourney(db, {
      partnershipId,
      candidateId,
      employerId,
      intake: '2026-09',
      occurredOn: '2026-09-01',
      coordinatorUserId: coordinator.userId,
      now: demo.clock.now,
    });
    const walk: [string, string, { kind: string; value: string }[]][] = [
      ['pre_departure', '2026-09-02', [{ kind: 'job_offer', value: 'ICT developer' }]],
      ['visa_permit', '2026-09-10', [{ kind: 'signed_contract', value: 'contract-1' }]],
      [
        'departed',
        '2026-10-01',
        [
          { kind: 'visa_granted', value: 'visa-1' },
          { kind: 'orientation_completed', value: 'orientation-1' },
        ],
      ],
      ['arrived', '2026-10-02', [{ kind: 'arrival_confirmed', value: 'Brussels' }]],
    ];
    for (const [to, occurredOn, evidence] of walk) {
      const moved = await post(coordinator, `/api/journeys/${journeyId}/advance`, {
        to,
        expectedVersion: await version(),
        occurredOn,
        evidence,
      });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    // The person files a grievance about their employer a month after arriving.
    demo.clock.now = new Date('2026-11-02T09:00:00Z');
    const filed = await post(person, '/api/grievances', {
      topic: 'wages',
      narrative: 'My wages have not been paid for October.',
      country: 'BE',
      concernedOrganisationId: employerId,
      partnershipId,
    });
    expect(filed.statusCode, filed.body).toBe(201);
    grievanceId = filed.json().id;
    demo.clock.now = new Date('2026-11-21T09:00:00Z');
  });
  afterAll(() => demo.close());

  it('GIVEN an exit that is no dismissal nor leaving the employer THEN no grievance is linked', async () => {
    await demo.handle.db.transaction(async (tx) => {
      await linkGrievancesOnExit(
        grievanceKeyring(undefined),
        person.userId,
        demo.clock.now,
      )(tx, {
        event: {
          occurredOn: '2026-11-20',
          actor: { as: 'person' },
          evidence: [],
          correctsSeq: null,
          body: { type: 'exited', from: 'arrived', reason: 'withdrew', grievanceId: null },
        },
        triggers: [],
      });
    });
    expect(await flagged()).toBeNull();
  });

  it('GIVEN an exit naming a grievance that is not the person’s THEN 422 on grievanceId and nothing changes', async () => {
    const before = await version();
    const refused = await post(coordinator, `/api/journeys/${journeyId}/exit`, {
      reason: 'left_employer',
      expectedVersion: before,
      occurredOn: '2026-11-20',
      grievanceId: randomUUID(),
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors?.[0]?.field ?? refused.body).toContain('grievanceId');
    expect(await version()).toBe(before);
    expect(await flagged()).toBeNull();
  });

  it('GIVEN a grievance filed 18 days before WHEN the employer records a dismissal THEN the grievance is linked in the same change, audited, and the employer is told nothing of it', async () => {
    const exited = await post(employer, `/api/journeys/${journeyId}/exit`, {
      reason: 'dismissed',
      expectedVersion: await version(),
      occurredOn: '2026-11-20',
    });
    expect(exited.statusCode, exited.body).toBe(200);
    expect(exited.json().journey.status).toBe('exited');
    expect(exited.body).not.toContain(grievanceId);
    expect(await flagged()).not.toBeNull();
    const steps = await demo.handle.db
      .select({ kind: grievanceEvent.kind })
      .from(grievanceEvent)
      .where(eq(grievanceEvent.grievanceId, grievanceId));
    expect(steps.map((s) => s.kind)).toContain('retaliation_linked');
    const audits = await demo.handle.db
      .select({ detail: auditEvent.detail })
      .from(auditEvent)
      .where(
        and(
          eq(auditEvent.action, 'grievance.retaliation_linked'),
          eq(auditEvent.entityId, grievanceId),
        ),
      );
    expect(audits).toHaveLength(1);
    expect(audits[0]!.detail).toMatchObject({ exit: 'dismissal' });
  });
});
