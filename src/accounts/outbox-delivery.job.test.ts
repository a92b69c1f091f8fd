import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.js';
import { testEngines } from '../../test/support/database.js';
import { FIRST_RETRY_MS } from './outbox-backoff.js';
import { deliverDueMessages, smtpSender, type DeliveryLog } from './outbox-delivery.job.js';
import { listMessages, queueMessage } from './outbox.store.js';
import { startMailDelivery } from './mail-delivery.service.js';
import { loadConfig } from '../config/config.js';

/** An SMTP server in this process that keeps what it receives, or refuses every message. */
async function startSmtpServer(refuse: () => boolean) {
  const received: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        if (refuse()) return callback(new Error('mailbox unavailable'));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const logged: string[] = [];
const log: DeliveryLog = { info: (m) => logged.push(m), warn: (m) => logged.push(m) };
const SECRET_LINK = 'http://localhost:8080/invitation#token=very-secret-token';

describe.each(testEngines())('outbox delivery over SMTP ($name)', (engine) => {
  let handle: DatabaseHandle;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let refusing = true;
  beforeAll(async () => {
    handle = await engine.open();
    refusing = true;
    smtp = await startSmtpServer(() => refusing);
  });
  afterAll(async () => {
    await smtp.close();
    await handle.close();
  });

  it('GIVEN a failing server THEN the message is kept with its attempts, error and a later next try, and is sent once the server accepts', async () => {
    const t0 = new Date('2026-12-04T10:00:00Z');
    await queueMessage(
      handle.db,
      { kind: 'invitation', recipient: 'ines@example.org', subject: 'Join', body: SECRET_LINK },
      t0,
    );
    const t1 = new Date(t0.getTime() + FIRST_RETRY_MS);
    const t2 = new Date(t1.getTime() + 2 * FIRST_RETRY_MS);
    const sender = smtpSender(smtp.url, 'Passerelle <no-reply@example.org>');
    try {
      expect(await deliverDueMessages(handle.db, sender.send, t0, log)).toEqual({
        sent: 0,
        failed: 1,
      });
      const [failed] = await listMessages(handle.db, { unsentOnly: true, limit: 5 });
      expect(failed).toMatchObject({ attempts: 1, sentAt: null });
      expect(failed?.lastError).toContain('mailbox unavailable');
      expect(failed?.nextAttemptAt?.getTime()).toBe(t0.getTime() + FIRST_RETRY_MS);

      // Not due yet: nothing is tried.
      const early = new Date(t0.getTime() + FIRST_RETRY_MS - 1000);
      expect(await deliverDueMessages(handle.db, sender.send, early, log)).toEqual({
        sent: 0,
        failed: 0,
      });

      await deliverDueMessages(handle.db, sender.send, t1, log);
      const [twice] = await listMessages(handle.db, { unsentOnly: true, limit: 5 });
      expect(twice?.attempts).toBe(2);
      expect(twice?.nextAttemptAt?.getTime()).toBe(t1.getTime() + 2 * FIRST_RETRY_MS);

      refusing = false;
      expect(await deliverDueMessages(handle.db, sender.send, t2, log)).toEqual({
        sent: 1,
        failed: 0,
      });
    } finally {
      sender.close();
    }
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.to).toEqual(['ines@example.org']);
    expect(smtp.received[0]?.raw).toContain('very-secret-token');
    expect(await listMessages(handle.db, { unsentOnly: true, limit: 5 })).toEqual([]);
    const [sent] = await listMessages(handle.db, { unsentOnly: false, limit: 1 });
    expect(sent).toMatchObject({ attempts: 3, nextAttemptAt: null });
    expect(sent?.sentAt?.getTime()).toBe(t2.getTime());
  });

  it('GIVEN delivery THEN the log names message ids only: no recipient, no body, no link', () => {
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toMatch(/ines@example\.org|very-secret-token|invitation#/);
  });

  it('GIVEN an unreachable server THEN the message stays unsent and nothing is lost', async () => {
    const now = new Date('2026-12-05T10:00:00Z');
    await queueMessage(
      handle.db,
      { kind: 'reminder', recipient: 'omar@example.org', subject: 'Reminder', body: 'Hello' },
      now,
    );
    const closed = smtpSender('smtp://127.0.0.1:1', 'Passerelle <no-reply@example.org>');
    try {
      expect(await deliverDueMessages(handle.db, closed.send, now, log)).toEqual({
        sent: 0,
        failed: 1,
      });
    } finally {
      closed.close();
    }
    const [kept] = await listMessages(handle.db, { unsentOnly: true, limit: 1 });
    expect(kept).toMatchObject({ recipient: 'omar@example.org', attempts: 1, sentAt: null });
    expect(kept?.lastError).toBeTruthy();
  });

  it('GIVEN SMTP_URL WHEN delivery runs THEN its loop sends queued mail until stopped; without SMTP_URL it does not start', async () => {
    refusing = false;
    const before = smtp.received.length;
    const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIR: '/nonexistent', SMTP_URL: smtp.url });
    await queueMessage(
      handle.db,
      { kind: 'case_decision', recipient: 'lina@example.org', subject: 'Decision', body: 'Hi' },
      new Date(),
    );
    const delivery = startMailDelivery({ config, db: handle.db, log, intervalMs: 50 });
    expect(delivery).not.toBeNull();
    await expect.poll(() => smtp.received.length, { timeout: 10_000 }).toBeGreaterThan(before);
    await delivery?.stop();
    expect(startMailDelivery({ config: loadConfig({}), db: handle.db, log })).toBeNull();
    expect(smtp.received.at(-1)?.to).toContain('lina@example.org');
  });
});
