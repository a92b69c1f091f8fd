import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.js';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { daysBetween, isoDate, rejectViolations } from '../partnerships/rule-violation.js';
import { evaluateRecognition, occupationUri } from '../recognition/evaluation.store.js';
import type { PersonRecognition } from '../recognition/outcome.js';
import { conflict, unprocessable } from '../shared/errors.js';
import { skillEvidenceOf } from './in-work.js';
import { listInWork } from './in-work.store.js';
import type { Change } from './journey.store.js';
import { recordStepEvidence, type StepJourney } from './journey-link.store.js';
import { journeyReturn, reintegrationFollowUp, reintegrationPlan } from './journey-steps.schema.js';
import {
  followUpSchedule,
  followUpViolations,
  planViolations,
  returnViolations,
  type FollowUp,
  type ReintegrationPlan,
  type ReturnDates,
} from './return.js';

type Reader = Pick<Database, 'select'>;

/** The return step: planned and actual return, the reintegration plan and its follow-ups. */
export async function returnOf(db: Reader, journeyId: string) {
  const [dates] = await db
    .select({ plannedOn: journeyReturn.plannedOn, returnedOn: journeyReturn.returnedOn })
    .from(journeyReturn)
    .where(eq(journeyReturn.journeyId, journeyId));
  const [plan] = await db
    .select({
      pathway: reintegrationPlan.pathway,
      goal: reintegrationPlan.goal,
      startsOn: reintegrationPlan.startsOn,
    })
    .from(reintegrationPlan)
    .where(eq(reintegrationPlan.journeyId, journeyId));
  const followUps: FollowUp[] = plan
    ? await db
        .select({
          month: reintegrationFollowUp.month,
          status: reintegrationFollowUp.status,
          note: reintegrationFollowUp.note,
          recordedOn: reintegrationFollowUp.recordedOn,
        })
        .from(reintegrationFollowUp)
        .where(eq(reintegrationFollowUp.journeyId, journeyId))
        .orderBy(asc(reintegrationFollowUp.month))
    : [];
  return {
    plannedOn: dates?.plannedOn ?? null,
    returnedOn: dates?.returnedOn ?? null,
    plan: plan ? { ...plan, followUps: followUpSchedule(plan.startsOn, followUps) } : null,
  };
}

const audit = (
  tx: Pick<Database, 'insert'>,
  j: StepJourney,
  action: string,
  detail: Record<string, unknown>,
  change: Change,
) =>
  recordAudit(tx, {
    at: change.now,
    actorUserId: change.actorUserId,
    action,
    entity: 'journey',
    entityId: j.loaded.row.id,
    subjectUserId: j.loaded.personUserId,
    detail,
  });

/** Sets the planned and actual return; an actual return is recorded as the journey's return_date. */
export async function saveReturn(
  db: Database,
  j: StepJourney,
  dates: ReturnDates,
  actor: Actor,
  change: Change,
): Promise<void> {
  rejectViolations(
    returnViolations(dates, isoDate(change.now)),
    'The return dates break the rules',
  );
  const journeyId = j.loaded.row.id;
  const before = await returnOf(db, journeyId);
  await db.transaction(async (tx) => {
    const values = { ...dates, updatedAt: change.now, updatedBy: change.actorUserId };
    await tx
      .insert(journeyReturn)
      .values({ journeyId, ...values })
      .onConflictDoUpdate({ target: journeyReturn.journeyId, set: values });
    await audit(
      tx,
      j,
      'return.record',
      { planned: dates.plannedOn !== null, returned: dates.returnedOn !== null },
      change,
    );
  });
  if (dates.returnedOn && dates.returnedOn !== before.returnedOn) {
    await recordStepEvidence(
      db,
      j,
      [{ kind: 'return_date', value: dates.returnedOn, occurredOn: dates.returnedOn }],
      actor,
      change,
    );
  }
}

