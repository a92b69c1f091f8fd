import { desc, isNull } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { outbox } from './accounts.schema.js';
import type { Writer } from './audit.store.js';

/** What messages are about; a delivery worker (a later issue) picks them by kind. */
export type MessageKind = (typeof outbox.kind.enumValues)[number];

/** A message to send to one person. */
export interface OutgoingMessage {
  kind: MessageKind;
  recipient: string;
  subject: string;
  body: string;
}

/** A queued message as listed for an administrator. */
export interface QueuedMessage extends OutgoingMessage {
  id: number;
  createdAt: Date;
  sentAt: Date | null;
}

/** Queues a message; call it with the transaction of the change that warrants it. */
export async function queueMessage(tx: Writer, message: OutgoingMessage, now: Date): Promise<void> {
  await tx.insert(outbox).values({ ...message, createdAt: now });
}

/** The latest messages, newest first; only the unsent ones when asked. */
export async function listMessages(
  db: Database,
  options: { unsentOnly: boolean; limit: number },
): Promise<QueuedMessage[]> {
  return db
    .select()
    .from(outbox)
    .where(options.unsentOnly ? isNull(outbox.sentAt) : undefined)
    .orderBy(desc(outbox.id))
    .limit(options.limit);
}
