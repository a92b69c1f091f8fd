import { randomUUID } from 'node:crypto';
import { eq, notInArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoApp, TestSession } from '../../src/accounts/accounts.test-support.js';
import { startAllocationDemoApp } from '../../src/allocation/allocation.test-support.js';
import { allocationRun } from '../../src/allocation/allocation.schema.js';
import { programme } from '../../src/people/people.schema.js';
import { testEngines } from '../support/database.js';
import {
  candidateIdOf,
  otherCandidate,
  outsiderSetUp,
  partiesOf,
  sameAsMissing,
  unchangedBy,
  type Send,
} from './scope.test-support.js';

// Scope, not only role (docs/security.md, "Scope audit of the migration-cycle routes"): a
// coordinator, trainer, employer… of another partnership's organisations, and another candidate,
// get nothing of a Belgium–Morocco journey and change nothing; the entitled ones do.
describe.each(testEngines())('journeys: scope, not only role ($name)', (engine) => {
  let demo: DemoApp;
  let send: Send;
  let coordinator: TestSession;
  let person: TestSession;
  let stranger: TestSession;
  let other: TestSession;
  let beMa: string;
  let ngLt: string;
  let personId: string;
  let journeyId: string;
  const day = '2026-11-01';

  beforeAll(async () => {
    demo = await startAllocationDemoApp(engine);
    ({ send, coordinator, beMa, ngLt, stranger } = await outsiderSetUp(demo));
    person = await demo.loginAs('candidate');
    other = await otherCandidate(demo, ['MA']);
    personId = await candidateIdOf(demo, person.userId);
    // In Belgium–Morocco's cohort: lives in Morocco and consents to partnership matching.
    await send(person, 'PUT', '/api/candidates/me/consents/partnership_matching');
    await send(coordinator, 'POST', '/api/journeys', {
      partnershipId: beMa,
      candidateId: personId,
      stage: 'selected',
      occurredOn: day,
    });
    const mine = (await send(person, 'GET', '/api/journeys/mine')).json().journeys as {
      id: string;
      partnershipId: string;
    }[];
    journeyId = mine.find((j) => j.partnershipId === beMa)!.id;
  });
  afterAll(() => demo.close());

  it('GIVEN a coordinator of another partnership WHEN opening a journey for a Belgium–Morocco person in their own THEN 404 as for no one, nothing stored; the entitled coordinator opens it', async () => {
    const open = (s: TestSession, body: object) =>
      send(s, 'POST', '/api/journeys', { stage: 'selected', occurredOn: day, ...body });
    await unchangedBy(demo, async () => {
      sameAsMissing(
        await open(stranger, { partnershipId: ngLt, candidateId: personId }),
        await open(stranger, { partnershipId: ngLt, candidateId: randomUUID() }),
      );
      expect(
        (await open(stranger, { partnershipId: beMa, candidateId: personId })).statusCode,
      ).toBe(404);
      // A programme of a provider outside the partnership would let its trainers see the journey.
      const [foreign] = await demo.handle.db
        .select({ id: programme.id })
        .from(programme)
        .where(notInArray(programme.providerId, await partiesOf(demo, beMa)))
        .limit(1);
      sameAsMissing(
        await open(coordinator, {
          partnershipId: beMa,
          candidateId: personId,
          programmeId: foreign!.id,
        }),
        await open(coordinator, {
          partnershipId: beMa,
          candidateId: personId,
          programmeId: randomUUID(),
        }),
      );
    });
    const entitled = await open(coordinator, { partnershipId: beMa, candidateId: personId });
    expect(entitled.statusCode, entitled.body).toBe(200);
  });

  it('GIVEN a Belgium–Morocco journey THEN every route of it answers 404 to the outsider and to another candidate, and nothing changes', async () => {
    const j = `/api/journeys/${journeyId}`;
    const requests: [method: 'GET' | 'POST' | 'PUT', url: string, body?: object][] = [
      ['GET', j],
      ['GET', `${j}/steps`],
      ['GET', `${j}/orientation`],
      ['POST', `${j}/advance`, { to: 'in_training', expectedVersion: 1, occurredOn: day }],
      ['POST', `${j}/exit`, { reason: 'withdrew', expectedVersion: 1, occurredOn: day }],
      [
        'POST',
        `${j}/corrections`,
        { correctsSeq: 1, expectedVersion: 1, occurredOn: day, note: 'x' },
      ],
      ['POST', `${j}/evidence`, { evidence: [{ kind: 'job_offer', value: 'Offer 1' }] }],
      ['POST', `${j}/permits`, { kind: 'work_permit', authority: 'Office', appliedOn: day }],
      [
        'PUT',
        `${j}/permits/${randomUUID()}`,
        { kind: 'work_permit', authority: 'Office', appliedOn: day },
      ],
      ['PUT', `${j}/arrival/checklist/accommodation`, { doneOn: day }],
      ['PUT', `${j}/arrival/check-ins/30`, { score: 4, answer: 'Fine' }],
      ['POST', `${j}/in-work`, { kind: 'upskilling', title: 'Course', on: day }],
      ['PUT', `${j}/return`, { plannedOn: day, returnedOn: null }],
      ['POST', `${j}/return/recognition`, { occupation: 'x' }],
      ['PUT', `${j}/reintegration-plan`, { pathway: 'job', goal: 'A job', startsOn: day }],
      ['PUT', `${j}/reintegration-plan/follow-ups/3`, { status: 'on_track' }],
      ['POST', `${j}/orientation/modules/${randomUUID()}/answers`, { answers: [0] }],
    ];
    await unchangedBy(demo, async () => {
      for (const s of [stranger, other])
        for (const [method, url, body] of requests) {
          const response = await send(s, method, url, body);
          expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(404);
          expect(response.body).not.toContain(personId);
        }
    });
    for (const s of [coordinator, person]) {
      expect((await send(s, 'GET', j)).statusCode).toBe(200);
      expect((await send(s, 'GET', `${j}/steps`)).statusCode).toBe(200);
    }
  });

  it('GIVEN the lists, the cohort view and the export THEN the outsider and another candidate see none of Belgium–Morocco; its coordinator sees the journey', async () => {
    for (const s of [stranger, other]) {
      const list = await send(s, 'GET', `/api/journeys?partnershipId=${beMa}`);
      expect(list.statusCode).toBe(200);
      expect(list.json().journeys.map((x: { id: string }) => x.id)).not.toContain(journeyId);
      const mine = (await send(s, 'GET', '/api/journeys/mine')).json().journeys;
      expect(mine.map((x: { id: string }) => x.id)).not.toContain(journeyId);
    }
    expect((await send(stranger, 'GET', `/api/journeys?partnershipId=${beMa}`)).json().total).toBe(
      0,
    );
    await unchangedBy(demo, async () => {
      for (const path of ['stats', 'export'])
        expect(
          (await send(stranger, 'GET', `/api/partnerships/${beMa}/journeys/${path}`)).statusCode,
        ).toBe(404);
    });
    const listed = await send(coordinator, 'GET', `/api/journeys?partnershipId=${beMa}&limit=200`);
    expect(listed.json().total).toBeGreaterThan(0);
    const csv = await send(coordinator, 'GET', `/api/partnerships/${beMa}/journeys/export`);
    expect(csv.body).toContain(journeyId);
  });

  it("GIVEN a Belgium–Morocco allocation run THEN the outsider's accept is 404 as for no run, and opens nothing", async () => {
    const runId = randomUUID();
    await demo.handle.db.insert(allocationRun).values({
      id: runId,
      partnershipId: beMa,
      mode: 'optimal',
      status: 'succeeded',
      seed: 1,
      input: {} as never,
      createdAt: demo.clock.now,
    });
    await unchangedBy(demo, async () => {
      sameAsMissing(
        await send(stranger, 'POST', `/api/allocations/${runId}/accept`, {}),
        await send(stranger, 'POST', `/api/allocations/${randomUUID()}/accept`, {}),
      );
    });
    await demo.handle.db.delete(allocationRun).where(eq(allocationRun.id, runId));
  });

  it("GIVEN Belgium–Morocco's orientation modules THEN the outsider reads, writes and deletes none (404)", async () => {
    const url = `/api/partnerships/${beMa}/orientation-modules`;
    const modules = (await send(coordinator, 'GET', url)).json().modules as { id: string }[];
    expect(modules.length).toBeGreaterThan(0);
    await unchangedBy(demo, async () => {
      expect((await send(stranger, 'GET', url)).statusCode).toBe(404);
      const module = {
        origin: 'MA',
        destination: 'BE',
        topic: 'grievance',
        language: 'en',
        title: 'Raising a grievance',
        body: 'Whom to call.',
        questions: [
          { prompt: 'Keep payslips?', choices: ['Yes', 'No'], answer: 0, explanation: 'Proof.' },
        ],
        passMark: 1,
      };
      expect((await send(stranger, 'PUT', url, module)).statusCode).toBe(404);
      expect((await send(stranger, 'DELETE', `${url}/${modules[0]!.id}`)).statusCode).toBe(404);
    });
  });
});
