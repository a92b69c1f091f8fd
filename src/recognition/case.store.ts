import { asc, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { notFound } from '../shared/errors.js';
import {
  submittedCase,
  takeStep,
  type CaseState,
  type CaseStatus,
  type CaseStep,
} from './case-workflow.js';
import {
  evaluateRecognition,
  qualificationsByIds,
  resolveTarget,
  type TargetSpec,
} from './evaluation.store.js';
import type { PersonRecognition, RecognitionOutcome } from './outcome.js';
import { raiseSkillEvidence } from '../people/candidates/skill-evidence.store.js';
import { decisionEvidence } from './decision-evidence.js';
import { recognitionCase, recognitionCaseEvent } from './recognition.schema.js';
import { asProfileSkills, rplSkillsOf } from './rpl.store.js';

type CaseRow = typeof recognitionCase.$inferSelect;

/** A recognition case as the API presents it. */
export interface RecognitionCase extends CaseState {
  id: string;
  applicantUserId: string;
  target: TargetSpec;
  /** The country whose recognition body decides. */
  targetCountry: string;
  qualificationIds: string[];
  submittedAt: Date;
  evaluation: PersonRecognition | null;
  events: { at: Date; actorUserId: string | null; step: string; detail: Record<string, unknown> }[];
}

const targetOf = (row: CaseRow): TargetSpec =>
  row.targetQualificationId
    ? { qualificationId: row.targetQualificationId }
    : { country: row.targetCountry, occupation: row.targetOccupation ?? '' };

/** A person applies for recognition: the case is submitted, evaluated once, audited. */
export async function submitCase(
  db: Database,
  input: { applicantUserId: string; target: TargetSpec; qualificationIds: string[] },
  now: Date,
): Promise<RecognitionCase> {
  await qualificationsByIds(db, input.qualificationIds);
  const resolved = await resolveTarget(db, input.target);
  const state = submittedCase(now);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(recognitionCase)
      .values({
        applicantUserId: input.applicantUserId,
        targetCountry: resolved.country,
        targetOccupation: 'occupation' in input.target ? resolved.occupations[0]! : null,
        targetQualificationId: resolved.qualificationId ?? null,
        qualificationIds: input.qualificationIds,
        submittedAt: now,
        ...state,
      })
      .returning({ id: recognitionCase.id });
    await logStep(
      tx,
      row!.id,
      input.applicantUserId,
      input.applicantUserId,
      'submit',
      { target: input.target },
      now,
    );
    return row!.id;
  });
  return (await findCase(db, id))!;
}

async function logStep(
  tx: Pick<Database, 'insert'>,
  caseId: string,
  actorUserId: string | null,
  applicantUserId: string,
  step: string,
  detail: Record<string, unknown>,
  now: Date,
) {
  await tx.insert(recognitionCaseEvent).values({ caseId, at: now, actorUserId, step, detail });
  await recordAudit(tx, {
    at: now,
    actorUserId,
    action: `recognition_case.${step}`,
    entity: 'recognition_case',
    entityId: caseId,
    subjectUserId: applicantUserId,
    detail,
  });
}

/**
 * Takes one step of the workflow; a decision records the engine's evaluation as of `now` and, in
 * the same transaction, certifies on the applicant's profile the skills it recognises.
 */
export async function stepCase(
  db: Database,
  caseId: string,
  step: CaseStep,
  actorUserId: string,
  now: Date,
): Promise<RecognitionCase> {
  const current = await findCase(db, caseId);
  if (!current) throw notFound('recognition.unknown_case', 'There is no such recognition case.');
  const next = takeStep(current, step, now);
  const deciding = step.step === 'decide' || step.step === 'decide_appeal';
  const evaluation = deciding ? await evaluateCase(db, current, now) : current.evaluation;
  const { step: name, ...detail } = step;
  await db.transaction(async (tx) => {
    await tx
      .update(recognitionCase)
      .set({ ...next, evaluation })
      .where(eq(recognitionCase.id, caseId));
    await logStep(tx, caseId, actorUserId, current.applicantUserId, name, detail, now);
    if (deciding && next.outcome)
      await raiseSkillEvidence(
        tx,
        { userId: current.applicantUserId },
        asProfileSkills(decisionEvidence(caseId, next.outcome, evaluation)),
        { entity: 'recognition_case', id: caseId },
        { actorUserId, now },
      );
  });
  return (await findCase(db, caseId))!;
}

async function evaluateCase(db: Database, c: RecognitionCase, now: Date) {
  const qualifications = await qualificationsByIds(db, c.qualificationIds);
  const skills = await rplSkillsOf(db, c.applicantUserId);
  const person = { qualifications, skills, experience: [] };
  return evaluateRecognition(db, person, c.target, now.toISOString().slice(0, 10));
}

const present = (row: CaseRow, events: RecognitionCase['events']): RecognitionCase => ({
  id: row.id,
  applicantUserId: row.applicantUserId,
  target: targetOf(row),
  targetCountry: row.targetCountry,
  qualificationIds: row.qualificationIds,
  submittedAt: row.submittedAt,
  status: row.status as CaseStatus,
  dueAt: row.dueAt,
  appealDeadline: row.appealDeadline,
  outcome: row.outcome as RecognitionOutcome | null,
  decisionReasons: row.decisionReasons,
  evaluation: row.evaluation as PersonRecognition | null,
  events,
});

/** One case with its steps, or undefined. */
export async function findCase(db: Database, id: string): Promise<RecognitionCase | undefined> {
  const [row] = await db.select().from(recognitionCase).where(eq(recognitionCase.id, id));
  if (!row) return undefined;
  const events = await db
    .select({
      at: recognitionCaseEvent.at,
      actorUserId: recognitionCaseEvent.actorUserId,
      step: recognitionCaseEvent.step,
      detail: recognitionCaseEvent.detail,
    })
    .from(recognitionCaseEvent)
    .where(eq(recognitionCaseEvent.caseId, id))
    .orderBy(asc(recognitionCaseEvent.id));
  return present(row, events);
}

/** Cases, newest first: one applicant's, or all (for recognition officers). */
export async function listCases(
  db: Database,
  applicantUserId?: string,
): Promise<RecognitionCase[]> {
  const rows = await db
    .select()
    .from(recognitionCase)
    .where(applicantUserId ? eq(recognitionCase.applicantUserId, applicantUserId) : undefined)
    .orderBy(desc(recognitionCase.submittedAt));
  return rows.map((row) => present(row, []));
}
