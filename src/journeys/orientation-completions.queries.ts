import { and, asc, eq, isNotNull, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/database.js';
import { candidate } from '../people/people.schema.js';
import { journey, journeyEvidence } from './journeys.schema.js';

/** An orientation completion a journey holds (`orientation_completed` in force). */
export interface JourneyOrientationCompletion {
  /** The evidence row: the completion's id as other areas refer to it. */
  evidenceId: string;
  personUserId: string;
  partnershipId: string;
  /** The corridor of the modules passed, `origin-destination` (e.g. `MA-BE`), if recorded. */
  corridor: string | null;
  completedOn: string;
}

const superseding = alias(journeyEvidence, 'superseding');

/**
 * The orientation completions recorded in journeys (the person passed every topic's check, or a
 * coordinator recorded the evidence), of one person or everyone with an account; superseded rows
 * left out. The passport issues its orientation credential from these (one source of truth).
 */
export async function journeyOrientationCompletions(
  db: Pick<Database, 'select'>,
  personUserId?: string,
): Promise<JourneyOrientationCompletion[]> {
  const rows = await db
    .select({
      evidenceId: journeyEvidence.id,
      personUserId: candidate.userId,
      partnershipId: journey.partnershipId,
      corridor: sql<string | null>`${journeyEvidence.detail} ->> 'corridor'`,
      completedOn: journeyEvidence.occurredOn,
    })
    .from(journeyEvidence)
    .innerJoin(journey, eq(journey.id, journeyEvidence.journeyId))
    .innerJoin(candidate, eq(candidate.id, journey.candidateId))
    .where(
      and(
        eq(journeyEvidence.kind, 'orientation_completed'),
        personUserId ? eq(candidate.userId, personUserId) : isNotNull(candidate.userId),
        notExists(
          db
            .select({ one: sql`1` })
            .from(superseding)
            .where(eq(superseding.supersedes, journeyEvidence.id)),
        ),
      ),
    )
    .orderBy(asc(journeyEvidence.occurredOn), asc(journeyEvidence.id));
  return rows.flatMap((r) => (r.personUserId ? [{ ...r, personUserId: r.personUserId }] : []));
}
