import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import type { HttpApp } from '../http/context.js';
import { smtpSender, startOutboxDelivery } from './outbox-delivery.job.js';

/** How often the server looks for messages to send. */
export const DELIVERY_INTERVAL_MS = 15_000;

/**
 * With `SMTP_URL` set, sends the outbox from the server process until the app closes; without
 * it, messages stay in the outbox (`passerelle outbox list`). Returns whether delivery runs.
 */
export function startMailDelivery(
  app: HttpApp,
  options: { config: Config; db: Database; intervalMs?: number },
): boolean {
  const { smtpUrl, mailFrom } = options.config;
  if (!smtpUrl) {
    app.log.info('SMTP_URL is not set: messages stay in the outbox (passerelle outbox list)');
    return false;
  }
  const sender = smtpSender(smtpUrl, mailFrom);
  const delivery = startOutboxDelivery({
    db: options.db,
    send: sender.send,
    now: () => new Date(),
    log: app.log,
    intervalMs: options.intervalMs ?? DELIVERY_INTERVAL_MS,
  });
  app.addHook('onClose', async () => {
    await delivery.stop();
    sender.close();
  });
  return true;
}
