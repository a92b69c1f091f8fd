import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { candidate } from '../people/people.schema.js';
import { conflict, notFound } from '../shared/errors.js';
import type { EvidenceKind } from './evidence-kinds.js';
import { figuresOf } from './journey-figures.js';
import {
  evidenceInForce,
  type EventRecord,
  type EvidenceRecord,
  type JourneyRow,
} from './journey-record.js';
import type { PlannedEvent } from './journey-plans.js';
import { replay, type EventActor, type JourneyState } from './journey.js';
import { journey, journeyEvent, journeyEvidence } from './journeys.schema.js';

type Reader = Pick<Database, 'select'>;

/** Who changes a journey, when: every write is audited with it. */
export interface Change {
  actorUserId: string | null;
  now: Date;
}

export const unknownJourney = () =>
  notFound('journeys.unknown_journey', 'There is no such journey.');

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (e: unknown): boolean => {
  for (let x: unknown = e; x && typeof x === 'object'; x = (x as { cause?: unknown }).cause)
    if ((x as { code?: unknown }).code === UNIQUE_VIOLATION) return true;
  return false;
};

export const journeyColumns = {
  id: journey.id,
  partnershipId: journey.partnershipId,
  candidateId: journey.candidateId,
  intake: journey.intake,
  originKind: journey.originKind,
  originId: journey.originId,
  programmeId: journey.programmeId,
  employerId: journey.employerId,
  stage: journey.stage,
  status: journey.status,
  track: journey.track,
  exitReason: journey.exitReason,
  version: journey.version,
  gender: journey.gender,
  nationality: journey.nationality,
  openedOn: journey.openedOn,
  stageSince: journey.stageSince,
  updatedAt: journey.updatedAt,
};

/** A journey with its log, its evidence and the account of the person (for scope). */
export interface LoadedJourney {
  row: JourneyRow;
  personUserId: string | null;
  events: EventRecord[];
  evidence: EvidenceRecord[];
  state: JourneyState;
}

/** One journey with everything needed to show or change it, or null. */
export async function findJourney(db: Reader, id: string): Promise<LoadedJourney | null> {
  const [found] = await db
    .select({ row: journeyColumns, personUserId: candidate.userId })
    .from(journey)
    .innerJoin(candidate, eq(candidate.id, journey.candidateId))
    .where(eq(journey.id, id));
  if (!found) return null;
  const events = await eventsOf(db, id);
  const evidence = await evidenceOf(db, id);
  return {
    row: found.row,
    personUserId: found.personUserId,
    events,
    evidence,
    state: replay(events),
  };
}

/** One journey, or 404. */
export async function requireJourney(db: Reader, id: string): Promise<LoadedJourney> {
  const found = await findJourney(db, id);
  if (!found) throw unknownJourney();
  return found;
}

async function eventsOf(db: Reader, journeyId: string): Promise<EventRecord[]> {
  const rows = await db
    .select()
    .from(journeyEvent)
    .where(eq(journeyEvent.journeyId, journeyId))
    .orderBy(asc(journeyEvent.seq));
  return rows.map((r) => ({
    seq: r.seq,
    occurredOn: r.occurredOn,
    actor: { userId: r.actorUserId, as: r.actorAs as EventActor['as'] },
    evidence: r.evidence,
    note: r.note,
    correctsSeq: r.correctsSeq,
    body: r.body,
    recordedAt: r.recordedAt,
  }));
}

/** Every evidence row of a journey, oldest first (superseded ones included). */
async function evidenceOf(db: Reader, journeyId: string): Promise<EvidenceRecord[]> {
  return db
    .select({
      id: journeyEvidence.id,
      kind: journeyEvidence.kind,
      value: journeyEvidence.value,
      occurredOn: journeyEvidence.occurredOn,
      detail: journeyEvidence.detail,
      supersedes: journeyEvidence.supersedes,
      recordedBy: journeyEvidence.recordedBy,
      recordedAs: journeyEvidence.recordedAs,
      recordedAt: journeyEvidence.recordedAt,
    })
    .from(journeyEvidence)
    .where(eq(journeyEvidence.journeyId, journeyId))
    .orderBy(asc(journeyEvidence.recordedAt), asc(journeyEvidence.id));
}

/** What a piece of evidence says, as recorded. */
export interface EvidenceInput {
  kind: EvidenceKind;
  value: string;
  occurredOn: string;
  detail?: Record<string, unknown>;
  supersedes?: string | null;
}

/** Audits a change to a journey, naming its person. */
export const auditJourney = (
  tx: Pick<Database, 'insert'>,
  loaded: { row: { id: string }; personUserId: string | null },
  action: string,
  detail: Record<string, unknown>,
  change: Change,
) =>
  recordAudit(tx, {
    at: change.now,
    actorUserId: change.actorUserId,
    action,
    entity: 'journey',
    entityId: loaded.row.id,
    subjectUserId: loaded.personUserId,
    detail,
  });

