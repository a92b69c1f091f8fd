import { inArray } from 'drizzle-orm';
import { auditEvent } from '../accounts/accounts.schema.js';
import { genderOf } from '../allocation/cohort.store.js';
import type { Database } from '../db/database.js';
import { candidate } from '../people/people.schema.js';
import type { JourneyHistory } from './demo-journeys.js';
import { figuresOf } from './journey-figures.js';
import { replay } from './journey.js';
import { journey, journeyEvent, journeyEvidence } from './journeys.schema.js';

type Tx = Pick<Database, 'insert' | 'select'>;
const BATCH = 500;

function chunks<T>(rows: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Writes whole journeys at once (the demo and the benchmark): each history is replayed, so its
 * row holds exactly the state its events give, and (with `audit`) each journey's opening is
 * audited as the demo's.
 */
export async function insertJourneyHistories(
  tx: Tx,
  histories: readonly JourneyHistory[],
  options: { now: Date; audit: boolean; source: string },
): Promise<void> {
  for (const batch of chunks(histories)) {
    const people = await tx
      .select({ id: candidate.id, userId: candidate.userId, profile: candidate.profile })
      .from(candidate)
      .where(
        inArray(
          candidate.id,
          batch.map((h) => h.candidateId),
        ),
      );
    const byId = new Map(people.map((p) => [p.id, p]));
    const rows = batch.flatMap((h) => {
      const person = byId.get(h.candidateId);
      if (!person) return [];
      const state = replay(h.events);
      const figures = figuresOf(state);
      const opening = h.events[0]?.body;
      return [
        {
          id: h.id,
          partnershipId: h.partnershipId,
          candidateId: h.candidateId,
          intake: h.intake,
          originKind: opening?.type === 'opened' ? opening.origin.kind : ('coordinator' as const),
          originId: opening?.type === 'opened' ? opening.origin.id : null,
          programmeId: h.programmeId,
          employerId: h.employerId,
          stage: state.stage,
          status: state.status,
          track: state.track,
          exitReason: state.exit?.reason ?? null,
          version: state.version,
          gender: genderOf(person.profile),
          nationality: person.profile.nationality,
          openedOn: state.openedOn,
          stageSince: state.stageSince,
          reached: figures.reached,
          stageDays: figures.stageDays as number[],
          createdAt: options.now,
          updatedAt: options.now,
        },
      ];
    });
    const kept = new Set(rows.map((r) => r.id));
    const written = batch.filter((h) => kept.has(h.id));
    if (rows.length === 0) continue;
    await tx.insert(journey).values(rows);
    const events = written.flatMap((h) =>
      h.events.map((e) => ({
        journeyId: h.id,
        seq: e.seq,
        occurredOn: e.occurredOn,
        actorUserId: e.actor.userId,
        actorAs: e.actor.as,
        body: e.body,
        evidence: [...e.evidence],
        note: e.note,
        correctsSeq: e.correctsSeq,
        recordedAt: options.now,
      })),
    );
    for (const part of chunks(events, 1000)) await tx.insert(journeyEvent).values(part);
    const evidence = written.flatMap((h) =>
      h.evidence.map((e) => ({
        id: e.id,
        journeyId: h.id,
        kind: e.kind,
        value: e.value,
        occurredOn: e.occurredOn,
        recordedBy: null,
        recordedAs: 'system',
        recordedAt: options.now,
      })),
    );
    for (const part of chunks(evidence, 1000)) await tx.insert(journeyEvidence).values(part);
    if (options.audit)
      await tx.insert(auditEvent).values(
        written.map((h) => ({
          at: options.now,
          actorUserId: null,
          action: 'journey.open',
          entity: 'journey',
          entityId: h.id,
          subjectUserId: byId.get(h.candidateId)?.userId ?? null,
          detail: {
            partnershipId: h.partnershipId,
            source: options.source,
            events: h.events.length,
          },
        })),
      );
  }
}
