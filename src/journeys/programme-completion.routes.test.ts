import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/database.js';
import { auditEvent } from '../accounts/accounts.schema.js';
import {
  startProgrammeWorld,
  type ProgrammeCourse,
  type ProgrammeWorld,
} from './journeys.test-support.js';

interface Detail {
  journey: { id: string; stage: string; status: string; version: number; programmeId: string };
  events: { seq: number; actor: { as: string }; body: { type: string; to?: string } }[];
  evidence: { kind: string; value: string }[];
}

/** The completion tests' programmes: web development, linked to developers' slots (ISCO 2512). */
const WEB_DEVELOPMENT: ProgrammeCourse = {
  title: 'Web development',
  modules: ['Front end', 'Back end'],
  occupation: '2512',
  certificate: 'Web developer',
};

describe.each(testEngines())('a programme completion opens or moves journeys ($name)', (engine) => {
  let w: ProgrammeWorld;

  const complete = (programmeId: string, body: object) =>
    w.call(w.trainer, 'POST', `/api/programmes/${programmeId}/completions`, body);

  beforeAll(async () => {
    w = await startProgrammeWorld(engine, WEB_DEVELOPMENT);
  });
  afterAll(() => w.demo.close());

  it('GIVEN a person with no journey WHEN they complete part of a linked programme THEN a journey opens at in_training as an enrolment, audited', async () => {
    const programmeId = await w.programme('accepted');
    const candidateId = await w.person('Partial Completer');
    const done = await complete(programmeId, {
      candidateId,
      modules: [0],
      completedOn: '2026-11-20',
    });
    expect(done.statusCode, done.body).toBe(201);
    const [opened] = await w.journeysOf(candidateId);
    expect(opened?.stage).toBe('in_training');
    const detail = await w.detailOf<Detail>(opened!.id);
    expect(detail.journey.programmeId).toBe(programmeId);
    expect(detail.evidence.map((e) => e.kind)).toEqual(['training_enrolment']);
    expect(detail.evidence[0]!.value).toBe(programmeId);
    const audits = await w.demo.handle.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'journey.open'), eq(auditEvent.entityId, opened!.id)));
    expect(audits).toHaveLength(1);
  });

  it('GIVEN a person who does not consent to partnership matching WHEN they complete a linked programme THEN the completion is recorded and no journey opens', async () => {
    const programmeId = await w.programme('accepted');
    const candidateId = await w.person('Private Completer', false);
    const done = await complete(programmeId, { candidateId, completedOn: '2026-11-20' });
    expect(done.statusCode, done.body).toBe(201);
    expect(await w.journeysOf(candidateId)).toEqual([]);
  });

  it('GIVEN a person with no journey WHEN they complete a certifying linked programme THEN the journey opens at certified with the certificate', async () => {
    const programmeId = await w.programme('accepted');
    const candidateId = await w.person('Full Completer');
    const done = await complete(programmeId, { candidateId, completedOn: '2026-11-20' });
    expect(done.statusCode, done.body).toBe(201);
    const [opened] = await w.journeysOf(candidateId);
    expect(opened?.stage).toBe('certified');
    const kinds = (await w.detailOf<Detail>(opened!.id)).evidence.map((e) => e.kind).sort();
    expect(kinds).toEqual(['certificate', 'training_enrolment']);
  });

  it('GIVEN a journey at selected WHEN the person completes a certifying linked programme THEN it moves to certified as the training provider; without a certification only to in_training', async () => {
    const certifying = await w.programme('accepted');
    const plain = await w.programme('accepted', false);
    const [a, b] = [await w.person('Selected A'), await w.person('Selected B')];
    for (const candidateId of [a, b]) {
      const opened = await w.call(w.coordinator, 'POST', '/api/journeys', {
        partnershipId: w.partnershipId,
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
    const [ja] = await w.journeysOf(a);
    const [jb] = await w.journeysOf(b);
    expect(ja?.stage).toBe('certified');
    expect(jb?.stage).toBe('in_training');
    const detail = await w.detailOf<Detail>(ja!.id);
    const moved = detail.events.at(-1)!;
    expect(moved.body).toMatchObject({ type: 'advanced', to: 'certified' });
    expect(moved.actor.as).toBe('training_provider');
    expect(detail.evidence.map((e) => e.kind)).toContain('certificate');
  });

  it('GIVEN a programme whose link is only proposed, or a completion dated before the stage began THEN the completion is recorded and no journey opens or moves', async () => {
    const proposed = await w.programme('proposed');
    const stranger = await w.person('Unlinked Completer');
    expect(
      (await complete(proposed, { candidateId: stranger, completedOn: '2026-11-20' })).statusCode,
    ).toBe(201);
    expect(await w.journeysOf(stranger)).toEqual([]);

    const linked = await w.programme('accepted');
    const early = await w.person('Early Completer');
    await w.call(w.coordinator, 'POST', '/api/journeys', {
      partnershipId: w.partnershipId,
      candidateId: early,
      stage: 'selected',
      occurredOn: '2026-11-10',
    });
    expect(
      (await complete(linked, { candidateId: early, completedOn: '2026-11-01' })).statusCode,
    ).toBe(201);
    const [unchanged] = await w.journeysOf(early);
    expect(unchanged?.stage).toBe('selected');
    expect((await w.detailOf<Detail>(unchanged!.id)).evidence).toEqual([]);
  });
});
