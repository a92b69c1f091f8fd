import nodemailer from 'nodemailer';
import type { Database } from '../db/database.js';
import { claimDueMessages, markFailed, markSent, type QueuedMessage } from './outbox.store.js';

/** Sends one message; throws when the mail server refuses or cannot be reached. */
export type SendMail = (message: QueuedMessage) => Promise<void>;

/** What the delivery job tells the log: message ids and errors, never recipients or bodies. */
export interface DeliveryLog {
  info(message: string): void;
  warn(message: string): void;
}

/** A sender that hands messages to the SMTP server of `smtpUrl` (smtp:// or smtps://). */
export function smtpSender(smtpUrl: string, from: string): { send: SendMail; close(): void } {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: async (message) => {
      await transport.sendMail({
        from,
        to: message.recipient,
        subject: message.subject,
        text: message.body,
      });
    },
    close: () => transport.close(),
  };
}

/** The error's message only: no stack, and nothing from the message itself. */
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Sends the messages that are due; a failure is recorded on its row and retried later. */
export async function deliverDueMessages(
  db: Database,
  send: SendMail,
  now: Date,
  log: DeliveryLog,
  batch = 20,
): Promise<{ sent: number; failed: number }> {
  const messages = await claimDueMessages(db, now, batch);
  let sent = 0;
  for (const message of messages) {
    try {
      await send(message);
      await markSent(db, message.id, now);
      sent += 1;
    } catch (error) {
      await markFailed(db, message, reasonOf(error), now);
      log.warn(`outbox message #${message.id} not delivered (attempt ${message.attempts + 1})`);
    }
  }
  if (sent > 0) log.info(`outbox: ${sent} message(s) delivered`);
  return { sent, failed: messages.length - sent };
}

/**
 * Runs delivery every `intervalMs` in the server process (one round at a time); `stop` waits
 * for the round under way. Never called from a request.
 */
export function startOutboxDelivery(options: {
  db: Database;
  send: SendMail;
  now: () => Date;
  log: DeliveryLog;
  intervalMs: number;
}): { stop(): Promise<void> } {
  let round: Promise<unknown> = Promise.resolve();
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    round = deliverDueMessages(options.db, options.send, options.now(), options.log)
      .catch((error: unknown) => options.log.warn(`outbox delivery failed: ${reasonOf(error)}`))
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(tick, options.intervalMs);
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await round;
    },
  };
}
