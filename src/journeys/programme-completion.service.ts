import type { Database } from '../db/database.js';
import type { RecordedCompletion } from '../people/programmes/completion.store.js';
import type { Change } from './journey.store.js';
import { planForCompletion } from './programme-completion.js';
import { followProgramme } from './programme-follow-up.service.js';

/**
 * After a provider records a programme completion (in its transaction): in each partnership the
 * programme is linked to, the person's journey opens as an enrolment (for the partnership's
 * cohort only) or moves on, as the training provider, when the guards allow it
 * (`planForCompletion`). Wired to the people area by the composition root (src/http/app.ts).
 */
export async function journeysAfterCompletion(
  tx: Database,
  completion: RecordedCompletion,
  change: Change,
): Promise<void> {
  const facts = {
    completionId: completion.id,
    programmeId: completion.programmeId,
    completedOn: completion.completedOn,
    certifying: completion.certifying,
  };
  const today = change.now.toISOString().slice(0, 10);
  await followProgramme(
    tx,
    {
      programmeId: completion.programmeId,
      candidateId: completion.candidateId,
      occurredOn: completion.completedOn,
      note: 'programme completion recorded by the provider',
    },
    (state) => planForCompletion(state, facts, today),
    change,
  );
}