/** Inserts evidence rows (a correction supersedes an earlier row of the same journey). */
export async function insertEvidence(
  tx: Pick<Database, 'insert'>,
  journeyId: string,
  inputs: readonly EvidenceInput[],
  recordedAs: string,
  change: Change,
): Promise<EvidenceRecord[]> {
  const rows = inputs.map((e) => ({
    id: randomUUID(),
    journeyId,
    kind: e.kind,
    value: e.value,
    occurredOn: e.occurredOn,
    detail: e.detail ?? {},
    supersedes: e.supersedes ?? null,
    recordedBy: change.actorUserId,
    recordedAs,
    recordedAt: change.now,
  }));
  if (rows.length > 0) await tx.insert(journeyEvidence).values(rows);
  return rows.map(({ journeyId: _j, ...r }) => r);
}

/**
 * Records evidence on a journey (audited; the value itself stays out of the audit detail). A
 * row superseding another must name one of this journey's rows (422 otherwise, nothing written).
 */
export async function recordEvidence(
  db: Database,
  loaded: LoadedJourney,
  inputs: readonly EvidenceInput[],
  recordedAs: string,
  change: Change,
): Promise<EvidenceRecord[]> {
  const known = new Set(loaded.evidence.map((e) => e.id));
  for (const [i, e] of inputs.entries())
    if (e.supersedes && !known.has(e.supersedes))
      throw notFound('journeys.unknown_evidence', `evidence[${i}].supersedes: no such evidence`);
  return db.transaction(async (tx) => {
    const rows = await insertEvidence(tx, loaded.row.id, inputs, recordedAs, change);
    await auditJourney(
      tx,
      loaded,
      'journey.record_evidence',
      { kinds: inputs.map((e) => e.kind), as: recordedAs },
      change,
    );
    return rows;
  });
}

/** The stored columns a state gives a journey row. */
export function stateColumns(state: JourneyState) {
  const figures = figuresOf(state);
  return {
    stage: state.stage,
    status: state.status,
    track: state.track,
    exitReason: state.exit?.reason ?? null,
    version: state.version,
    openedOn: state.openedOn,
    stageSince: state.stageSince,
    reached: figures.reached,
    stageDays: figures.stageDays as number[],
  };
}

/**
 * Appends a planned event in one transaction with any evidence given with it: the plan is made
 * against the evidence in force (so a failed guard writes nothing), the event takes the next
 * sequence number (a concurrent writer's loss is 409), the row follows the replayed state, and
 * the change is audited; `alongside` runs last in the same transaction (what the event sets going
 * in other areas, e.g. linking a grievance to an exit).
 */
export async function appendEvent(
  db: Database,
  loaded: LoadedJourney,
  inline: readonly EvidenceInput[],
  plan: (evidence: readonly EvidenceRecord[]) => PlannedEvent,
  change: Change & { note: string; action: string; recordedAs: string },
  alongside?: (tx: Database, planned: PlannedEvent) => Promise<void>,
): Promise<{ state: JourneyState; triggers: PlannedEvent['triggers'] }> {
  try {
    return await db.transaction(async (tx) => {
      const added = await insertEvidence(tx, loaded.row.id, inline, change.recordedAs, change);
      const planned = plan(evidenceInForce([...loaded.evidence, ...added]));
      const seq = loaded.events.length + 1;
      const event = {
        ...planned.event,
        seq,
        actor: { userId: change.actorUserId, as: planned.event.actor.as },
        note: change.note,
      };
      const state = replay([...loaded.events, event]);
      await tx.insert(journeyEvent).values({
        journeyId: loaded.row.id,
        seq,
        occurredOn: event.occurredOn,
        actorUserId: change.actorUserId,
        actorAs: event.actor.as,
        body: event.body,
        evidence: [...event.evidence],
        note: event.note,
        correctsSeq: event.correctsSeq,
        recordedAt: change.now,
      });
      const updated = await tx
        .update(journey)
        .set({ ...stateColumns(state), updatedAt: change.now })
        .where(and(eq(journey.id, loaded.row.id), eq(journey.version, loaded.row.version)))
        .returning({ id: journey.id });
      if (updated.length === 0) throw staleJourney();
      await auditJourney(
        tx,
        loaded,
        change.action,
        {
          seq,
          body: event.body,
          occurredOn: event.occurredOn,
          as: event.actor.as,
          evidenceKinds: event.evidence.map((e) => e.kind),
          inlineEvidenceKinds: inline.map((e) => e.kind),
        },
        change,
      );
      await alongside?.(tx, planned);
      return { state, triggers: planned.triggers };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw staleJourney();
    throw e;
  }
}

const staleJourney = () =>
  conflict('journeys.stale_version', 'The journey changed meanwhile; reload it.');

/** The journey of a person in a partnership, if any. */
export async function journeyOfPerson(
  db: Reader,
  partnershipId: string,
  candidateId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ id: journey.id })
    .from(journey)
    .where(and(eq(journey.partnershipId, partnershipId), eq(journey.candidateId, candidateId)));
  return row?.id ?? null;
}

/** How many journeys a partnership holds (for the demo and the bench). */
export async function countJourneys(db: Reader, partnershipId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(journey)
    .where(eq(journey.partnershipId, partnershipId));
  return Number(row?.n ?? 0);
}
