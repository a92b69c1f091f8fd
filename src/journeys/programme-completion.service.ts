import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { requirePartnership } from '../partnerships/partnership.store.js';
import { cohortCandidate } from '../people/candidates/candidate-scope.store.js';
import { partnershipSlotLink } from '../people/slot-links/slot-link.schema.js';
import type { RecordedCompletion } from '../people/programmes/completion.store.js';
import { planAdvance } from './journey.js';
import {
  appendEvent,
  findJourney,
  journeyOfPerson,
  openJourneys,
  type Change,
} from './journey.store.js';
import { defaultIntake } from './journey-opening.service.js';
import { planForCompletion, type CompletionPlan } from './programme-completion.js';

/** The partnerships a programme is linked to: its links a coordinator accepted. */
async function partnershipsOfProgramme(db: Database, programmeId: string): Promise<string[]> {
  const rows = await db
    .select({ partnershipId: partnershipSlotLink.partnershipId })
    .from(partnershipSlotLink)
    .where(
      and(
        eq(partnershipSlotLink.programmeId, programmeId),
        eq(partnershipSlotLink.status, 'accepted'),
      ),
    );
  return [...new Set(rows.map((r) => r.partnershipId))].sort();
}

/** Opens the journey the plan asks for, as an enrolment (like `POST /api/journeys`). */
const openFor = (
  tx: Database,
  partnershipId: string,
  completion: RecordedCompletion,
  plan: Extract<CompletionPlan, { kind: 'open' }>,
  change: Change,
) =>
  openJourneys(
    tx,
    [
      {
        partnershipId,
        candidateId: completion.candidateId,
        intake: defaultIntake(completion.completedOn),
        origin: { kind: 'programme_enrolment', id: completion.programmeId },
        stage: plan.stage,
        occurredOn: completion.completedOn,
        programmeId: completion.programmeId,
        employerId: null,
        evidence: plan.evidence,
      },
    ],
    change,
  );

/**
 * After a provider records a programme completion (in its transaction): in each partnership the
 * programme is linked to, the person's journey opens as an enrolment (for the partnership's
 * cohort only) or moves on, as the
 * training provider, when the guards allow it (`planForCompletion`); audited like any opening or
 * move. Wired to the people area by the composition root (src/http/app.ts).
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
  for (const partnershipId of await partnershipsOfProgramme(tx, completion.programmeId)) {
    const id = await journeyOfPerson(tx, partnershipId, completion.candidateId);
    const loaded = id ? await findJourney(tx, id) : null;
    const plan = planForCompletion(loaded?.state ?? null, facts, today);
    // A journey opens only for the partnership's cohort (living in an origin country, consenting
    // to partnership matching), as when a coordinator opens one: it shows the person to the
    // partnership's coordinators.
    if (
      plan.kind === 'open' &&
      (await cohortCandidate(
        tx,
        await requirePartnership(tx, partnershipId),
        completion.candidateId,
      ))
    )
      await openFor(tx, partnershipId, completion, plan, change);
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
            occurredOn: completion.completedOn,
            performers: ['training_provider'],
          },
          evidence,
        ),
      {
        ...change,
        note: 'programme completion recorded by the provider',
        action: 'journey.advance',
        recordedAs: 'training_provider',
      },
    );
  }
}
