import { asc, eq, inArray, sql } from 'drizzle-orm';
import { organisation } from '../accounts/accounts.schema.js';
import type { Database } from '../db/database.js';
import { partnership } from '../partnerships/partnerships.schema.js';
import { programme } from '../people/people.schema.js';
import type { PersonalDataSection } from '../people/candidates/personal-data.js';
import {
  journeysPersonalDataShape,
  type ExportedJourney,
  type ExportedOrientationAttempt,
} from './journey-personal-data.schemas.js';
import { journey, journeyEvent, journeyEvidence } from './journeys.schema.js';
import {
  arrivalCheckIn,
  arrivalItem,
  inWorkRecord,
  journeyReturn,
  orientationAttempt,
  orientationModule,
  permitApplication,
  permitReminder,
  reintegrationFollowUp,
  reintegrationPlan,
} from './journey-steps.schema.js';
import { STAGES } from './stages.js';

type Db = Pick<Database, 'select'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const grouped = <T extends { journeyId: string }>(rows: T[]) => {
  const by = new Map<string, Omit<T, 'journeyId'>[]>();
  for (const { journeyId, ...rest } of rows)
    by.set(journeyId, [...(by.get(journeyId) ?? []), rest]);
  return (id: string) => by.get(id) ?? [];
};
const iso = (d: Date) => d.toISOString();
/** A step's detail without the references to records elsewhere (internal ids). */
const withoutIds = (detail: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(detail).filter(([, v]) => !(typeof v === 'string' && UUID.test(v))),
  );

/** A journey's history: its events in order, the evidence kinds each relied on. */
async function historyOf(db: Db, ids: string[]) {
  const events = await db
    .select()
    .from(journeyEvent)
    .where(inArray(journeyEvent.journeyId, ids))
    .orderBy(asc(journeyEvent.journeyId), asc(journeyEvent.seq));
  const evidence = await db
    .select()
    .from(journeyEvidence)
    .where(inArray(journeyEvidence.journeyId, ids))
    .orderBy(asc(journeyEvidence.occurredOn), asc(journeyEvidence.recordedAt));
  return {
    events: grouped(
      events.map((e) => {
        const b = e.body;
        return {
          journeyId: e.journeyId,
          seq: e.seq,
          on: e.occurredOn,
          type: b.type,
          from: b.type === 'advanced' || b.type === 'exited' ? b.from : null,
          to: b.type === 'advanced' ? b.to : b.type === 'opened' ? b.stage : null,
          exitReason: b.type === 'exited' ? b.reason : null,
          evidence: e.evidence.map((r) => r.kind),
          recordedAs: e.actorAs,
          note: e.note,
          correctsSeq: e.correctsSeq,
          recordedAt: iso(e.recordedAt),
        };
      }),
    ),
    evidence: grouped(
      evidence.map((e) => ({
        journeyId: e.journeyId,
        kind: e.kind,
        value: UUID.test(e.value) ? null : e.value,
        on: e.occurredOn,
        detail: withoutIds(e.detail),
        correctsEarlier: e.supersedes !== null,
        recordedAs: e.recordedAs,
        recordedAt: iso(e.recordedAt),
      })),
    ),
  };
}

/** The content of a journey's steps: permits, arrival, work abroad. */
async function stepsOf(db: Db, ids: string[]) {
  const permits = await db
    .select()
    .from(permitApplication)
    .where(inArray(permitApplication.journeyId, ids))
    .orderBy(asc(permitApplication.appliedOn));
  const reminders = permits.length
    ? await db
        .select()
        .from(permitReminder)
        .where(
          inArray(
            permitReminder.applicationId,
            permits.map((p) => p.id),
          ),
        )
        .orderBy(asc(permitReminder.queuedAt))
    : [];
  const items = await db.select().from(arrivalItem).where(inArray(arrivalItem.journeyId, ids));
  const checkIns = await db
    .select()
    .from(arrivalCheckIn)
    .where(inArray(arrivalCheckIn.journeyId, ids))
    .orderBy(asc(arrivalCheckIn.day));
  const inWork = await db
    .select()
    .from(inWorkRecord)
    .where(inArray(inWorkRecord.journeyId, ids))
    .orderBy(asc(inWorkRecord.on));
  return {
    permits: grouped(
      permits.map(({ id, updatedAt: _u, updatedBy: _b, ...p }) => ({
        ...p,
        remindersQueued: reminders
          .filter((r) => r.applicationId === id)
          .map((r) => ({ key: r.key, queuedAt: iso(r.queuedAt) })),
      })),
    ),
    arrivalChecklist: grouped(
      items.map((i) => ({ journeyId: i.journeyId, item: i.item, doneOn: i.doneOn, note: i.note })),
    ),
    arrivalCheckIns: grouped(checkIns.map((c) => ({ ...c, answeredAt: iso(c.answeredAt) }))),
    inWork: grouped(
      inWork.map(({ id: _i, recordedBy: _b, ...r }) => ({ ...r, recordedAt: iso(r.recordedAt) })),
    ),
  };
}

