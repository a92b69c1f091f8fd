import { and, inArray } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import type { EnrolmentJourney } from '../people/programmes/enrolment.js';
import { journey } from './journeys.schema.js';

/**
 * The journeys of these people in these partnerships, for a programme's enrolments (read-only;
 * the people area is given it by src/http/app.ts).
 */
export async function enrolmentJourneys(
  db: Database,
  query: { candidateIds: readonly string[]; partnershipIds: readonly string[] },
): Promise<EnrolmentJourney[]> {
  if (query.candidateIds.length === 0 || query.partnershipIds.length === 0) return [];
  return db
    .select({
      candidateId: journey.candidateId,
      partnershipId: journey.partnershipId,
      journeyId: journey.id,
      stage: journey.stage,
      status: journey.status,
    })
    .from(journey)
    .where(
      and(
        inArray(journey.candidateId, [...query.candidateIds]),
        inArray(journey.partnershipId, [...query.partnershipIds]),
      ),
    );
}
