import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { smtpSender, startOutboxDelivery, type DeliveryLog } from './outbox-delivery.job.js';

/** How often the server looks for messages to send. */
export const DELIVERY_INTERVAL_MS = 15_000;

/**
 * With `SMTP_URL` set, sends the outbox from the server process until `stop` (called when the
 * server closes); without it, messages stay in the outbox (`passerelle outbox list`) and this
 * returns null.
 */
export function startMailDelivery(options: {
  config: Config;
  db: Database;
  log: DeliveryLog;
  intervalMs?: number;
}): { stop(): Promise<void> } | null {
  const { smtpUrl, mailFrom } = options.config;
  if (!smtpUrl) {
    options.log.info('SMTP_URL is not set: messages stay in the outbox (passerelle outbox list)');
    return null;
  }
  const sender = smtpSender(smtpUrl, mailFrom);
  const delivery = startOutboxDelivery({
    db: options.db,
    send: sender.send,
    now: () => new Date(),
    log: options.log,
    intervalMs: options.intervalMs ?? DELIVERY_INTERVAL_MS,
  });
  return {
    async stop() {
      await delivery.stop();
      sender.close();
    },
  };
}
