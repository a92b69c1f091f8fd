import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvent, membership } from '../accounts/accounts.schema.js';
import type { DemoApp, TestSession } from '../accounts/accounts.test-support.js';
import { startAllocationDemoApp } from '../allocation/allocation.test-support.js';
import { candidate as candidateTable } from '../people/people.schema.js';
import { testEngines } from '../../test/support/database.js';
import { journey, journeyEvent } from './journeys.schema.js';

interface Detail {
  journey: {
    id: string;
    stage: string;
    status: string;
    version: number;
    employerId: string | null;
  };
  events: { seq: number; body: { type: string } }[];
  next: { steps: { to: string; missing: string[]; allowed: boolean }[]; exits: string[] };
  you: string[];
  triggers?: { kind: string }[];
}

describe.each(testEngines())('journeys over HTTP ($name)', (engine) => {
  let demo: DemoApp;
  let coordinator: TestSession;
  let employer: TestSession;
  let candidate: TestSession;
  let admin: TestSession;
  let partnerships: Map<string, string>;
  let runId: string;
  let opened: string[];

  beforeAll(async () => {
    demo = await startAllocationDemoApp(engine);
    [coordinator, employer, candidate, admin] = await Promise.all([
      demo.loginAs('coordinator'),
      demo.loginAs('employer'),
      demo.loginAs('candidate'),
      demo.loginAs('admin'),
    ]);
    const list = (await get('/api/partnerships', admin)).json().partnerships as {
      id: string;
      title: string;
    }[];
    partnerships = new Map(list.map((p) => [p.title, p.id]));
    // Start from no journeys: the demo's own are covered by demo-journeys.test.ts.
    await demo.handle.db.delete(journey);
  });
  afterAll(() => demo.close());

  const get = (url: string, s: TestSession) =>
    demo.app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
  const post = (url: string, s: TestSession, payload: object = {}) =>
    demo.app.inject({ method: 'POST', url, headers: s.headers, payload });
  const belgiumMorocco = () => partnerships.get('Belgium–Morocco ICT talent partnership') as string;

  async function finishedRun(id: string): Promise<string> {
    for (let i = 0; i < 600; i++) {
      const body = (await get(`/api/allocations/${id}`, coordinator)).json();
      if (!['queued', 'running'].includes(body.run.status)) return body.run.status;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('run did not finish');
  }

  it('GIVEN a succeeded run WHEN its coordinator accepts it THEN one journey at "selected" per assigned person; accepting again opens none', async () => {
    const started = await post(`/api/partnerships/${belgiumMorocco()}/allocations`, coordinator, {
      mode: 'optimal',
      seed: 3,
    });
    expect(started.statusCode).toBe(202);
    runId = started.json().run.id;
    expect(await finishedRun(runId)).toBe('succeeded');
    const assigned = (await get(`/api/allocations/${runId}`, coordinator)).json().run.summary
      .assigned as number;
    expect(assigned).toBeGreaterThan(2);
    const accepted = await post(`/api/allocations/${runId}/accept`, coordinator, {
      intake: '2026-11',
      occurredOn: '2026-10-01',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ opened: assigned, existing: 0 });
    opened = accepted.json().journeyIds;
    const again = await post(`/api/allocations/${runId}/accept`, coordinator, {
      intake: '2026-11',
      occurredOn: '2026-10-01',
    });
    expect(again.json()).toMatchObject({ opened: 0, existing: assigned });

    const listed = (
      await get(`/api/journeys?partnershipId=${belgiumMorocco()}&limit=500`, coordinator)
    ).json();
    expect(listed.total).toBe(assigned);
    expect(new Set(listed.journeys.map((j: { stage: string }) => j.stage))).toEqual(
      new Set(['selected']),
    );
    const audits = await demo.handle.db
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.action, 'journey.open'));
    expect(audits.length).toBe(assigned);
  });

  it('GIVEN the employer of a selected person THEN the journey is 404 before arrival, and unlisted', async () => {
    const [m] = await demo.handle.db
      .select({ organisationId: membership.organisationId })
      .from(membership)
      .where(eq(membership.userId, employer.userId));
    const [own] = await demo.handle.db
      .select({ id: journey.id })
      .from(journey)
      .where(eq(journey.employerId, m!.organisationId));
    const target = own?.id ?? opened[0]!;
    expect((await get(`/api/journeys/${target}`, employer)).statusCode).toBe(404);
    const listed = (await get(`/api/journeys?partnershipId=${belgiumMorocco()}`, employer)).json();
    expect(listed.total).toBe(0);
  });

  it('walks a journey: a failed guard is 422 naming the evidence, a stale version 409, nothing changed', async () => {
    const id = opened[0]!;
    let detail = (await get(`/api/journeys/${id}`, coordinator)).json() as Detail;
    expect(detail.journey.stage).toBe('selected');
    expect(detail.you).toContain('coordinator');

    const noCert = await post(`/api/journeys/${id}/advance`, coordinator, {
      to: 'certified',
      expectedVersion: detail.journey.version,
      occurredOn: '2026-11-01',
    });
    expect(noCert.statusCode).toBe(422);
    expect(noCert.json().errors ?? noCert.json().fields ?? noCert.body).toBeDefined();
    expect(noCert.body).toContain('certificate');

    const certified = await post(`/api/journeys/${id}/advance`, coordinator, {
      to: 'certified',
      expectedVersion: detail.journey.version,
      occurredOn: '2026-11-01',
      evidence: [{ kind: 'certificate', value: 'completion-1' }],
    });
    expect(certified.statusCode, certified.body).toBe(200);
    detail = certified.json();
    expect(detail.journey.stage).toBe('certified');
    expect(detail.triggers?.map((t) => t.kind)).toContain('issue_credential');

    const stale = await post(`/api/journeys/${id}/advance`, coordinator, {
      to: 'pre_departure',
      expectedVersion: detail.journey.version - 1,
      occurredOn: '2026-11-02',
    });
    expect(stale.statusCode).toBe(409);

    // The run's job offer is already held for an away job; a home job goes to employed_home.
    const next = detail.next.steps.find((s) => s.to === 'pre_departure');
    if (next && next.missing.length === 0) {
      const pre = await post(`/api/journeys/${id}/advance`, coordinator, {
        to: 'pre_departure',
        expectedVersion: detail.journey.version,
        occurredOn: '2026-11-02',
      });
      expect(pre.statusCode, pre.body).toBe(200);
      detail = pre.json();
      const refused = await post(`/api/journeys/${id}/advance`, coordinator, {
        to: 'visa_permit',
        expectedVersion: detail.journey.version,
        occurredOn: '2026-11-03',
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().fields ?? refused.json().invalidParams ?? refused.json()).toBeDefined();
      expect(refused.body).toContain('signed_contract');
      const after = (await get(`/api/journeys/${id}`, coordinator)).json() as Detail;
      expect(after.journey.version).toBe(detail.journey.version);
    }
  });

  it('GIVEN a correction THEN it is a new event superseding the old one, and the stage follows', async () => {
    const id = opened[1]!;
    const before = (await get(`/api/journeys/${id}`, coordinator)).json() as Detail;
    const moved = await post(`/api/journeys/${id}/advance`, coordinator, {
      to: 'certified',
      expectedVersion: before.journey.version,
      occurredOn: '2026-11-05',
      evidence: [{ kind: 'certificate', value: 'completion-2' }],
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const voided = await post(`/api/journeys/${id}/corrections`, coordinator, {
      correctsSeq: 2,
      expectedVersion: moved.json().journey.version,
      occurredOn: '2026-11-06',
      voided: true,
      note: 'recorded on the wrong person',
    });
    expect(voided.statusCode, voided.body).toBe(200);
    expect(voided.json().journey).toMatchObject({ stage: 'selected', version: 3 });
    const events = await demo.handle.db
      .select()
      .from(journeyEvent)
      .where(eq(journeyEvent.journeyId, id));
    expect(events.map((e) => [e.seq, e.correctsSeq])).toEqual([
      [1, null],
      [2, null],
      [3, 2],
    ]);
    const noNote = await post(`/api/journeys/${id}/corrections`, coordinator, {
      correctsSeq: 2,
      expectedVersion: 3,
      occurredOn: '2026-11-06',
    });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.body).toContain('note');
  });

  it('GIVEN a journey of another partnership THEN its coordinator-elsewhere gets 404; the person sees their own', async () => {
    const other = [...partnerships.entries()].find(
      ([title]) => !title.startsWith('Belgium–Morocco'),
    )![1];
    const [person] = await demo.handle.db
      .select({ id: candidateTable.id })
      .from(candidateTable)
      .where(eq(candidateTable.userId, candidate.userId));
    const openedByAdmin = await post('/api/journeys', admin, {
      partnershipId: other,
      candidateId: person!.id,
      stage: 'selected',
      occurredOn: '2026-10-01',
    });
    expect(openedByAdmin.statusCode, openedByAdmin.body).toBe(200);
    const id = openedByAdmin.json().journeyIds[0] as string;
    const coordinatesOther = (await get(`/api/partnerships/${other}`, coordinator)).statusCode;
    if (coordinatesOther === 404) {
      expect((await get(`/api/journeys/${id}`, coordinator)).statusCode).toBe(404);
      expect((await get(`/api/partnerships/${other}/journeys/stats`, coordinator)).statusCode).toBe(
        404,
      );
    }
    const mine = (await get(`/api/journeys/${id}`, candidate)).json() as Detail;
    expect(mine.you).toEqual(['person']);
    expect(
      (await get('/api/journeys/mine', candidate)).json().journeys.map((j: { id: string }) => j.id),
    ).toContain(id);
    // The person may not select themselves.
    const self = await post(`/api/journeys/${id}/exit`, candidate, {
      reason: 'unknown',
      expectedVersion: 1,
      occurredOn: '2026-10-02',
    });
    expect(self.statusCode).toBe(403);
    const withdrew = await post(`/api/journeys/${id}/exit`, candidate, {
      reason: 'withdrew',
      expectedVersion: 1,
      occurredOn: '2026-10-02',
    });
    expect(withdrew.statusCode, withdrew.body).toBe(200);
    expect(withdrew.json().exit).toMatchObject({ reason: 'withdrew' });
    const audit = await demo.handle.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityId, id), eq(auditEvent.action, 'journey.exit')));
    expect(audit.length).toBe(1);
  });

  it('GIVEN the cohort THEN stats count every journey by stage, and the CSV has one line per journey', async () => {
    const stats = await get(`/api/partnerships/${belgiumMorocco()}/journeys/stats`, coordinator);
    expect(stats.statusCode, stats.body).toBe(200);
    const body = stats.json();
    expect(body.total).toBe(opened.length);
    expect(body.funnel.find((f: { stage: string }) => f.stage === 'selected').reached).toBe(
      opened.length,
    );
    expect(body.funnel.find((f: { stage: string }) => f.stage === 'certified').reached).toBe(1);
    expect(body.timeInStage.find((t: { stage: string }) => t.stage === 'selected').stays).toBe(1);
    const csv = await get(`/api/partnerships/${belgiumMorocco()}/journeys/export`, coordinator);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.trim().split('\n').length).toBe(opened.length + 1);
    expect(
      (await get(`/api/partnerships/${belgiumMorocco()}/journeys/stats`, employer)).statusCode,
    ).toBe(404);
  });
});
