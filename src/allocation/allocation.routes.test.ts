import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvent } from '../accounts/accounts.schema.js';
import { candidate as candidateTable, vacancy } from '../people/people.schema.js';
import { allocationOverride, allocationRun } from './allocation.schema.js';
import type { DemoApp, TestSession } from '../accounts/accounts.test-support.js';
import { testEngines } from '../../test/support/database.js';
import { startAllocationDemoApp } from './allocation.test-support.js';

interface Run {
  id: string;
  status: string;
  message: string;
  progress: number;
  seed: number;
  scoreModel?: string;
  candidates?: number;
  summary: { objective: number; assigned: number; unassigned: number; gap: number | null } | null;
  conflicts: { constraint: string; reason: string }[];
}
interface Person {
  candidateId: string;
  slot: { id: string } | null;
  finalSlot: { id: string } | null;
  reason: string;
  override: { reason: string; locked: boolean } | null;
}

describe.each(testEngines())('allocation over HTTP ($name)', (engine) => {
  let demo: DemoApp;
  let coordinator: TestSession;
  let employer: TestSession;
  let candidate: TestSession;
  let admin: TestSession;
  let partnerships: Map<string, string>;

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
  });
  afterAll(() => demo.close());

  const get = (url: string, s: TestSession) =>
    demo.app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
  const post = (url: string, s: TestSession, payload?: unknown) =>
    demo.app.inject({
      method: 'POST',
      url,
      headers: s.headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const belgiumMorocco = () => partnerships.get('Belgium–Morocco ICT talent partnership') as string;

  /** Polls the run until it leaves the queue and finishes. */
  async function finished(
    runId: string,
  ): Promise<{ run: Run; fairness: unknown; whatIf: unknown }> {
    for (let i = 0; i < 600; i++) {
      const body = (await get(`/api/allocations/${runId}`, coordinator)).json();
      if (!['queued', 'running'].includes(body.run.status)) return body;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`run ${runId} did not finish`);
  }

  let firstRun: Run;

  it('GIVEN the Belgium–Morocco cohort WHEN its coordinator starts a run THEN 202 with a queued run, which then succeeds with figures and reports', async () => {
    const started = await post(`/api/partnerships/${belgiumMorocco()}/allocations`, coordinator, {
      mode: 'optimal',
      seed: 11,
    });
    expect(started.statusCode).toBe(202);
    const run = started.json().run as Run;
    expect(['queued', 'running']).toContain(run.status);
    expect(run.seed).toBe(11);
    expect(run.scoreModel).toMatch(/^matching\.score/);
    expect(run.candidates).toBeGreaterThan(10);

    const done = await finished(run.id);
    expect({ status: done.run.status, message: done.run.message }).toEqual({
      status: 'succeeded',
      message: 'done',
    });
    expect(done.run.progress).toBe(1);
    expect(done.run.summary?.assigned).toBeGreaterThan(0);
    expect((done.run.summary?.assigned ?? 0) + (done.run.summary?.unassigned ?? 0)).toBe(
      run.candidates,
    );
    expect(done.fairness).not.toBeNull();
    expect(done.whatIf).not.toBeNull();
    firstRun = done.run;
    const listed = (
      await get(`/api/partnerships/${belgiumMorocco()}/allocations`, coordinator)
    ).json().runs as Run[];
    expect(listed.map((r) => [r.id, r.status, r.summary?.assigned])).toEqual([
      [run.id, 'succeeded', done.run.summary?.assigned],
    ]);
  });

  it('THEN every person of the cohort is listed with a reason, page by page; the unassigned have no slot', async () => {
    const all = (await get(`/api/allocations/${firstRun.id}/people?limit=200`, coordinator)).json();
    expect(all.total).toBe(firstRun.candidates);
    expect(all.people.every((p: Person) => p.reason.length > 0)).toBe(true);
    const page2 = (
      await get(`/api/allocations/${firstRun.id}/people?offset=5&limit=5`, coordinator)
    ).json();
    expect(page2.people.map((p: Person) => p.candidateId)).toEqual(
      all.people.slice(5, 10).map((p: Person) => p.candidateId),
    );
    const unassigned = (
      await get(`/api/allocations/${firstRun.id}/people?show=unassigned&limit=200`, coordinator)
    ).json();
    expect(unassigned.total).toBe(firstRun.summary?.unassigned);
    expect(unassigned.people.every((p: Person) => p.slot === null)).toBe(true);
  });

  it('GIVEN the same snapshot and seed WHEN the run is re-run THEN the assignment is the same', async () => {
    const again = await post(`/api/allocations/${firstRun.id}/rerun`, coordinator);
    expect(again.statusCode).toBe(202);
    const done = await finished(again.json().run.id);
    expect(done.run.summary?.objective).toBe(firstRun.summary?.objective);
    const slotsOf = async (runId: string) =>
      (await get(`/api/allocations/${runId}/people?limit=200`, coordinator))
        .json()
        .people.map((p: Person) => [p.candidateId, p.slot?.id ?? null]);
    expect(await slotsOf(done.run.id)).toEqual(await slotsOf(firstRun.id));
  });

  it('GIVEN an override without a reason THEN 400 names the reason; with one THEN 201, the person shows it, and it is audited', async () => {
    const people = (
      await get(`/api/allocations/${firstRun.id}/people?show=assigned`, coordinator)
    ).json().people as Person[];
    const person = people[0] as Person;
    const url = `/api/allocations/${firstRun.id}/overrides`;
    const refused = await post(url, coordinator, {
      candidateId: person.candidateId,
      slotId: null,
      reason: '',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields.map((f: { field: string }) => f.field)).toContain('body.reason');

    const unknownSlot = await post(url, coordinator, {
      candidateId: person.candidateId,
      slotId: '00000000-0000-4000-8000-000000000000',
      reason: 'wrong slot',
    });
    expect(unknownSlot.statusCode).toBe(422);
    expect(unknownSlot.json().fields[0].field).toBe('slotId');

    const saved = await post(url, coordinator, {
      candidateId: person.candidateId,
      slotId: null,
      locked: true,
      reason: 'Withdrew for family reasons',
    });
    expect(saved.statusCode).toBe(201);
    const after = (await get(`/api/allocations/${firstRun.id}/people?limit=200`, coordinator))
      .json()
      .people.find((p: Person) => p.candidateId === person.candidateId) as Person;
    expect(after.finalSlot).toBeNull();
    expect(after.override).toEqual({
      slotId: null,
      locked: true,
      reason: 'Withdrew for family reasons',
    });
    const audits = await demo.handle.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'allocation.lock'), eq(auditEvent.entityId, firstRun.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.detail).toMatchObject({ candidateId: person.candidateId, locked: true });
  });

  it('GIVEN a lock WHEN the next run starts THEN the locked person stays unassigned', async () => {
    const locked = (await get(`/api/allocations/${firstRun.id}`, coordinator)).json().overrides[0];
    const started = await post(`/api/partnerships/${belgiumMorocco()}/allocations`, coordinator, {
      seed: 12,
    });
    const done = await finished(started.json().run.id);
    expect(done.run.status).toBe('succeeded');
    const person = (await get(`/api/allocations/${done.run.id}/people?limit=200`, coordinator))
      .json()
      .people.find((p: Person) => p.candidateId === locked.candidateId) as Person;
    expect(person.slot).toBeNull();
  });

  it('GIVEN people who may not act on its allocations WHEN they start or read runs THEN 404, exactly as for ids that do not exist; anonymous THEN 401', async () => {
    const missingRun = await get('/api/allocations/00000000-0000-4000-8000-0000000000ff', employer);
    const missingPartnership = await post(
      '/api/partnerships/00000000-0000-4000-8000-0000000000ff/allocations',
      employer,
      {},
    );
    const sameAsMissing = (
      hidden: { statusCode: number; json(): unknown },
      missing: typeof hidden,
    ) => {
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json()).toEqual(missing.json());
    };
    for (const who of [employer, candidate]) {
      sameAsMissing(
        await post(`/api/partnerships/${belgiumMorocco()}/allocations`, who, {}),
        missingPartnership,
      );
      sameAsMissing(
        await get(`/api/partnerships/${belgiumMorocco()}/allocations`, who),
        missingPartnership,
      );
      sameAsMissing(await get(`/api/allocations/${firstRun.id}`, who), missingRun);
      sameAsMissing(await get(`/api/allocations/${firstRun.id}/people`, who), missingRun);
      sameAsMissing(await post(`/api/allocations/${firstRun.id}/rerun`, who), missingRun);
    }
    const other = partnerships.get('Nigeria–Lithuania ICT scheme') as string;
    sameAsMissing(
      await post(`/api/partnerships/${other}/allocations`, coordinator, {}),
      missingPartnership,
    );
    const anonymous = await demo.app.inject({
      method: 'GET',
      url: `/api/allocations/${firstRun.id}`,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('GIVEN a partnership with no jobs or programmes WHEN a run starts THEN 422 says why, and no run is stored', async () => {
    const created = await post('/api/partnerships', coordinator, {
      title: 'Senegal–Netherlands pilot',
      type: 'bilateral',
      corridors: [{ origin: 'SN', destination: 'NL' }],
      tracks: ['away'],
      parties: [
        {
          organisationId: (await get('/api/auth/me', coordinator)).json().user.memberships[0]
            .organisationId,
          role: 'funder',
        },
      ],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().partnership.id as string;
    const refused = await post(`/api/partnerships/${id}/allocations`, coordinator, {});
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('allocation.empty_cohort');
    expect(refused.json().detail).toMatch(/no slots/);
    expect((await get(`/api/partnerships/${id}/allocations`, coordinator)).json().runs).toEqual([]);
  });

  it('GIVEN every employer capped at 0 WHEN a run starts THEN it ends infeasible with the conflicting quotas, and its people answer 422', async () => {
    const employers = await demo.handle.db
      .selectDistinct({ employerId: vacancy.employerId })
      .from(vacancy);
    const started = await post(`/api/partnerships/${belgiumMorocco()}/allocations`, coordinator, {
      perEmployerMax: employers.map((e) => ({ employerId: e.employerId, max: 0 })),
    });
    expect(started.statusCode).toBe(202);
    const done = await finished(started.json().run.id);
    expect(done.run.status).toBe('infeasible');
    expect(done.run.conflicts.length).toBeGreaterThan(0);
    expect(done.run.summary).toBeNull();
    const people = await get(`/api/allocations/${done.run.id}/people`, coordinator);
    expect(people.statusCode).toBe(422);
    expect(people.json().code).toBe('allocation.infeasible');
    expect(people.json().fields.map((f: { field: string }) => f.field)).toEqual(
      done.run.conflicts.map((c) => c.constraint),
    );
  });

  it('GIVEN bad options THEN 400 names the field', async () => {
    const bad = await post(`/api/partnerships/${belgiumMorocco()}/allocations`, coordinator, {
      mode: 'fastest',
      edgesPerCandidate: 0,
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['body.mode', 'body.edgesPerCandidate']));
  });

  it('GIVEN a person with an override WHEN they are erased THEN every snapshot forgets their attributes and the overrides about them go', async () => {
    const { overrides } = (await get(`/api/allocations/${firstRun.id}`, coordinator)).json();
    const erased = overrides[0].candidateId as string;
    await demo.handle.db.delete(candidateTable).where(eq(candidateTable.id, erased));
    const runs = await demo.handle.db.select().from(allocationRun);
    const entries = runs.flatMap((r) => r.input.problem.candidates.filter((c) => c.id === erased));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries)
      expect(entry).toMatchObject({
        gender: 'undisclosed',
        nationality: 'erased',
        originRegion: 'erased',
        ageBand: 'unknown',
      });
    const others = runs.flatMap((r) => r.input.problem.candidates.filter((c) => c.id !== erased));
    expect(others.some((c) => c.nationality !== 'erased')).toBe(true);
    expect(
      await demo.handle.db
        .select()
        .from(allocationOverride)
        .where(eq(allocationOverride.candidateId, erased)),
    ).toEqual([]);
  });
});
