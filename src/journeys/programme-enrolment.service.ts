import type { Database } from '../db/database.js';
import type { RecordedEnrolment } from '../people/programmes/enrolment.js';
import type { Change } from './journey.store.js';
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
