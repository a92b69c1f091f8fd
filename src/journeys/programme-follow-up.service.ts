import type { Database } from '../db/database.js';
import { requirePartnership } from '../partnerships/partnership.store.js';
import { cohortCandidate } from '../people/candidates/candidate-scope.store.js';
import type { RecordedCompletion } from '../people/programmes/completion.store.js';
import type { RecordedEnrolment } from '../people/programmes/enrolment.js';
import { partnershipsOfProgramme } from '../people/slot-links/slot-link.store.js';
import { planAdvance } from './journey-plans.js';
import type { JourneyState } from './journey.js';
import { appendEvent, findJourney, journeyOfPerson, type Change } from './journey.store.js';
import { openJourneys } from './journey-opening.store.js';
import { defaultIntake } from './journey-opening.service.js';
import { planForCompletion, type ProgrammePlan } from './programme-completion.js';
import { planForEnrolment } from './programme-enrolment.js';

/** What a provider recorded of a person in its programme: an enrolment or a completion. */
export type ProgrammeEvent = RecordedEnrolment | RecordedCompletion;

/**
 * After a provider records an enrolment or a completion (in its transaction), the person's
 * journeys follow it (`followProgramme`): an enrolment opens one at `in_training` or moves it there
 * from `selected` (`planForEnrolment`); a completion opens one as an enrolment or moves it on when
 * the guards allow it (`planForCompletion`). Wired to the people area, for both, by the
 * composition root (src/http/app.ts).
 */
export async function journeysAfterProgrammeEvent(
  tx: Database,
  event: ProgrammeEvent,
  change: Change,
): Promise<void> {
  const today = change.now.toISOString().slice(0, 10);
  const { id, programmeId, candidateId } = event;
  const planOf = (state: JourneyState | null) =>
    'completedOn' in event
      ? planForCompletion(state, { completionId: id, ...event }, today)
      : planForEnrolment(state, { enrolmentId: id, ...event }, today);
  const [occurredOn, what] =
    'completedOn' in event ? [event.completedOn, 'completion'] : [event.enrolledOn, 'enrolment'];
  const fact = {
    programmeId,
    candidateId,
    occurredOn,
    note: `programme ${what} recorded by the provider`,
  };
  await followProgramme(tx, fact, planOf, change);
}

/** What a provider recorded of a person in its programme (an enrolment, a completion). */
export interface ProgrammeFact {
  programmeId: string;
  candidateId: string;
  occurredOn: string;
  /** Why the journey moves, in its audit. */
  note: string;
}

/**
 * After a provider records a fact of a person in its programme (in its transaction): in each
 * partnership the programme is linked to, the person's journey opens as an enrolment — only for
 * the partnership's cohort (living in an origin country, consenting to partnership matching), as
 * when a coordinator opens one, since it shows the person to the partnership's coordinators — or
 * moves on as the training provider when the guards allow it. `planOf` says which, from the
 * journey's state (null without one); audited like any opening or move.
 */
export async function followProgramme(
  tx: Database,
  fact: ProgrammeFact,
  planOf: (state: JourneyState | null) => ProgrammePlan,
  change: Change,
): Promise<void> {
  for (const partnershipId of await partnershipsOfProgramme(tx, fact.programmeId)) {
    const id = await journeyOfPerson(tx, partnershipId, fact.candidateId);
    const loaded = id ? await findJourney(tx, id) : null;
    const plan = planOf(loaded?.state ?? null);
    if (
      plan.kind === 'open' &&
      (await cohortCandidate(tx, await requirePartnership(tx, partnershipId), fact.candidateId))
    )
      await openJourneys(
        tx,
        [
          {
            partnershipId,
            candidateId: fact.candidateId,
            intake: defaultIntake(fact.occurredOn),
            origin: { kind: 'programme_enrolment', id: fact.programmeId },
            stage: plan.stage,
            occurredOn: fact.occurredOn,
            programmeId: fact.programmeId,
            employerId: null,
            evidence: plan.evidence,
          },
        ],
        change,
      );
    if (plan.kind !== 'advance' || !loaded) continue;
    await appendEvent(
      tx,
      loaded,
      plan.evidence,
      (evidence) =>
        planAdvance(
          loaded.state,
          {
            to: plan.to,
            expectedVersion: loaded.state.version,
            occurredOn: fact.occurredOn,
            performers: ['training_provider'],
          },
          evidence,
        ),
      { ...change, note: fact.note, action: 'journey.advance', recordedAs: 'training_provider' },
    );
  }
}
