import { and, asc, eq, isNull } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../accounts/audit.store.js';
import type { Database } from '../../db/database.js';
import { conflict, notFound } from '../../shared/errors.js';
import type { Change } from '../candidates/candidate.store.js';
import { candidate, programmeCompletion, programmeEnrolment } from '../people.schema.js';
import { attestablePerson } from './completion.store.js';
import type { Enrolment, RecordedEnrolment } from './enrolment.js';
import type { ProgrammeRecord } from './programme.store.js';

/**
 * What follows an enrolment in other areas (the journeys: src/http/app.ts wires it), run in the
 * same transaction: its failure records nothing.
 */
export type EnrolmentFollowUp = (
  tx: Database,
  enrolment: RecordedEnrolment,
  change: Change,
) => Promise<void>;

const columns = {
  id: programmeEnrolment.id,
  programmeId: programmeEnrolment.programmeId,
  candidateId: programmeEnrolment.candidateId,
  profile: candidate.profile,
  enrolledOn: programmeEnrolment.enrolledOn,
  withdrawnOn: programmeEnrolment.withdrawnOn,
  withdrawalReason: programmeEnrolment.withdrawalReason,
  completedOn: programmeCompletion.completedOn,
};

const select = (db: Pick<Database, 'select'>) =>
  db
    .select(columns)
    .from(programmeEnrolment)
    .innerJoin(candidate, eq(candidate.id, programmeEnrolment.candidateId))
    .leftJoin(
      programmeCompletion,
      and(
        eq(programmeCompletion.programmeId, programmeEnrolment.programmeId),
        eq(programmeCompletion.candidateId, programmeEnrolment.candidateId),
      ),
    );

const present = ({ profile, ...row }: Awaited<ReturnType<typeof select>>[number]): Enrolment => ({
  ...row,
  name: profile.name,
});

/** The programme's enrolments, standing and withdrawn, oldest first. */
export async function listEnrolments(db: Database, programmeId: string): Promise<Enrolment[]> {
  const rows = await select(db)
    .where(eq(programmeEnrolment.programmeId, programmeId))
    .orderBy(asc(programmeEnrolment.enrolledOn), asc(programmeEnrolment.recordedAt));
  return rows.map(present);
}

/** One enrolment of the programme, or null (an enrolment of another programme is none). */
export async function findEnrolment(
  db: Database,
  programmeId: string,
  id: string,
): Promise<Enrolment | null> {
  const [row] = await select(db).where(
    and(eq(programmeEnrolment.programmeId, programmeId), eq(programmeEnrolment.id, id)),
  );
  return row ? present(row) : null;
}

export const unknownEnrolment = () =>
  notFound('people.unknown_enrolment', 'There is no such enrolment.');

/**
 * Enrols a person in the provider's programme, audited, in one transaction with the follow-up
 * (the journeys of the person in the partnerships the programme is linked to). 404 when the
 * person does not exist or is out of the provider's reach; 409 when an enrolment stands.
 */
export async function enrol(
  db: Database,
  record: ProgrammeRecord,
  input: { candidateId: string; enrolledOn: string },
  change: Change,
  followUp?: EnrolmentFollowUp,
): Promise<Enrolment> {
  const id = await db.transaction(async (tx) => {
    const person = await attestablePerson(tx, record, input.candidateId);
    const [standing] = await tx
      .select({ id: programmeEnrolment.id })
      .from(programmeEnrolment)
      .where(
        and(
          eq(programmeEnrolment.programmeId, record.id),
          eq(programmeEnrolment.candidateId, person.id),
          isNull(programmeEnrolment.withdrawnOn),
        ),
      );
    if (standing)
      throw conflict(
        'people.already_enrolled',
        'The person is already enrolled in this programme.',
      );
    const id = randomUUID();
    await tx.insert(programmeEnrolment).values({
      id,
      programmeId: record.id,
      candidateId: person.id,
      enrolledOn: input.enrolledOn,
      recordedBy: change.actorUserId,
      recordedAt: change.now,
    });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'programme_enrolment.enrol',
      entity: 'programme_enrolment',
      entityId: id,
      subjectUserId: person.userId,
      detail: { programmeId: record.id, enrolledOn: input.enrolledOn },
    });
    await followUp?.(
      tx,
      { id, programmeId: record.id, candidateId: person.id, enrolledOn: input.enrolledOn },
      change,
    );
    return id;
  });
  return (await findEnrolment(db, record.id, id))!;
}

/**
 * Withdraws a standing enrolment with its reason, audited. The journeys it opened are left as
 * they are: ending one is an exit with its own reason, by the person or a coordinator. 409 when
 * the enrolment is already withdrawn.
 */
export async function withdrawEnrolment(
  db: Database,
  enrolment: Enrolment,
  input: { withdrawnOn: string; reason: string },
  change: Change,
): Promise<Enrolment> {
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(programmeEnrolment)
      .set({
        withdrawnOn: input.withdrawnOn,
        withdrawalReason: input.reason,
        withdrawnBy: change.actorUserId,
      })
      .where(and(eq(programmeEnrolment.id, enrolment.id), isNull(programmeEnrolment.withdrawnOn)))
      .returning({ candidateId: programmeEnrolment.candidateId });
    if (updated.length === 0)
      throw conflict('people.enrolment_withdrawn', 'The enrolment is already withdrawn.');
    const [person] = await tx
      .select({ userId: candidate.userId })
      .from(candidate)
      .where(eq(candidate.id, enrolment.candidateId));
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'programme_enrolment.withdraw',
      entity: 'programme_enrolment',
      entityId: enrolment.id,
      subjectUserId: person?.userId ?? null,
      // The reason is free text about a person: it stays in the enrolment, not in the audit.
      detail: { programmeId: enrolment.programmeId, withdrawnOn: input.withdrawnOn },
    });
  });
  return (await findEnrolment(db, enrolment.programmeId, enrolment.id))!;
}
