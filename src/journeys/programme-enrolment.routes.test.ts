import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedTables, rowCountsOf } from '../../test/support/row-counts.js';
import { testEngines } from '../../test/support/database.js';
import { auditEvent } from '../accounts/accounts.schema.js';
import type { TestSession } from '../accounts/accounts.test-support.js';
import { journey } from './journeys.schema.js';
import {
  startProgrammeWorld,
  type ProgrammeCourse,
  type ProgrammeWorld,
} from './journeys.test-support.js';

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

/** The enrolment tests' programmes: welding, linked to welders' slots (ISCO 7212). */
const WELDING: ProgrammeCourse = {
  title: 'Welding',
  modules: ['Basics', 'Practice'],
  occupation: '7212',
  certificate: 'Welder',
};

describe.each(testEngines())('a programme enrolment opens or moves journeys ($name)', (engine) => {
  let w: ProgrammeWorld;

  const enrol = (programmeId: string, body: object) =>
    w.call(w.trainer, 'POST', `/api/programmes/${programmeId}/enrolments`, body);

  const listOf = async (s: TestSession, programmeId: string) => {
    const listed = await w.call(s, 'GET', `/api/programmes/${programmeId}/enrolments`);
    expect(listed.statusCode, listed.body).toBe(200);
    return listed.json().enrolments as Listed[];
  };

  beforeAll(async () => {
    w = await startProgrammeWorld(engine, WELDING);
  });
  afterAll(() => w.demo.close());

  it('GIVEN a person with no journey WHEN the provider enrols them THEN a journey opens at in_training as a programme_enrolment, audited, and the list shows it', async () => {
    const programmeId = await w.programme();
    const candidateId = await w.person('Enrolled Person');
    const done = await enrol(programmeId, { candidateId, enrolledOn: '2026-11-10' });
    expect(done.statusCode, done.body).toBe(201);
    const [opened] = await w.journeysOf(candidateId);
    expect(opened?.stage).toBe('in_training');
    const detail = await w.detailOf<Detail>(opened!.id);
    expect(detail.journey.programmeId).toBe(programmeId);
    expect(detail.evidence.map((e) => [e.kind, e.value])).toEqual([
      ['training_enrolment', programmeId],
    ]);
    const [row] = await w.demo.handle.db.select().from(journey).where(eq(journey.id, opened!.id));
    expect(row?.originKind).toBe('programme_enrolment');
    for (const action of ['journey.open', 'programme_enrolment.enrol']) {
      const entityId = action === 'journey.open' ? opened!.id : (done.json().id as string);
      const audits = await w.demo.handle.db
        .select()
        .from(auditEvent)
        .where(and(eq(auditEvent.action, action), eq(auditEvent.entityId, entityId)));
      expect(audits, action).toHaveLength(1);
    }
    for (const s of [w.trainer, w.coordinator]) {
      const [listed] = await listOf(s, programmeId);
      expect(listed?.name).toBe('Enrolled Person');
      expect(listed?.journeys).toEqual([
        {
          journeyId: opened!.id,
          partnershipId: w.partnershipId,
          stage: 'in_training',
          status: 'active',
        },
      ]);
    }
  });

  it('GIVEN an enrolled person WHEN the provider later records their certifying completion THEN the same journey moves to certified', async () => {
    const programmeId = await w.programme();
    const candidateId = await w.person('Enrolled Then Certified');
    expect((await enrol(programmeId, { candidateId, enrolledOn: '2026-11-02' })).statusCode).toBe(
      201,
    );
    const [before] = await w.journeysOf(candidateId);
    const done = await w.call(w.trainer, 'POST', `/api/programmes/${programmeId}/completions`, {
      candidateId,
      completedOn: '2026-11-20',
    });
    expect(done.statusCode, done.body).toBe(201);
    const after = await w.journeysOf(candidateId);
    expect(after).toEqual([{ id: before!.id, stage: 'certified' }]);
    const [listed] = await listOf(w.trainer, programmeId);
    expect(listed?.completedOn).toBe('2026-11-20');
    expect(listed?.journeys[0]?.stage).toBe('certified');
  });

  it('GIVEN a journey at selected WHEN the person is enrolled THEN it moves to in_training as the training provider; a journey further on is untouched', async () => {
    const programmeId = await w.programme();
    const [selected, further] = [await w.person('Selected'), await w.person('Further On')];
    for (const candidateId of [selected, further]) {
      const opened = await w.call(w.coordinator, 'POST', '/api/journeys', {
        partnershipId: w.partnershipId,
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
    const [moved] = await w.journeysOf(selected);
    expect(moved?.stage).toBe('in_training');
    const detail = await w.detailOf<Detail>(moved!.id);
    expect(detail.events.at(-1)!.body).toMatchObject({ type: 'advanced', to: 'in_training' });
    expect(detail.events.at(-1)!.actor.as).toBe('training_provider');
    const [untouched] = await w.journeysOf(further);
    expect(untouched?.stage).toBe('certified');
  });

  it('GIVEN a person who does not consent, or a programme whose link is only proposed THEN the enrolment is recorded and no journey opens; the coordinator does not list the person', async () => {
    const linked = await w.programme();
    const privateOne = await w.person('Private Person', false);
    expect(
      (await enrol(linked, { candidateId: privateOne, enrolledOn: '2026-11-02' })).statusCode,
    ).toBe(201);
    expect(await w.journeysOf(privateOne)).toEqual([]);
    expect((await listOf(w.trainer, linked)).map((e) => e.candidateId)).toEqual([privateOne]);
    expect(await listOf(w.coordinator, linked)).toEqual([]);

    const proposed = await w.programme('proposed');
    const unlinked = await w.person('Unlinked Person');
    expect(
      (await enrol(proposed, { candidateId: unlinked, enrolledOn: '2026-11-02' })).statusCode,
    ).toBe(201);
    expect(await w.journeysOf(unlinked)).toEqual([]);
  });

  it('GIVEN bad input THEN problem+json names the field and nothing changes; a second standing enrolment is 409', async () => {
    const programmeId = await w.programme();
    const candidateId = await w.person('Bad Input');
    const before = await rowCountsOf(w.demo.handle.db);
    const future = await enrol(programmeId, { candidateId, enrolledOn: '2026-12-30' });
    expect(future.statusCode).toBe(422);
    expect(future.headers['content-type']).toContain('application/problem+json');
    expect(future.json().fields).toEqual([{ field: 'enrolledOn', reason: 'is after today' }]);
    const malformed = await enrol(programmeId, { candidateId: 'nobody', enrolledOn: '2026-11-02' });
    expect(malformed.statusCode).toBe(400);
    expect(JSON.stringify(malformed.json())).toContain('candidateId');
    expect(changedTables(before, await rowCountsOf(w.demo.handle.db))).toEqual([]);

    expect((await enrol(programmeId, { candidateId, enrolledOn: '2026-11-02' })).statusCode).toBe(
      201,
    );
    const again = await enrol(programmeId, { candidateId, enrolledOn: '2026-11-03' });
    expect(again.statusCode).toBe(409);
  });

  it('GIVEN a standing enrolment WHEN the provider withdraws it with a reason THEN it is kept withdrawn, audited, the journey untouched; a date before the enrolment is 422 and a second withdrawal 409', async () => {
    const programmeId = await w.programme();
    const candidateId = await w.person('Withdrawing');
    const enrolled = await enrol(programmeId, { candidateId, enrolledOn: '2026-11-05' });
    const url = `/api/programmes/${programmeId}/enrolments/${enrolled.json().id}/withdrawal`;
    const early = await w.call(w.trainer, 'POST', url, {
      withdrawnOn: '2026-11-01',
      reason: 'Moved',
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().fields[0].field).toBe('withdrawnOn');
    const empty = await w.call(w.trainer, 'POST', url, { withdrawnOn: '2026-11-10', reason: '  ' });
    expect(empty.statusCode).toBe(400);
    const done = await w.call(w.trainer, 'POST', url, {
      withdrawnOn: '2026-11-10',
      reason: 'Moved',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ withdrawnOn: '2026-11-10', withdrawalReason: 'Moved' });
    const audits = await w.demo.handle.db
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.action, 'programme_enrolment.withdraw'));
    expect(audits.map((a) => a.entityId)).toContain(enrolled.json().id);
    expect(JSON.stringify(audits)).not.toContain('Moved');
    expect((await w.journeysOf(candidateId))[0]?.stage).toBe('in_training');
    const twice = await w.call(w.trainer, 'POST', url, {
      withdrawnOn: '2026-11-11',
      reason: 'Again',
    });
    expect(twice.statusCode).toBe(409);
    // Withdrawn, the person may be enrolled again.
    expect((await enrol(programmeId, { candidateId, enrolledOn: '2026-11-12' })).statusCode).toBe(
      201,
    );
  });
});
