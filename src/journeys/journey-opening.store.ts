import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { genderOf } from '../allocation/cohort.store.js';
import { candidate } from '../people/people.schema.js';
import { notFound } from '../shared/errors.js';
import {
  auditJourney,
  insertEvidence,
  stateColumns,
  type Change,
  type EvidenceInput,
} from './journey.store.js';
import { replay, type JourneyOrigin } from './journey.js';
import { journey, journeyEvent } from './journeys.schema.js';
import type { OpeningStage } from './stages.js';

/** A journey to open: who, where, from what, at which stage, with the evidence it starts with. */
export interface OpenRequest {
  partnershipId: string;
  candidateId: string;
  intake: string;
  origin: JourneyOrigin;
  stage: OpeningStage;
  occurredOn: string;
  programmeId: string | null;
  employerId: string | null;
  evidence: EvidenceInput[];
}

/**
 * Opens journeys, one per person and partnership: a person who already has one in the
 * partnership keeps it (idempotent). Each opening is audited. Returns the ids opened.
 */
export async function openJourneys(
  db: Database,
  requests: readonly OpenRequest[],
  change: Change,
): Promise<{ opened: { id: string; candidateId: string }[]; existing: number }> {
  if (requests.length === 0) return { opened: [], existing: 0 };
  return db.transaction(async (tx) => {
    const people = await tx
      .select({ id: candidate.id, userId: candidate.userId, profile: candidate.profile })
      .from(candidate)
      .where(
        inArray(
          candidate.id,
          requests.map((r) => r.candidateId),
        ),
      );
    const byId = new Map(people.map((p) => [p.id, p]));
    const opened: { id: string; candidateId: string }[] = [];
    let existing = 0;
    for (const r of requests) {
      const person = byId.get(r.candidateId);
      if (!person) throw notFound('people.unknown_candidate', 'There is no such candidate.');
      const id = randomUUID();
      const events = [
        {
          seq: 1,
          occurredOn: r.occurredOn,
          actor: { userId: change.actorUserId, as: 'coordinator' as const },
          evidence: [],
          note: '',
          correctsSeq: null,
          body: { type: 'opened' as const, stage: r.stage, origin: r.origin },
        },
      ];
      const state = replay(events);
      const inserted = await tx
        .insert(journey)
        .values({
          id,
          partnershipId: r.partnershipId,
          candidateId: r.candidateId,
          intake: r.intake,
          originKind: r.origin.kind,
          originId: r.origin.id,
          programmeId: r.programmeId,
          employerId: r.employerId,
          gender: genderOf(person.profile),
          nationality: person.profile.nationality,
          ...stateColumns(state),
          createdAt: change.now,
          updatedAt: change.now,
        })
        .onConflictDoNothing()
        .returning({ id: journey.id });
      if (inserted.length === 0) {
        existing++;
        continue;
      }
      await tx.insert(journeyEvent).values({
        journeyId: id,
        seq: 1,
        occurredOn: r.occurredOn,
        actorUserId: change.actorUserId,
        actorAs: r.origin.kind === 'coordinator' ? 'coordinator' : 'system',
        body: events[0]!.body,
        evidence: [],
        recordedAt: change.now,
      });
      await insertEvidence(tx, id, r.evidence, 'system', change);
      await auditJourney(
        tx,
        { row: { id }, personUserId: person.userId },
        'journey.open',
        { partnershipId: r.partnershipId, stage: r.stage, origin: r.origin, intake: r.intake },
        change,
      );
      opened.push({ id, candidateId: r.candidateId });
    }
    return { opened, existing };
  });
}
