import { and, inArray } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import type { EnrolmentJourney, RecordedEnrolment } from '../people/programmes/enrolment.js';
import type { Change } from './journey.store.js';
import { journey } from './journeys.schema.js';
import { planForEnrolment } from './programme-enrolment.js';
import { followProgramme } from './programme-follow-up.service.js';

/**
 * After a provider enrols a person (in its transaction): in each partnership the programme is
 * linked to, the person's journey opens at `in_training` (for the partnership's cohort only) or
 * moves there from `selected`, as the training provider (`planForEnrolment`). Wired to the people
 * area by the composition root (src/http/app.ts).
 */
export async function journeysAfterEnrolment(
  tx: Database,
  enrolment: RecordedEnrolment,
  change: Change,
): Promise<void> {
  const facts = {
    enrolmentId: enrolment.id,
    programmeId: enrolment.programmeId,
    enrolledOn: enrolment.enrolledOn,
  };
  const today = change.now.toISOString().slice(0, 10);
  await followProgramme(
    tx,
    {
      programmeId: enrolment.programmeId,
      candidateId: enrolment.candidateId,
      occurredOn: enrolment.enrolledOn,
      note: 'programme enrolment recorded by the provider',
    },
    (state) => planForEnrolment(state, facts, today),
    change,
  );
}

/** The journeys of these people in these partnerships, for the enrolments' list. */
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
