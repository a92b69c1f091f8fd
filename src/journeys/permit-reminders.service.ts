import { and, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { appUser } from '../accounts/accounts.schema.js';
import { queueMessage } from '../accounts/outbox.store.js';
import type { Database } from '../db/database.js';
import { candidate } from '../people/people.schema.js';
import { isoDate } from '../partnerships/rule-violation.js';
import { permitApplication, permitReminder } from './journey-steps.schema.js';
import { journey } from './journeys.schema.js';
import { dueReminders, reminderText } from './visa.js';

/** How often the server looks for permit deadlines (they are days apart; hourly is plenty). */
export const PERMIT_REMINDER_INTERVAL_MS = 60 * 60_000;

/**
 * Queues, through the outbox, the reminders due today for permits about to expire and
 * applications near their deadline, to the person on the journey. Each (application, threshold)
 * is reminded once: the reminder row and the message are written in one transaction, and a
 * concurrent run finds the row there and queues nothing. Returns how many were queued.
 */
export async function queuePermitReminders(db: Database, now: Date): Promise<number> {
  const today = isoDate(now);
  const watched = await db
    .select({
      id: permitApplication.id,
      kind: permitApplication.kind,
      authority: permitApplication.authority,
      appliedOn: permitApplication.appliedOn,
      dueOn: permitApplication.dueOn,
      outcome: permitApplication.outcome,
      decidedOn: permitApplication.decidedOn,
      validFrom: permitApplication.validFrom,
      validUntil: permitApplication.validUntil,
      email: appUser.email,
    })
    .from(permitApplication)
    .innerJoin(journey, eq(journey.id, permitApplication.journeyId))
    .innerJoin(candidate, eq(candidate.id, journey.candidateId))
    .innerJoin(appUser, eq(appUser.id, candidate.userId))
    .where(
      and(
        eq(journey.status, 'active'),
        or(
          and(eq(permitApplication.outcome, 'granted'), isNotNull(permitApplication.validUntil)),
          and(eq(permitApplication.outcome, 'pending'), isNotNull(permitApplication.dueOn)),
        ),
      ),
    );
  if (watched.length === 0) return 0;
  const sent = await db
    .select({ applicationId: permitReminder.applicationId, key: permitReminder.key })
    .from(permitReminder)
    .where(
      inArray(
        permitReminder.applicationId,
        watched.map((w) => w.id),
      ),
    );
  const sentKeys = new Set(sent.map((s) => `${s.applicationId}/${s.key}`));
  let queued = 0;
  for (const reminder of dueReminders(watched, sentKeys, today)) {
    const application = watched.find((w) => w.id === reminder.applicationId);
    if (!application) continue;
    const done = await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(permitReminder)
        .values({ applicationId: reminder.applicationId, key: reminder.key, queuedAt: now })
        .onConflictDoNothing()
        .returning({ key: permitReminder.key });
      if (inserted.length === 0) return false;
      const text = reminderText(reminder, application.kind);
      await queueMessage(tx, { kind: 'reminder', recipient: application.email, ...text }, now);
      return true;
    });
    if (done) queued++;
  }
  return queued;
}

/** Runs the permit reminders on a schedule in the server process until `stop`. */
export function startPermitReminders(options: {
  db: Database;
  now: () => Date;
  onError: (error: unknown) => void;
  intervalMs?: number;
}): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = queuePermitReminders(options.db, options.now()).catch(options.onError);
  };
  tick();
  const timer = setInterval(tick, options.intervalMs ?? PERMIT_REMINDER_INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