/** The return and reintegration of each journey, with the plan's follow-ups. */
async function returnsOf(db: Db, ids: string[]) {
  const returns = await db
    .select()
    .from(journeyReturn)
    .where(inArray(journeyReturn.journeyId, ids));
  const plans = await db
    .select()
    .from(reintegrationPlan)
    .where(inArray(reintegrationPlan.journeyId, ids));
  const followUps = grouped(
    (
      await db
        .select()
        .from(reintegrationFollowUp)
        .where(inArray(reintegrationFollowUp.journeyId, ids))
        .orderBy(asc(reintegrationFollowUp.month))
    ).map(({ recordedBy: _b, ...f }) => f),
  );
  return {
    return: (id: string) => {
      const r = returns.find((x) => x.journeyId === id);
      return r ? { plannedOn: r.plannedOn, returnedOn: r.returnedOn } : null;
    },
    reintegration: (id: string) => {
      const p = plans.find((x) => x.journeyId === id);
      return p
        ? { pathway: p.pathway, goal: p.goal, startsOn: p.startsOn, followUps: followUps(id) }
        : null;
    },
  };
}

const daysInStage = (stageDays: (number | null)[]) =>
  Object.fromEntries(
    stageDays.flatMap((days, i) => (days === null || !STAGES[i] ? [] : [[STAGES[i], days]])),
  );

/** A person's journeys, each with its history and steps, as their data export shows them. */
export async function journeysOfPerson(db: Db, candidateId: string): Promise<ExportedJourney[]> {
  const rows = await db
    .select({
      id: journey.id,
      partnership: partnership.title,
      intake: journey.intake,
      openedBy: journey.originKind,
      programme: sql<string | null>`${programme.programme}->>'title'`,
      employer: organisation.name,
      stage: journey.stage,
      stageSince: journey.stageSince,
      status: journey.status,
      track: journey.track,
      exitReason: journey.exitReason,
      openedOn: journey.openedOn,
      gender: journey.gender,
      nationality: journey.nationality,
      stageDays: journey.stageDays,
      createdAt: journey.createdAt,
      updatedAt: journey.updatedAt,
    })
    .from(journey)
    .innerJoin(partnership, eq(partnership.id, journey.partnershipId))
    .leftJoin(programme, eq(programme.id, journey.programmeId))
    .leftJoin(organisation, eq(organisation.id, journey.employerId))
    .where(eq(journey.candidateId, candidateId))
    .orderBy(asc(journey.openedOn), asc(journey.createdAt));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [history, steps, returns] = [
    await historyOf(db, ids),
    await stepsOf(db, ids),
    await returnsOf(db, ids),
  ];
  return rows.map(({ id, stageDays, createdAt, updatedAt, ...j }) => ({
    ...j,
    daysInStage: daysInStage(stageDays),
    events: history.events(id),
    evidence: history.evidence(id),
    permits: steps.permits(id),
    arrivalChecklist: steps.arrivalChecklist(id),
    arrivalCheckIns: steps.arrivalCheckIns(id),
    inWork: steps.inWork(id),
    return: returns.return(id),
    reintegration: returns.reintegration(id),
    createdAt: iso(createdAt),
    updatedAt: iso(updatedAt),
  }));
}

/** A person's answers to orientation checks, with the module's title. */
export async function orientationAttemptsOfPerson(
  db: Db,
  candidateId: string,
): Promise<ExportedOrientationAttempt[]> {
  const rows = await db
    .select({
      module: orientationModule.title,
      topic: orientationModule.topic,
      language: orientationModule.language,
      moduleVersion: orientationAttempt.moduleVersion,
      correct: orientationAttempt.correct,
      total: orientationAttempt.total,
      passed: orientationAttempt.passed,
      answeredAt: orientationAttempt.answeredAt,
    })
    .from(orientationAttempt)
    .innerJoin(orientationModule, eq(orientationModule.id, orientationAttempt.moduleId))
    .where(eq(orientationAttempt.candidateId, candidateId))
    .orderBy(asc(orientationAttempt.answeredAt), asc(orientationAttempt.id));
  return rows.map((r) => ({ ...r, answeredAt: iso(r.answeredAt) }));
}

/**
 * The journeys area's section of a person's data export, passed to the people area by the
 * composition root (the rows go with the person on erasure: the foreign keys cascade).
 */
export const journeysPersonalData: PersonalDataSection = {
  shape: journeysPersonalDataShape,
  read: async (db, candidateId) => ({
    journeys: await journeysOfPerson(db, candidateId),
    orientationAttempts: await orientationAttemptsOfPerson(db, candidateId),
  }),
};
