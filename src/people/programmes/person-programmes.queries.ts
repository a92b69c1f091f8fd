import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { programme, programmeCompletion, programmeEnrolment } from '../people.schema.js';

/** A person's enrolment as their data export shows it: the programme by name, dates and reason. */
export interface ExportedEnrolment {
  id: string;
  programmeId: string;
  programmeTitle: string;
  enrolledOn: string;
  recordedAt: Date;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
}

/** A person's completion as their data export shows it. */
export interface ExportedCompletion {
  id: string;
  programmeId: string;
  programmeTitle: string;
  modules: number[];
  completedOn: string;
  recordedAt: Date;
}

const programmeTitle = sql<string>`${programme.programme}->>'title'`;

/**
 * The programmes a person was enrolled in and completed, for their data export (read-only; the
 * rows go with the person on erasure: their foreign keys cascade).
 */
export async function programmesOfPerson(
  db: Database,
  candidateId: string,
): Promise<{
  programmeEnrolments: ExportedEnrolment[];
  programmeCompletions: ExportedCompletion[];
}> {
  const programmeEnrolments = await db
    .select({
      id: programmeEnrolment.id,
      programmeId: programmeEnrolment.programmeId,
      programmeTitle,
      enrolledOn: programmeEnrolment.enrolledOn,
      recordedAt: programmeEnrolment.recordedAt,
      withdrawnOn: programmeEnrolment.withdrawnOn,
      withdrawalReason: programmeEnrolment.withdrawalReason,
    })
    .from(programmeEnrolment)
    .innerJoin(programme, eq(programme.id, programmeEnrolment.programmeId))
    .where(eq(programmeEnrolment.candidateId, candidateId))
    .orderBy(asc(programmeEnrolment.enrolledOn), asc(programmeEnrolment.recordedAt));
  const programmeCompletions = await db
    .select({
      id: programmeCompletion.id,
      programmeId: programmeCompletion.programmeId,
      programmeTitle,
      modules: programmeCompletion.modules,
      completedOn: programmeCompletion.completedOn,
      recordedAt: programmeCompletion.recordedAt,
    })
    .from(programmeCompletion)
    .innerJoin(programme, eq(programme.id, programmeCompletion.programmeId))
    .where(eq(programmeCompletion.candidateId, candidateId))
    .orderBy(asc(programmeCompletion.completedOn));
  return { programmeEnrolments, programmeCompletions };
}
