import { eq } from 'drizzle-orm';
import { recordAudit } from '../accounts/audit.store.js';
import { overridesOf, runInput, type RunRecord } from '../allocation/allocation-run.store.js';
import { finalSlots, requireAssignment } from '../allocation/allocation-view.store.js';
import type { Database } from '../db/database.js';
import type { PartnershipRecord } from '../partnerships/partnership.store.js';
import { openJourneys, type OpenRequest } from './journey-opening.store.js';
import type { Change } from './journey.store.js';
import { journeyRunAcceptance } from './journeys.schema.js';

/** The intake a journey opened on a day belongs to by default: its month. */
export const defaultIntake = (day: string) => day.slice(0, 7);

/**
 * Accepts a succeeded allocation run: every person its assignment (with the coordinator's
 * overrides in force) puts in a slot gets a journey at `selected`, holding the selection decision
 * (and, for a job, the offer). Idempotent: accepting again opens only what is missing.
 */
export async function acceptAllocationRun(
  db: Database,
  run: RunRecord,
  partnership: PartnershipRecord,
  options: { intake: string; occurredOn: string },
  change: Change,
): Promise<{ opened: { id: string; candidateId: string }[]; existing: number }> {
  const outcome = requireAssignment(run);
  const input = await runInput(db, run.id);
  const final = finalSlots(input, outcome.assignment, await overridesOf(db, run.id));
  const slots = new Map(input.problem.slots.map((s) => [s.id, s]));
  const requests: OpenRequest[] = input.problem.candidates.flatMap((c, i) => {
    const slot = slots.get(final[i] ?? '');
    if (!slot) return [];
    const evidence = [
      { kind: 'selection_decision' as const, value: run.id, occurredOn: options.occurredOn },
      ...(slot.kind === 'training_seat'
        ? []
        : [{ kind: 'job_offer' as const, value: slot.id, occurredOn: options.occurredOn }]),
    ];
    return [
      {
        partnershipId: partnership.id,
        candidateId: c.id,
        intake: options.intake,
        origin: { kind: 'allocation_run', id: run.id },
        stage: 'selected',
        occurredOn: options.occurredOn,
        programmeId: slot.kind === 'training_seat' ? slot.id : null,
        employerId: slot.kind === 'training_seat' ? null : (slot.employerId ?? null),
        evidence,
      },
    ];
  });
  const result = await openJourneys(db, requests, change);
  await db.transaction(async (tx) => {
    const [accepted] = await tx
      .select({ runId: journeyRunAcceptance.runId })
      .from(journeyRunAcceptance)
      .where(eq(journeyRunAcceptance.runId, run.id));
    if (!accepted)
      await tx.insert(journeyRunAcceptance).values({
        runId: run.id,
        partnershipId: partnership.id,
        acceptedBy: change.actorUserId,
        acceptedAt: change.now,
        opened: result.opened.length,
      });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'allocation.accept',
      entity: 'allocation_run',
      entityId: run.id,
      subjectUserId: null,
      detail: {
        partnershipId: partnership.id,
        opened: result.opened.length,
        existing: result.existing,
        again: Boolean(accepted),
      },
    });
  });
  return result;
}