/** Writes the reintegration plan (once the person has returned), recorded as reintegration_plan. */
export async function savePlan(
  db: Database,
  j: StepJourney,
  plan: ReintegrationPlan,
  actor: Actor,
  change: Change,
): Promise<void> {
  const journeyId = j.loaded.row.id;
  const { returnedOn } = await returnOf(db, journeyId);
  if (!returnedOn) {
    throw unprocessable('reintegration.not_returned', 'The plan follows the return.', [
      { field: 'startsOn', reason: 'record the actual return first' },
    ]);
  }
  rejectViolations(planViolations(plan, returnedOn), 'The plan breaks its rules');
  await db.transaction(async (tx) => {
    const values = { ...plan, updatedAt: change.now, updatedBy: change.actorUserId };
    await tx
      .insert(reintegrationPlan)
      .values({ journeyId, ...values })
      .onConflictDoUpdate({ target: reintegrationPlan.journeyId, set: values });
    await audit(tx, j, 'reintegration.plan', { pathway: plan.pathway }, change);
  });
  await recordStepEvidence(
    db,
    j,
    [{ kind: 'reintegration_plan', value: plan.pathway, occurredOn: plan.startsOn }],
    actor,
    change,
  );
}

/** Records a follow-up of the plan at 3, 6 or 12 months (once each). */
export async function recordFollowUp(
  db: Database,
  j: StepJourney,
  followUp: Omit<FollowUp, 'recordedOn'>,
  actor: Actor,
  change: Change,
): Promise<void> {
  const journeyId = j.loaded.row.id;
  const { plan } = await returnOf(db, journeyId);
  if (!plan) {
    throw unprocessable('reintegration.no_plan', 'Follow-ups follow a plan.', [
      { field: 'month', reason: 'write the reintegration plan first' },
    ]);
  }
  const today = isoDate(change.now);
  const recorded = plan.followUps.filter((f) => f.followUp).map((f) => f.month);
  const violations = followUpViolations(followUp.month, plan.startsOn, recorded, today);
  if (violations.some((v) => v.code === 'reintegration.follow_up_recorded')) {
    throw conflict(
      'reintegration.follow_up_recorded',
      `The ${followUp.month}-month follow-up was already recorded.`,
    );
  }
  rejectViolations(violations, 'The follow-up is not open');
  await db.transaction(async (tx) => {
    await tx.insert(reintegrationFollowUp).values({
      journeyId,
      ...followUp,
      recordedOn: today,
      recordedBy: change.actorUserId,
    });
    await audit(
      tx,
      j,
      'reintegration.followUp',
      { month: followUp.month, status: followUp.status },
      change,
    );
  });
  await recordStepEvidence(
    db,
    j,
    [
      {
        kind: 'follow_up',
        value: `month ${followUp.month}: ${followUp.status}`,
        occurredOn: today,
      },
    ],
    actor,
    change,
  );
}

/**
 * The skills gained abroad through the recognition engine in reverse: the person's certified
 * and assessed skills from work abroad, and the months worked there, against an occupation in
 * the country of origin, with the engine's explanation. Recorded as skills_recognised.
 */
export async function recogniseSkillsAbroad(
  db: Database,
  j: StepJourney,
  occupation: string,
  actor: Actor,
  change: Change,
): Promise<PersonRecognition> {
  if (!j.corridor) {
    throw unprocessable('return.no_corridor', 'The partnership has no corridor to return along.');
  }
  const records = await listInWork(db, j.loaded.row.id);
  const { returnedOn } = await returnOf(db, j.loaded.row.id);
  const today = isoDate(change.now);
  const months = j.arrivedOn
    ? Math.max(0, Math.floor(daysBetween(j.arrivedOn, returnedOn ?? today) / 30))
    : 0;
  const uri = occupationUri(occupation);
  const result = await evaluateRecognition(
    db,
    {
      qualifications: [],
      skills: skillEvidenceOf(records).map((s) => ({
        ...s,
        source: `abroad:${j.corridor?.destination}`,
      })),
      experience: months > 0 ? [{ occupation: uri, country: j.corridor.destination, months }] : [],
    },
    { country: j.corridor.origin, occupation: uri },
    today,
  );
  await recordStepEvidence(
    db,
    j,
    [
      {
        kind: 'skills_recognised',
        value: result.outcome,
        occurredOn: today,
        detail: {
          occupation: uri,
          country: j.corridor.origin,
          missing: result.coverage.missing.length,
        },
      },
    ],
    actor,
    change,
  );
  return result;
}
