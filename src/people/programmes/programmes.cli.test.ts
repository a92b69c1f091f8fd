import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/database.js';
import { rowCountsOf } from '../../../test/support/row-counts.js';
import { appUser, auditEvent, membership } from '../../accounts/accounts.schema.js';
import { openDemoDatabase } from '../../allocation/allocation.test-support.js';
import { runCommands } from '../../cli/cli.test-support.js';
import type { DatabaseHandle } from '../../db/database.js';
import { journeysAfterProgrammeEvent } from '../../journeys/programme-follow-up.service.js';
import { journey } from '../../journeys/journeys.schema.js';
import { candidateProfileSchema } from '../candidates/candidate-profile.js';
import { cohortPartnerships } from '../candidates/candidate-scope.store.js';
import { peopleCommands } from '../people.cli.js';
import { candidate, candidateConsent, programme, programmeEnrolment } from '../people.schema.js';
import { partnershipSlotLink } from '../slot-links/slot-link.schema.js';

describe.each(testEngines())('passerelle programmes enrol|withdraw ($name)', (engine) => {
  let handle: DatabaseHandle;
  let programmeId: string;
  let partnershipId: string;
  let personId: string;
  const trainer = { id: randomUUID(), email: 'cli-trainer@example.org' };
  const outsider = { id: randomUUID(), email: 'cli-outsider@example.org' };
  const now = new Date();
  const today = now.toISOString().slice(0, 10);

  const run = (...args: string[]) =>
    runCommands(
      (program, context) =>
        peopleCommands(program, context, { enrolmentFollowUp: journeysAfterProgrammeEvent }),
      handle,
      ['programmes', ...args],
    );

  async function user(u: { id: string; email: string }, organisationId: string) {
    await handle.db.insert(appUser).values({
      id: u.id,
      email: u.email,
      displayName: u.email,
      passwordHash: 'not used',
      createdAt: now,
    });
    await handle.db.insert(membership).values({ userId: u.id, organisationId, role: 'trainer' });
  }

  beforeAll(async () => {
    handle = await openDemoDatabase(engine);
    const [link] = await handle.db
      .select({
        programmeId: partnershipSlotLink.programmeId,
        partnershipId: partnershipSlotLink.partnershipId,
        providerId: programme.providerId,
      })
      .from(partnershipSlotLink)
      .innerJoin(programme, eq(programme.id, partnershipSlotLink.programmeId))
      .where(eq(partnershipSlotLink.status, 'accepted'))
      .limit(1);
    programmeId = link!.programmeId!;
    partnershipId = link!.partnershipId;
    await user(trainer, link!.providerId);
    const otherProvider = (await handle.db.select({ id: programme.providerId }).from(programme))
      .map((p) => p.id)
      .find((id) => id !== link!.providerId);
    await user(outsider, otherProvider!);
    const origin = (await cohortPartnerships(handle.db)).get(partnershipId)!.originCountries[0]!;
    personId = randomUUID();
    await handle.db.insert(candidate).values({
      id: personId,
      userId: null,
      residenceCountry: origin,
      profile: candidateProfileSchema.parse({
        name: 'Cli Person',
        residenceCountry: origin,
        nationality: origin,
      }),
      createdAt: now,
      updatedAt: now,
    });
    await handle.db
      .insert(candidateConsent)
      .values({ candidateId: personId, purpose: 'partnership_matching', grantedAt: now });
  });
  afterAll(() => handle.close());

  it('GIVEN a trainer of another provider, an unknown user or a bad date THEN the command fails naming why and nothing changes', async () => {
    const before = await rowCountsOf(handle.db);
    await expect(
      run('enrol', programmeId, '--person', personId, '--as', outsider.email),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(
      run('enrol', programmeId, '--person', personId, '--as', 'nobody@example.org'),
    ).rejects.toThrow(/No active user/);
    await expect(
      run('enrol', programmeId, '--person', personId, '--as', trainer.email, '--on', '2026-02-30'),
    ).rejects.toThrow(/--on/);
    await expect(
      run('enrol', programmeId, '--person', personId, '--as', trainer.email, '--on', '2999-01-01'),
    ).rejects.toThrow(/enrolledOn is after today/);
    await expect(
      run('enrol', randomUUID(), '--person', personId, '--as', trainer.email),
    ).rejects.toMatchObject({ kind: 'not_found' });
    expect(await rowCountsOf(handle.db)).toEqual(before);
  });

  it("GIVEN the provider's trainer WHEN they enrol a person of the partnership's cohort THEN the enrolment is recorded, audited in their name, the journey opens; a second is refused; WHEN they withdraw it THEN the reason is kept", async () => {
    const out = await run('enrol', programmeId, '--person', personId, '--as', trainer.email);
    const [row] = await handle.db
      .select()
      .from(programmeEnrolment)
      .where(eq(programmeEnrolment.candidateId, personId));
    expect(row).toMatchObject({ programmeId, enrolledOn: today, recordedBy: trainer.id });
    expect(out).toBe(`${row!.id}  Cli Person  enrolled ${today}\n`);
    const audit = await handle.db
      .select({ actor: auditEvent.actorUserId })
      .from(auditEvent)
      .where(
        and(eq(auditEvent.action, 'programme_enrolment.enrol'), eq(auditEvent.entityId, row!.id)),
      );
    expect(audit).toEqual([{ actor: trainer.id }]);
    const opened = await handle.db
      .select({ stage: journey.stage })
      .from(journey)
      .where(and(eq(journey.candidateId, personId), eq(journey.partnershipId, partnershipId)));
    expect(opened).toEqual([{ stage: 'in_training' }]);
    await expect(
      run('enrol', programmeId, '--person', personId, '--as', trainer.email),
    ).rejects.toMatchObject({ kind: 'conflict' });

    const withdrawn = await run(
      'withdraw',
      programmeId,
      row!.id,
      '--reason',
      'found work nearby',
      '--as',
      trainer.email,
    );
    expect(withdrawn).toContain(`withdrawn ${today}: found work nearby`);
    await expect(
      run('withdraw', programmeId, row!.id, '--reason', 'again', '--as', trainer.email),
    ).rejects.toMatchObject({ kind: 'conflict' });
    await expect(
      run('withdraw', programmeId, row!.id, '--reason', '  ', '--as', trainer.email),
    ).rejects.toThrow(/--reason/);
  });
});
