import { randomUUID } from 'node:crypto';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisation } from '../../src/accounts/accounts.schema.js';
import type { DemoApp, TestSession } from '../../src/accounts/accounts.test-support.js';
import { startAllocationDemoApp } from '../../src/allocation/allocation.test-support.js';
import { loadCohortRows } from '../../src/allocation/cohort.store.js';
import { requirePartnership } from '../../src/partnerships/partnership.store.js';
import { testEngines } from '../support/database.js';
import {
  candidateIdOf,
  otherCandidate,
  outsiderSetUp,
  partiesOf,
  sameAsMissing,
  unchangedBy,
  unionOutside,
  type OutsiderSetUp,
  type Send,
} from './scope.test-support.js';

// Scope, not only role (docs/security.md, "Scope audit of the migration-cycle routes"): fair
// recruitment and grievances of Belgium–Morocco, against the organisations of another partnership
// holding every role, and against another candidate.
describe.each(testEngines())('protection: scope, not only role ($name)', (engine) => {
  let demo: DemoApp;
  let send: Send;
  let coordinator: TestSession;
  let person: TestSession;
  let employer: TestSession;
  let worker: TestSession;
  let stranger: TestSession;
  let other: TestSession;
  let beMa: string;
  let ngLt: string;
  let personId: string;
  let contractId: string;
  let orgOf: OutsiderSetUp['orgOf'];

  beforeAll(async () => {
    demo = await startAllocationDemoApp(engine);
    ({ send, coordinator, beMa, ngLt, stranger, orgOf } = await outsiderSetUp(demo));
    [person, employer, worker] = await Promise.all([
      demo.loginAs('candidate'),
      demo.loginAs('employer'),
      demo.loginAs('worker_representative'),
    ]);
    other = await otherCandidate(demo, ['MA']);
    personId = await candidateIdOf(demo, person.userId);
    await send(person, 'PUT', '/api/candidates/me/consents/partnership_matching');
    const employerId = await orgOf(employer);
    const rows = await loadCohortRows(
      demo.handle.db,
      await requirePartnership(demo.handle.db, beMa),
    );
    const vacancy = rows.vacancies.find((v) => v.posting.employerId === employerId)!;
    const created = await send(coordinator, 'POST', '/api/contracts', {
      partnershipId: beMa,
      candidateId: personId,
      vacancyId: vacancy.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    contractId = created.json().contract.id;
  });
  afterAll(() => demo.close());

  it('GIVEN an employer of another partnership WHEN recording a placement for a Belgium–Morocco person in their own THEN 404 as for no one; whoever may not record placements gets the same 403 for anyone', async () => {
    const [party] = await partiesOf(demo, ngLt);
    const place = (s: TestSession, partnershipId: string, candidateId: string) =>
      send(s, 'POST', '/api/contracts', { partnershipId, candidateId, employerId: party });
    await unchangedBy(demo, async () => {
      const hidden = await place(stranger, ngLt, personId);
      sameAsMissing(hidden, await place(stranger, ngLt, randomUUID()));
      expect(hidden.body).not.toContain('Demo Candidate');
      const known = await place(other, beMa, personId);
      const unknown = await place(other, beMa, randomUUID());
      expect(known.statusCode).toBe(403);
      expect(known.json()).toEqual(unknown.json());
    });
  });

  it('GIVEN a Belgium–Morocco contract THEN its routes answer 404 to the outsider and another candidate, its lists hold nothing, and nothing changes', async () => {
    const c = `/api/contracts/${contractId}`;
    const terms = { wage: null, hoursPerWeek: 40, occupationUri: null, country: 'BE', city: null };
    const p = (path: string) => `/api/${path.replace(':id', beMa)}`;
    const requests: [method: 'GET' | 'POST' | 'PUT', url: string, body?: object][] = [
      ['GET', c],
      ['PUT', `${c}/versions/signed`, { terms, statedOn: '2026-10-01' }],
      ['PUT', `${c}/versions/actual`, { terms, statedOn: '2026-10-01' }],
      ['GET', `/api/recruitment-costs?contractId=${contractId}`],
      [
        'POST',
        '/api/recruitment-costs',
        { contractId, kind: 'travel', amount: 10, currency: 'EUR', paidBy: 'worker' },
      ],
      ['GET', p('fair-recruitment/:id/report')],
      ['GET', p('fair-recruitment/:id/rules')],
      [
        'PUT',
        p('fair-recruitment/:id/rules'),
        {
          employerPays: [],
          tolerances: {
            wageDropPercent: 1,
            hoursRisePercent: 1,
            occupationMustMatch: true,
            placeMustMatch: true,
          },
        },
      ],
      ['GET', p('compliance/:id')],
      [
        'POST',
        p('compliance/:id/suspensions'),
        { organisationId: await orgOf(employer), role: 'employer', reason: 'no reason' },
      ],
      ['POST', p(`compliance/:id/suspensions/${randomUUID()}/lift`), { reason: 'no reason' }],
    ];
    await unchangedBy(demo, async () => {
      for (const s of [stranger, other]) {
        for (const [method, url, body] of requests) {
          const response = await send(s, method, url, body);
          expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(404);
        }
        for (const url of [`/api/contracts?partnershipId=${beMa}`, '/api/contracts'])
          expect((await send(s, 'GET', url)).json().contracts).toEqual([]);
      }
    });
    for (const s of [coordinator, person, employer])
      expect((await send(s, 'GET', c)).statusCode).toBe(200);
    const listed = (await send(coordinator, 'GET', `/api/contracts?partnershipId=${beMa}`)).json();
    expect(listed.contracts.map((x: { id: string }) => x.id)).toContain(contractId);
  });

  it("GIVEN the person's costs with two employers THEN each employer reads only its own; the person and the coordinator read both", async () => {
    const own = await orgOf(employer);
    const [second] = await demo.handle.db
      .select({ id: organisation.id })
      .from(organisation)
      .where(
        and(
          inArray(organisation.id, await partiesOf(demo, beMa)),
          eq(organisation.kind, 'employer'),
          ne(organisation.id, own),
        ),
      );
    const elsewhere = await send(coordinator, 'POST', '/api/contracts', {
      partnershipId: beMa,
      candidateId: personId,
      employerId: second!.id,
    });
    expect(elsewhere.statusCode, elsewhere.body).toBe(201);
    const cost = await send(coordinator, 'POST', '/api/recruitment-costs', {
      contractId: elsewhere.json().contract.id,
      kind: 'visa',
      amount: 777,
      currency: 'EUR',
      paidBy: 'worker',
    });
    expect(cost.statusCode, cost.body).toBe(201);
    const amounts = async (s: TestSession) =>
      (await send(s, 'GET', `/api/recruitment-costs?contractId=${contractId}`))
        .json()
        .costs.map((x: { amount: number }) => x.amount);
    expect(await amounts(employer)).not.toContain(777);
    expect(await amounts(coordinator)).toContain(777);
    expect(await amounts(person)).toContain(777);
  });

  it("GIVEN a filing for someone else WHEN it names a workers' organisation the filer does not represent THEN 422 naming the field and nothing is stored; their own is filed", async () => {
    const file = (s: TestSession, body: object) =>
      send(s, 'POST', '/api/grievances', {
        topic: 'wages',
        narrative: 'Wages late for three months',
        country: 'BE',
        personUserId: person.userId,
        ...body,
      });
    const foreign = await unionOutside(demo, beMa);
    const ownUnion = await orgOf(worker);
    await unchangedBy(demo, async () => {
      for (const [s, filerKind, union] of [
        [worker, 'representative', foreign],
        [coordinator, 'on_behalf', ownUnion],
      ] as const) {
        const refused = await file(s, { filerKind, representativeOrganisationId: union });
        expect(refused.statusCode, refused.body).toBe(422);
        expect(refused.json().fields[0].field).toBe('representativeOrganisationId');
      }
    });
    const filed = await file(worker, {
      filerKind: 'representative',
      representativeOrganisationId: ownUnion,
    });
    expect(filed.statusCode, filed.body).toBe(201);
  });

  it("GIVEN a person's Belgium–Morocco grievance THEN the outsider and another candidate get 404 as for none on every route, lists and routing included, and nothing changes", async () => {
    const filed = await send(person, 'POST', '/api/grievances', {
      topic: 'documents_withheld',
      narrative: 'My passport is kept by the supervisor',
      country: 'BE',
      partnershipId: beMa,
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json().id as string;
    const g = `/api/grievances/${id}`;
    const requests: [method: 'GET' | 'POST' | 'PUT', url: string, body?: object][] = [
      ['POST', `${g}/steps`, { step: 'acknowledged' }],
      ['POST', `${g}/information`, { note: 'More' }],
      ['POST', `${g}/appeal`, {}],
      ['PUT', `${g}/sharing`, { organisationId: null }],
      ['GET', `${g}/attachments/${randomUUID()}`],
      ['GET', `/api/partnerships/${beMa}/grievance-routing`],
      ['PUT', `/api/partnerships/${beMa}/grievance-routing`, { rules: [] }],
    ];
    await unchangedBy(demo, async () => {
      for (const s of [stranger, other]) {
        sameAsMissing(
          await send(s, 'GET', g),
          await send(s, 'GET', `/api/grievances/${randomUUID()}`),
        );
        for (const [method, url, body] of requests) {
          const response = await send(s, method, url, body);
          expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(404);
        }
        const listed = (await send(s, 'GET', '/api/grievances')).json().grievances;
        expect(listed.map((x: { id: string }) => x.id)).not.toContain(id);
      }
    });
    expect((await send(person, 'GET', g)).json().narrative).toContain('passport');
  });

  it('GIVEN receipt codes THEN they carry 100 bits, differ, and any wrong code gets the same 404 whatever the route, changing nothing', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 2; i++) {
      const filed = await demo.app.inject({
        method: 'POST',
        url: '/api/grievances/anonymous',
        payload: { topic: 'wages', narrative: 'Unpaid overtime', country: 'BE' },
      });
      codes.push(filed.json().receiptCode);
    }
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/);
    expect(codes[0]).not.toBe(codes[1]);
    const wrong = codes[0]!.slice(0, -1) + (codes[0]!.endsWith('A') ? 'B' : 'A');
    await unchangedBy(demo, async () => {
      const answers = [];
      for (const [url, extra] of [
        ['/api/grievances/follow', {}],
        ['/api/grievances/follow/information', { note: 'More' }],
        ['/api/grievances/follow/appeal', {}],
      ] as const)
        for (const receiptCode of [wrong, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ']) {
          const r = await demo.app.inject({
            method: 'POST',
            url,
            payload: { receiptCode, ...extra },
          });
          answers.push({ status: r.statusCode, body: r.json() });
        }
      expect(answers.every((a) => a.status === 404)).toBe(true);
      expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    });
  });
});
