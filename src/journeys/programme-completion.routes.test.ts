import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  journey: { id: string; stage: string; status: string; version: number; programmeId: string };
  events: { seq: number; actor: { as: string }; body: { type: string; to?: string } }[];
  evidence: { kind: string; value: string }[];
}

describe.each(testEngines())('a programme completion opens or moves journeys ($name)', (engine) => {
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

  /** A two-module programme of the trainer's provider, linked to the partnership as `status`. */
  async function programme(status: 'accepted' | 'proposed', certifies = true): Promise<string> {
    const created = await call(trainer, 'POST', '/api/programmes', {
      title: `Web development ${randomUUID().slice(0, 6)}`,
      providerId,
      location: 'origin',
      country: 'MA',
      modules: [
        { title: 'Front end', skills: [skill(1)], hours: 80 },
        { title: 'Back end', skills: [skill(2)], hours: 80 },
      ],
      seats: 20,
      ...(certifies
        ? {
            certification: {
              title: 'Web developer',
              awardingBodies: [{ name: 'OFPPT', country: 'MA' }],
            },
          }
        : {}),
    });
    expect(created.statusCode, created.body).toBe(201);
    const programmeId = created.json().id as string;
    await demo.handle.db.insert(partnershipSlotLink).values({
      id: randomUUID(),
      partnershipId,
      slotKind: 'programme',
      programmeId,
      partyOrganisationId: providerId,
      occupation: '2512',
      status,
      proposedAt: demo.clock.now,
    });
    return programmeId;
  }

  const complete = (programmeId: string, body: object) =>
    call(trainer, 'POST', `/api/programmes/${programmeId}/completions`, body);

  const journeysOf = (candidateId: string) =>
    demo.handle.db
      .select({ id: journey.id, stage: journey.stage })
      .from(journey)
      .where(and(eq(journey.partnershipId, partnershipId), eq(journey.candidateId, candidateId)));

  const detailOf = async (id: string) =>
    (await call(coordinator, 'GET', `/api/journeys/${id}`)).json() as Detail;

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

  it('GIVEN a person with no journey WHEN they complete part of a linked programme THEN a journey opens at in_training as an enrolment, audited', async () => {
    const programmeId = await programme('accepted');
    const candidateId = await person('Partial Completer');
    const done = await complete(programmeId, {
      candidateId,
      modules: [0],
      completedOn: '2026-11-20',
    });
    expect(done.statusCode, done.body).toBe(201);
    const [opened] = await journeysOf(candidateId);
    expect(opened?.stage).toBe('in_training');
    const detail = await detailOf(opened!.id);
    expect(detail.journey.programmeId).toBe(programmeId);
    expect(detail.evidence.map((e) => e.kind)).toEqual(['training_enrolment']);
    expect(detail.evidence[0]!.value).toBe(programmeId);
    const audits = await demo.handle.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'journey.open'), eq(auditEvent.entityId, opened!.id)));
    expect(audits).toHaveLength(1);
  });

  it('GIVEN a person who does not consent to partnership matching WHEN they complete a linked programme THEN the completion is recorded and no journey opens', async () => {
    const programmeId = await programme('accepted');
    const candidateId = await person('Private Completer', false);
    const done = await complete(programmeId, { candidateId, completedOn: '2026-11-20' });
    expect(done.statusCode, done.body).toBe(201);
    expect(await journeysOf(candidateId)).toEqual([]);
  });

  it('GIVEN a person with no journey WHEN they complete a certifying linked programme THEN the journey opens at certified with the certificate', async () => {
    const programmeId = await programme('accepted');
    const candidateId = await person('Full Completer');
    const done = await complete(programmeId, { candidateId, completedOn: '2026-11-20' });
    expect(done.statusCode, done.body).toBe(201);
    const [opened] = await journeysOf(candidateId);
    expect(opened?.stage).toBe('certified');
    const kinds = (await detailOf(opened!.id)).evidence.map((e) => e.kind).sort();
    expect(kinds).toEqual(['certificate', 'training_enrolment']);
  });

  it('GIVEN a journey at selected WHEN the person completes a certifying linked programme THEN it moves to certified as the training provider; without a certification only to in_training', async () => {
    const certifying = await programme('accepted');
    const plain = await programme('accepted', false);
    const [a, b] = [await person('Selected A'), await person('Selected B')];
    for (const candidateId of [a, b]) {
      const opened = await call(coordinator, 'POST', '/api/journeys', {
        partnershipId,
        candidateId,
        stage: 'selected',
        occurredOn: '2026-10-01',
      });
      expect(opened.statusCode, opened.body).toBe(200);
    }
    expect(
      (await complete(certifying, { candidateId: a, completedOn: '2026-11-02' })).statusCode,
    ).toBe(201);
    expect((await complete(plain, { candidateId: b, completedOn: '2026-11-02' })).statusCode).toBe(
      201,
    );
    const [ja] = await journeysOf(a);
    const [jb] = await journeysOf(b);
    expect(ja?.stage).toBe('certified');
    expect(jb?.stage).toBe('in_training');
    const detail = await detailOf(ja!.id);
    const moved = detail.events.at(-1)!;
    expect(moved.body).toMatchObject({ type: 'advanced', to: 'certified' });
    expect(moved.actor.as).toBe('training_provider');
    expect(detail.evidence.map((e) => e.kind)).toContain('certificate');
  });

  it('GIVEN a programme whose link is only proposed, or a completion dated before the stage began THEN the completion is recorded and no journey opens or moves', async () => {
    const proposed = await programme('proposed');
    const stranger = await person('Unlinked Completer');
    expect(
      (await complete(proposed, { candidateId: stranger, completedOn: '2026-11-20' })).statusCode,
    ).toBe(201);
    expect(await journeysOf(stranger)).toEqual([]);

    const linked = await programme('accepted');
    const early = await person('Early Completer');
    await call(coordinator, 'POST', '/api/journeys', {
      partnershipId,
      candidateId: early,
      stage: 'selected',
      occurredOn: '2026-11-10',
    });
    expect(
      (await complete(linked, { candidateId: early, completedOn: '2026-11-01' })).statusCode,
    ).toBe(201);
    const [unchanged] = await journeysOf(early);
    expect(unchanged?.stage).toBe('selected');
    expect((await detailOf(unchanged!.id)).evidence).toEqual([]);
  });
});
