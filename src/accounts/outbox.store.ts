import { and, asc, desc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { outbox } from './accounts.schema.js';
import type { Writer } from './audit.store.js';
import { nextAttemptAfter } from './outbox-backoff.js';

/** What messages are about. */
export type MessageKind = (typeof outbox.kind.enumValues)[number];

/** A message to send to one person. */
export interface OutgoingMessage {
  kind: MessageKind;
  recipient: string;
  subject: string;
  body: string;
}

/** A queued message as listed for an administrator, with its delivery state. */
export interface QueuedMessage extends OutgoingMessage {
  id: number;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
}

/** Queues a message; call it with the transaction of the change that warrants it. */
export async function queueMessage(tx: Writer, message: OutgoingMessage, now: Date): Promise<void> {
  await tx.insert(outbox).values({ ...message, createdAt: now });
}

/** The latest messages, newest first; only the unsent ones, or of one kind, when asked. */
export async function listMessages(
  db: Database,
  options: { unsentOnly: boolean; limit: number; kind?: MessageKind },
): Promise<QueuedMessage[]> {
  return db
    .select()
    .from(outbox)
    .where(
      and(
        options.unsentOnly ? isNull(outbox.sentAt) : undefined,
        options.kind ? eq(outbox.kind, options.kind) : undefined,
      ),
    )
    .orderBy(desc(outbox.id))
    .limit(options.limit);
}

/** How long a claimed message is left to one sender before another may try it. */
export const CLAIM_MS = 5 * 60_000;

const due = (now: Date) =>
  and(isNull(outbox.sentAt), or(isNull(outbox.nextAttemptAt), lte(outbox.nextAttemptAt, now)));

/**
 * Claims up to `limit` unsent messages that are due, oldest first: each is pushed `CLAIM_MS`
 * into the future, so that another replica does not send it too; a sender that dies before
 * recording the outcome leaves it to be tried again after the claim lapses.
 */
export async function claimDueMessages(
  db: Database,
  now: Date,
  limit: number,
): Promise<QueuedMessage[]> {
  const candidates = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(due(now))
    .orderBy(asc(outbox.id))
    .limit(limit);
  const claimed: QueuedMessage[] = [];
  for (const { id } of candidates) {
    const [row] = await db
      .update(outbox)
      .set({ nextAttemptAt: new Date(now.getTime() + CLAIM_MS) })
      .where(and(eq(outbox.id, id), due(now)))
      .returning();
    if (row) claimed.push(row);
  }
  return claimed;
}

/** Records a delivered message. */
export async function markSent(db: Database, id: number, now: Date): Promise<void> {
  await db
    .update(outbox)
    .set({ sentAt: now, nextAttemptAt: null, attempts: sql`${outbox.attempts} + 1` })
    .where(eq(outbox.id, id));
}

/** Records a failed attempt: counts it, keeps the error and sets the next try (back-off). */
export async function markFailed(
  db: Database,
  message: Pick<QueuedMessage, 'id' | 'attempts'>,
  error: string,
  now: Date,
): Promise<void> {
  const attempts = message.attempts + 1;
  await db
    .update(outbox)
    .set({
      attempts,
      lastError: error.slice(0, 500),
      nextAttemptAt: nextAttemptAfter(now, attempts),
    })
    .where(eq(outbox.id, message.id));
}
