import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedTables, rowCountsOf } from '../../test/support/row-counts.js';
import { testEngines } from '../../test/support/database.js';
import { auditEvent } from '../accounts/accounts.schema.js';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import { partnership } from '../partnerships/partnerships.schema.js';
import { partnershipSlotLink } from '../people/slot-links/slot-link.schema.js';
import { candidateProfileSchema } from '../people/candidates/candidate-profile.js';
import { candidate, candidateConsent } from '../people/people.schema.js';
import { journey } from './journeys.schema.js';

const skill = (n: number) =>
  `http://data.europa.eu/esco/skill/00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

interface Detail {
  journey: { id: string; stage: string; status: string; programmeId: string };
  events: { actor: { as: string }; body: { type: string; to?: string } }[];
  evidence: { kind: string; value: string }[];
}

interface Listed {
  id: string;
  candidateId: string;
  name: string;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
  completedOn: string | null;
  journeys: { journeyId: string; partnershipId: string; stage: string; status: string }[];
}

describe.each(testEngines())('a programme enrolment opens or moves journeys ($name)', (engine) => {
  let demo: DemoApp;
  let trainer: TestSession;
  let coordinator: TestSession;
  let partnershipId: string;
  let providerId: string;

  const call = (s: TestSession, method: 'GET' | 'POST', url: string, payload?: object) =>
    demo.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });

  /** A person living in Morocco, with no account, consenting to partnership matching unless told. */
  async function person(name: string, consents = true): Promise<string> {
    const id = randomUUID();
    const profile = candidateProfileSchema.parse({
      name,
      residenceCountry: 'MA',
      nationality: 'MA',
    });
    await demo.handle.db.insert(candidate).values({
      id,
      userId: null,
      residenceCountry: 'MA',
      profile,
      createdAt: demo.clock.now,
      updatedAt: demo.clock.now,
    });
    if (consents)
      await demo.handle.db
        .insert(candidateConsent)
        .values({ candidateId: id, purpose: 'partnership_matching', grantedAt: demo.clock.now });
    return id;
  }

  /** A certifying two-module programme of the trainer's provider, linked to the partnership. */
  async function programme(status: 'accepted' | 'proposed' = 'accepted'): Promise<string> {
    const created = await call(trainer, 'POST', '/api/programmes', {
      title: `Welding ${randomUUID().slice(0, 6)}`,
      providerId,
      location: 'origin',
      country: 'MA',
      modules: [
        { title: 'Basics', skills: [skill(1)], hours: 80 },
        { title: 'Practice', skills: [skill(2)], hours: 80 },
      ],
      seats: 20,
      certification: { title: 'Welder', awardingBodies: [{ name: 'OFPPT', country: 'MA' }] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const programmeId = created.json().id as string;
    await demo.handle.db.insert(partnershipSlotLink).values({
      id: randomUUID(),
      partnershipId,
      slotKind: 'programme',
      programmeId,
      partyOrganisationId: providerId,
      occupation: '7212',
      status,
      proposedAt: demo.clock.now,
    });
    return programmeId;
  }

  const enrol = (programmeId: string, body: object) =>
    call(trainer, 'POST', `/api/programmes/${programmeId}/enrolments`, body);

  const journeysOf = (candidateId: string) =>
    demo.handle.db
      .select({ id: journey.id, stage: journey.stage })
      .from(journey)
      .where(and(eq(journey.partnershipId, partnershipId), eq(journey.candidateId, candidateId)));

  const detailOf = async (id: string) =>
    (await call(coordinator, 'GET', `/api/journeys/${id}`)).json() as Detail;

  const listOf = async (s: TestSession, programmeId: string) => {
    const listed = await call(s, 'GET', `/api/programmes/${programmeId}/enrolments`);
    expect(listed.statusCode, listed.body).toBe(200);
    return listed.json().enrolments as Listed[];
  };

  beforeAll(async () => {
    demo = await startDemoApp(engine);
    [trainer, coordinator] = await Promise.all([
      demo.loginAs('trainer'),
      demo.loginAs('coordinator'),
    ]);
    providerId = (await call(trainer, 'GET', '/api/auth/me')).json().user.memberships[0]
      .organisationId;
    const rows = await demo.handle.db
      .select({ id: partnership.id, title: partnership.title })
      .from(partnership);
    partnershipId = rows.find((r) => r.title.startsWith('Belgium–Morocco'))?.id as string;
    expect(partnershipId).toBeDefined();
  });
  afterAll(() => demo.close());

  it('GIVEN a person with no journey WHEN the provider enrols them THEN a journey opens at in_training as a programme_enrolment, audited, and the list shows it', async () => {
    const programmeId = await programme();
    const candidateId = await person('Enrolled Person');
    const done = await enrol(programmeId, { candidateId, enrolledOn: '2026-11-10' });
    expect(done.statusCode, done.body).toBe(201);
    const [opened] = await journeysOf(candidateId);
    expect(opened?.stage).toBe('in_training');
    const detail = await detailOf(opened!.id);
    expect(detail.journey.programmeId).toBe(programmeId);
    expect(detail.evidence.map((e) => [e.kind, e.value])).toEqual([
      ['training_enrolment', programmeId],
    ]);
    const [row] = await demo.handle.db.select().from(journey).where(eq(journey.id, opened!.id));
    expect(row?.originKind).toBe('programme_enrolment');
    for (const action of ['journey.open', 'programme_enrolment.enrol']) {
      const entityId = action === 'journey.open' ? opened!.id : (done.json().id as string);
      const audits = await demo.handle.db
        .select()
        .from(auditEvent)
        .where(and(eq(auditEvent.action, action), eq(auditEvent.entityId, entityId)));
      expect(audits, action).toHaveLength(1);
    }
    for (const s of [trainer, coordinator]) {
      const [listed] = await listOf(s, programmeId);
      expect(listed?.name).toBe('Enrolled Person');
      expect(listed?.journeys).toEqual([
        { journeyId: opened!.id, partnershipId, stage: 'in_training', status: 'active' },
      ]);
    }
  });

  it('GIVEN an enrolled person WHEN the provider later records their certifying completion THEN the same journey moves to certified', async () => {
    const programmeId = await programme();
    const candidateId = await person('Enrolled Then Certified');
    expect((await enrol(programmeId, { candidateId, enrolledOn: '2026-11-02' })).statusCode).toBe(
      201,
    );
    const [before] = await journeysOf(candidateId);
    const done = await call(trainer, 'POST', `/api/programmes/${programmeId}/completions`, {
      candidateId,
      completedOn: '2026-11-20',
    });
    expect(done.statusCode, done.body).toBe(201);
    const after = await journeysOf(candidateId);
    expect(after).toEqual([{ id: before!.id, stage: 'certified' }]);
    const [listed] = await listOf(trainer, programmeId);
    expect(listed?.completedOn).toBe('2026-11-20');
    expect(listed?.journeys[0]?.stage).toBe('certified');
  });

  it('GIVEN a journey at selected WHEN the person is enrolled THEN it moves to in_training as the training provider; a journey further on is untouched', async () => {
    const programmeId = await programme();
    const [selected, further] = [await person('Selected'), await person('Further On')];
    for (const candidateId of [selected, further]) {
      const opened = await call(coordinator, 'POST', '/api/journeys', {
        partnershipId,
        candidateId,
        stage: candidateId === selected ? 'selected' : 'certified',
        occurredOn: '2026-10-01',
      });
      expect(opened.statusCode, opened.body).toBe(200);
    }
    for (const candidateId of [selected, further])
      expect((await enrol(programmeId, { candidateId, enrolledOn: '2026-11-02' })).statusCode).toBe(
        201,
      );
    const [moved] = await journeysOf(selected);
    expect(moved?.stage).toBe('in_training');
    const detail = await detailOf(moved!.id);
    expect(detail.events.at(-1)!.body).toMatchObject({ type: 'advanced', to: 'in_training' });
    expect(detail.events.at(-1)!.actor.as).toBe('training_provider');
    const [untouched] = await journeysOf(further);
    expect(untouched?.stage).toBe('certified');
  });

  it('GIVEN a person who does not consent, or a programme whose link is only proposed THEN the enrolment is recorded and no journey opens; the coordinator does not list the person', async () => {
    const linked = await programme();
    const privateOne = await person('Private Person', false);
    expect(
      (await enrol(linked, { candidateId: privateOne, enrolledOn: '2026-11-02' })).statusCode,
    ).toBe(201);
    expect(await journeysOf(privateOne)).toEqual([]);
    expect((await listOf(trainer, linked)).map((e) => e.candidateId)).toEqual([privateOne]);
    expect(await listOf(coordinator, linked)).toEqual([]);

    const proposed = await programme('proposed');
    const unlinked = await person('Unlinked Person');
    expect(
      (await enrol(proposed, { candidateId: unlinked, enrolledOn: '2026-11-02' })).statusCode,
    ).toBe(201);
    expect(await journeysOf(unlinked)).toEqual([]);
  });

  it('GIVEN bad input THEN problem+json names the field and nothing changes; a second standing enrolment is 409', async () => {
    const programmeId = await programme();
    const candidateId = await person('Bad Input');
    const before = await rowCountsOf(demo.handle.db);
    const future = await enrol(programmeId, { candidateId, enrolledOn: '2026-12-30' });
    expect(future.statusCode).toBe(422);
    expect(future.headers['content-type']).toContain('application/problem+json');
    expect(future.json().fields).toEqual([{ field: 'enrolledOn', reason: 'is after today' }]);
    const malformed = await enrol(programmeId, { candidateId: 'nobody', enrolledOn: '2026-11-02' });
    expect(malformed.statusCode).toBe(400);
    expect(JSON.stringify(malformed.json())).toContain('candidateId');
    expect(changedTables(before, await rowCountsOf(demo.handle.db))).toEqual([]);

    expect((await enrol(programmeId, { candidateId, enrolledOn: '2026-11-02' })).statusCode).toBe(
      201,
    );
    const again = await enrol(programmeId, { candidateId, enrolledOn: '2026-11-03' });
    expect(again.statusCode).toBe(409);
  });

  it('GIVEN a standing enrolment WHEN the provider withdraws it with a reason THEN it is kept withdrawn, audited, the journey untouched; a date before the enrolment is 422 and a second withdrawal 409', async () => {
    const programmeId = await programme();
    const candidateId = await person('Withdrawing');
    const enrolled = await enrol(programmeId, { candidateId, enrolledOn: '2026-11-05' });
    const url = `/api/programmes/${programmeId}/enrolments/${enrolled.json().id}/withdrawal`;
    const early = await call(trainer, 'POST', url, { withdrawnOn: '2026-11-01', reason: 'Moved' });
    expect(early.statusCode).toBe(422);
    expect(early.json().fields[0].field).toBe('withdrawnOn');
    const empty = await call(trainer, 'POST', url, { withdrawnOn: '2026-11-10', reason: '  ' });
    expect(empty.statusCode).toBe(400);
    const done = await call(trainer, 'POST', url, { withdrawnOn: '2026-11-10', reason: 'Moved' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ withdrawnOn: '2026-11-10', withdrawalReason: 'Moved' });
    const audits = await demo.handle.db
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.action, 'programme_enrolment.withdraw'));
    expect(audits.map((a) => a.entityId)).toContain(enrolled.json().id);
    expect(JSON.stringify(audits)).not.toContain('Moved');
    expect((await journeysOf(candidateId))[0]?.stage).toBe('in_training');
    const twice = await call(trainer, 'POST', url, { withdrawnOn: '2026-11-11', reason: 'Again' });
    expect(twice.statusCode).toBe(409);
    // Withdrawn, the person may be enrolled again.
    expect((await enrol(programmeId, { candidateId, enrolledOn: '2026-11-12' })).statusCode).toBe(
      201,
    );
  });
});
