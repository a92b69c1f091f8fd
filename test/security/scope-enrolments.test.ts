import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startDemoApp,
  type DemoApp,
  type TestSession,
} from '../../src/accounts/accounts.test-support.js';
import { candidateProfileSchema } from '../../src/people/candidates/candidate-profile.js';
import { candidate, candidateConsent } from '../../src/people/people.schema.js';
import { partnershipSlotLink } from '../../src/people/slot-links/slot-link.schema.js';
import { testEngines } from '../support/database.js';
import {
  outsiderSetUp,
  sameAsMissing,
  unchangedBy,
  type OutsiderSetUp,
  type Send,
} from './scope.test-support.js';

// Scope, not only role (docs/security.md, "Scope audit of the migration-cycle routes"): only the
// programme's own provider enrols and withdraws; its staff and the coordinators of the linked
// partnerships read. A trainer and coordinator of another partnership's organisations, and a
// candidate, change nothing and read nothing; people out of the provider's reach answer as no one.
describe.each(testEngines())('programme enrolments: scope, not only role ($name)', (engine) => {
  let demo: DemoApp;
  let send: Send;
  let trainer: TestSession;
  let coordinator: TestSession;
  let stranger: TestSession;
  let other: TestSession;
  let programmeId: string;
  let otherProgrammeId: string;
  let personId: string;
  let enrolmentId: string;
  const day = '2026-11-02';

  async function person(residenceCountry: string): Promise<string> {
    const id = randomUUID();
    const profile = candidateProfileSchema.parse({
      name: `Person ${id.slice(0, 4)}`,
      residenceCountry,
      nationality: residenceCountry,
    });
    await demo.handle.db.insert(candidate).values({
      id,
      userId: null,
      residenceCountry,
      profile,
      createdAt: demo.clock.now,
      updatedAt: demo.clock.now,
    });
    await demo.handle.db
      .insert(candidateConsent)
      .values({ candidateId: id, purpose: 'partnership_matching', grantedAt: demo.clock.now });
    return id;
  }

  async function linkedProgramme(partnershipId: string, providerId: string): Promise<string> {
    const created = await send(trainer, 'POST', '/api/programmes', {
      title: `Plumbing ${randomUUID().slice(0, 6)}`,
      providerId,
      location: 'origin',
      country: 'MA',
      modules: [
        {
          title: 'Pipes',
          skills: ['http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000001'],
          hours: 40,
        },
      ],
      seats: 10,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    await demo.handle.db.insert(partnershipSlotLink).values({
      id: randomUUID(),
      partnershipId,
      slotKind: 'programme',
      programmeId: id,
      partyOrganisationId: providerId,
      occupation: '7126',
      status: 'accepted',
      proposedAt: demo.clock.now,
    });
    return id;
  }

  beforeAll(async () => {
    demo = await startDemoApp(engine);
    let beMa: string;
    let orgOf: OutsiderSetUp['orgOf'];
    ({ send, coordinator, beMa, stranger, orgOf } = await outsiderSetUp(demo));
    trainer = await demo.loginAs('trainer');
    other = await demo.loginAs('candidate');
    const providerId = await orgOf(trainer);
    programmeId = await linkedProgramme(beMa, providerId);
    otherProgrammeId = await linkedProgramme(beMa, providerId);
    personId = await person('MA');
    const enrolled = await send(trainer, 'POST', `/api/programmes/${programmeId}/enrolments`, {
      candidateId: personId,
      enrolledOn: day,
    });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    enrolmentId = enrolled.json().id as string;
  });
  afterAll(() => demo.close());

  it("GIVEN another partnership's trainer and coordinator, and a candidate THEN they enrol, withdraw and list nothing (403: programmes are public, their enrolments are not)", async () => {
    const url = `/api/programmes/${programmeId}/enrolments`;
    await unchangedBy(demo, async () => {
      for (const s of [stranger, other]) {
        const enrol = await send(s, 'POST', url, { candidateId: personId, enrolledOn: day });
        expect(enrol.statusCode, enrol.body).toBe(403);
        const withdraw = await send(s, 'POST', `${url}/${enrolmentId}/withdrawal`, {
          withdrawnOn: day,
          reason: 'x',
        });
        expect(withdraw.statusCode).toBe(403);
        const list = await send(s, 'GET', url);
        expect(list.statusCode).toBe(403);
        expect(list.body).not.toContain(personId);
      }
      // The entitled coordinator of Belgium–Morocco reads, but enrols no one.
      expect(
        (await send(coordinator, 'POST', url, { candidateId: personId, enrolledOn: day }))
          .statusCode,
      ).toBe(403);
    });
    const listed = await send(coordinator, 'GET', url);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().enrolments.map((e: { id: string }) => e.id)).toEqual([enrolmentId]);
  });

  it('GIVEN the provider THEN a person out of its reach is 404 as for no one, an unknown programme 404, an enrolment of another programme 404 as for none; nothing changes', async () => {
    const url = (id: string) => `/api/programmes/${id}/enrolments`;
    const farAway = await person('PH');
    await unchangedBy(demo, async () => {
      sameAsMissing(
        await send(trainer, 'POST', url(programmeId), { candidateId: farAway, enrolledOn: day }),
        await send(trainer, 'POST', url(programmeId), {
          candidateId: randomUUID(),
          enrolledOn: day,
        }),
      );
      for (const [method, path] of [
        ['GET', url(randomUUID())],
        ['POST', url(randomUUID())],
      ] as const) {
        const body = method === 'POST' ? { candidateId: personId, enrolledOn: day } : undefined;
        const r = await send(trainer, method, path, body);
        expect(r.statusCode, `${method} ${path}`).toBe(404);
      }
      const withdraw = (programme: string, enrolment: string) =>
        send(trainer, 'POST', `${url(programme)}/${enrolment}/withdrawal`, {
          withdrawnOn: day,
          reason: 'x',
        });
      sameAsMissing(
        await withdraw(otherProgrammeId, enrolmentId),
        await withdraw(otherProgrammeId, randomUUID()),
      );
    });
  });
});
