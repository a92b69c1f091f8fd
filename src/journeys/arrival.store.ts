import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.js';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { isoDate, rejectViolations } from '../partnerships/rule-violation.js';
import { conflict, invalid } from '../shared/errors.js';
import { checkInSchedule, checkInViolations, checklistState } from './arrival.js';
import type { Change } from './journey.store.js';
import { evidenceInForce } from './journey-record.js';
import { recordStepEvidence, type StepJourney } from './journey-link.store.js';
import { arrivalCheckIn, arrivalItem } from './journey-steps.schema.js';
import type { ArrivalItem } from './step-vocabulary.js';

type Reader = Pick<Database, 'select'>;

/** The arrival step of a journey: the employer's checklist and the person's check-ins. */
export async function arrivalOf(db: Reader, j: StepJourney, today: string) {
  const journeyId = j.loaded.row.id;
  const ticked = await db
    .select({ item: arrivalItem.item, doneOn: arrivalItem.doneOn, note: arrivalItem.note })
    .from(arrivalItem)
    .where(eq(arrivalItem.journeyId, journeyId));
  const answered = await db
    .select({
      day: arrivalCheckIn.day,
      score: arrivalCheckIn.score,
      answer: arrivalCheckIn.answer,
      answeredAt: arrivalCheckIn.answeredAt,
    })
    .from(arrivalCheckIn)
    .where(eq(arrivalCheckIn.journeyId, journeyId))
    .orderBy(asc(arrivalCheckIn.day));
  const checklist = checklistState(ticked);
  return {
    arrivedOn: j.arrivedOn,
    checklist: {
      items: checklist.items.map((i) => ({
        ...i,
        note: ticked.find((t) => t.item === i.item)?.note ?? '',
      })),
      completedOn: checklist.completedOn,
    },
    checkIns: checkInSchedule(j.arrivedOn, answered, today),
  };
}

/** Ticks (or re-dates) an item of the arrival checklist; the last item records the checklist's completion. */
export async function tickArrivalItem(
  db: Database,
  j: StepJourney,
  item: ArrivalItem,
  tick: { doneOn: string; note: string },
  actor: Actor,
  change: Change,
): Promise<void> {
  if (tick.doneOn > isoDate(change.now)) {
    throw invalid('arrival.future_date', 'doneOn', 'cannot be in the future');
  }
  const journeyId = j.loaded.row.id;
  await db.transaction(async (tx) => {
    const values = { ...tick, recordedBy: change.actorUserId, recordedAt: change.now };
    await tx
      .insert(arrivalItem)
      .values({ journeyId, item, ...values })
      .onConflictDoUpdate({ target: [arrivalItem.journeyId, arrivalItem.item], set: values });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'arrival.tick',
      entity: 'journey',
      entityId: journeyId,
      subjectUserId: j.loaded.personUserId,
      detail: { item },
    });
  });
  const ticked = await db
    .select({ item: arrivalItem.item, doneOn: arrivalItem.doneOn })
    .from(arrivalItem)
    .where(eq(arrivalItem.journeyId, journeyId));
  const { completedOn } = checklistState(ticked);
  const recorded = evidenceInForce(j.loaded.evidence).some(
    (e) => e.kind === 'arrival_checklist_completed',
  );
  if (completedOn && !recorded) {
    await recordStepEvidence(
      db,
      j,
      [{ kind: 'arrival_checklist_completed', value: completedOn, occurredOn: completedOn }],
      actor,
      change,
    );
  }
}

/**
 * The person's own answer at a check-in (30 or 90 days after arrival): a 1–5 score and free text.
 * Answered once; the answer stays the person's (the evidence on the journey holds the score only).
 */
export async function answerCheckIn(
  db: Database,
  j: StepJourney,
  day: number,
  answer: { score: number; answer: string },
  actor: Actor,
  change: Change,
): Promise<void> {
  const journeyId = j.loaded.row.id;
  const today = isoDate(change.now);
  const already = await db
    .select({ day: arrivalCheckIn.day })
    .from(arrivalCheckIn)
    .where(eq(arrivalCheckIn.journeyId, journeyId));
  const violations = checkInViolations(
    day,
    j.arrivedOn,
    already.map((a) => a.day),
    today,
  );
  if (violations.some((v) => v.code === 'arrival.check_in_answered')) {
    throw conflict('arrival.check_in_answered', `The ${day}-day check-in was already answered.`);
  }
  rejectViolations(violations, 'The check-in is not open');
  await db.transaction(async (tx) => {
    await tx.insert(arrivalCheckIn).values({ journeyId, day, ...answer, answeredAt: change.now });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'arrival.checkIn',
      entity: 'journey',
      entityId: journeyId,
      subjectUserId: j.loaded.personUserId,
      detail: { day },
    });
  });
  await recordStepEvidence(
    db,
    j,
    [
      {
        kind: 'check_in',
        value: `day ${day}: ${answer.score}/5`,
        occurredOn: today,
        detail: { day, score: answer.score },
      },
    ],
    actor,
    change,
  );
}

/** Whether a check-in of this day was answered (for tests and views). */
export async function hasCheckIn(db: Reader, journeyId: string, day: number): Promise<boolean> {
  const rows = await db
    .select({ day: arrivalCheckIn.day })
    .from(arrivalCheckIn)
    .where(and(eq(arrivalCheckIn.journeyId, journeyId), eq(arrivalCheckIn.day, day)));
  return rows.length > 0;
}
