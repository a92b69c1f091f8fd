import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoApp, TestSession } from '../accounts/accounts.test-support.js';
import { testEngines } from '../../test/support/database.js';
import { startPartnershipsDemo, type PartnershipsDemo } from './partnerships.test-support.js';

describe.each(testEngines())('workshops over HTTP ($name)', (engine) => {
  let demo: DemoApp;
  let coordinator: TestSession;
  let employer: TestSession;
  let trainer: TestSession;
  let candidate: TestSession;
  let admin: TestSession;
  let started: PartnershipsDemo;
  beforeAll(async () => {
    started = await startPartnershipsDemo(engine);
    ({ demo } = started);
    ({ coordinator, employer, trainer, candidate, admin } = started.sessions);
  });
  afterAll(() => demo.close());

  const orgId = (name: string) => started.orgId(name);
  const get = (url: string, s: TestSession) => started.get(url, s);
  const send = (method: 'POST' | 'PUT' | 'PATCH', url: string, s: TestSession, payload: unknown) =>
    started.send(method, url, s, payload);
  const partnershipCount = () => started.partnershipCount();

  it('GIVEN a workshop WHEN delegations submit ideas and participants score them THEN one score each, ranking, and winners become draft partnerships with a plan', async () => {
    const created = await send('POST', '/api/workshops', coordinator, {
      title: 'West and Central Africa tripartite workshop',
      heldOn: '2026-11-20',
      criteria: [
        { key: 'relevance', label: 'Relevance', weight: 2 },
        { key: 'feasibility', label: 'Feasibility', weight: 1 },
      ],
      anonymousScoring: true,
      delegations: [
        {
          country: 'BE',
          constituency: 'government',
          organisationId: orgId('Belgian Development Cooperation Agency'),
        },
        {
          country: 'SN',
          constituency: 'workers',
          organisationId: orgId('Confederation of Workers (Senegal)'),
        },
      ],
    });
    expect(created.statusCode).toBe(201);
    const url = `/api/workshops/${created.json().id}`;
    const workshop = (await get(url, coordinator)).json();
    const beDelegation = workshop.delegations.find((d: { country: string }) => d.country === 'BE');
    const idea = await send('POST', `${url}/ideas`, coordinator, {
      delegationId: beDelegation.id,
      title: 'Solar technicians from Senegal',
      origin: 'SN',
      destination: 'BE',
      occupations: ['7411'],
      tracks: ['home', 'away'],
    });
    expect(idea.statusCode).toBe(201);
    const ideaId = idea.json().id;
    expect(
      (
        await send('POST', `${url}/ideas`, employer, {
          delegationId: beDelegation.id,
          title: 'x',
          origin: 'SN',
          destination: 'BE',
        })
      ).statusCode,
    ).toBe(403);
    const scoreUrl = `${url}/ideas/${ideaId}/scores`;
    expect(
      (await send('POST', scoreUrl, employer, { scores: { relevance: 5, feasibility: 3 } }))
        .statusCode,
    ).toBe(204);
    const again = await send('POST', scoreUrl, employer, {
      scores: { relevance: 1, feasibility: 1 },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('workshop.duplicate_score');
    expect((await send('POST', scoreUrl, trainer, { scores: { relevance: 9 } })).statusCode).toBe(
      422,
    );
    expect(
      (await send('POST', scoreUrl, candidate, { scores: { relevance: 3, feasibility: 3 } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await send('POST', scoreUrl, trainer, { scores: { relevance: 3, feasibility: 3 } }))
        .statusCode,
    ).toBe(204);
    const ranked = (await get(url, employer)).json().ideas[0];
    expect(ranked).toMatchObject({ scoreCount: 2, scoredBy: null, scoredByMe: true });
    expect(ranked.weighted).toBeCloseTo((2 * 4 + 1 * 3) / 3);
    const winners = await send('POST', `${url}/winners`, coordinator, { ideaIds: [ideaId] });
    expect(winners.statusCode).toBe(200);
    const partnershipId = winners.json().partnerships[0].partnershipId;
    const dashboard = (await get(`/api/partnerships/${partnershipId}`, coordinator)).json();
    expect(dashboard.partnership).toMatchObject({
      status: 'draft',
      title: 'Solar technicians from Senegal',
    });
    expect(dashboard.partnership.parties.map((p: { role: string }) => p.role).sort()).toEqual([
      'signatory',
      'workers_representative',
    ]);
    expect(dashboard.plan.actions).toHaveLength(2);
  });

  it("GIVEN a workshop where the coordinator's agency sends no delegation WHEN they select winners THEN 403, and an admin may", async () => {
    const created = await send('POST', '/api/workshops', coordinator, {
      title: 'Sahel tripartite workshop',
      heldOn: '2026-11-20',
      criteria: [{ key: 'relevance', label: 'Relevance', weight: 1 }],
      anonymousScoring: false,
      delegations: [
        {
          country: 'SN',
          constituency: 'workers',
          organisationId: orgId('Confederation of Workers (Senegal)'),
        },
      ],
    });
    expect(created.statusCode).toBe(201);
    const url = `/api/workshops/${created.json().id}`;
    const delegationId = (await get(url, admin)).json().delegations[0].id as string;
    const idea = await send('POST', `${url}/ideas`, admin, {
      delegationId,
      title: 'Masons from Senegal',
      origin: 'SN',
      destination: 'BE',
      occupations: ['7112'],
      tracks: ['away'],
    });
    expect(idea.statusCode).toBe(201);
    const ideaId = idea.json().id as string;
    await send('POST', `${url}/ideas/${ideaId}/scores`, trainer, { scores: { relevance: 4 } });
    const before = await partnershipCount();
    const refused = await send('POST', `${url}/winners`, coordinator, { ideaIds: [ideaId] });
    expect(refused.statusCode).toBe(403);
    expect(await partnershipCount()).toBe(before);
    expect((await send('POST', `${url}/winners`, admin, { ideaIds: [ideaId] })).statusCode).toBe(
      200,
    );
  });
});
