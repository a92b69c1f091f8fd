import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/database.js';
import { demoEmail, demoPassword } from '../demo/people.js';
import { appUser, auditEvent, outbox } from './accounts.schema.js';
import { startDemoApp, type DemoApp } from './accounts.test-support.js';
import type { Role } from './roles.js';

/** A login attempt from a socket address, with headers a client may forge. */
function attempt(
  demo: DemoApp,
  email: string,
  password: string,
  from: { remoteAddress: string; forwardedFor?: string },
) {
  return demo.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: from.remoteAddress,
    headers: from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {},
    payload: { email, password },
  });
}

/** Many argon2 checks: slow on a loaded machine. */
const HEAVY = 300_000;

const rotating = (i: number) => `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}`;

describe.each(testEngines())('login limits without a trusted proxy ($name)', (engine) => {
  let demo: DemoApp;
  beforeAll(async () => {
    demo = await startDemoApp(engine);
  });
  afterAll(() => demo.close());

  it(
    'GIVEN 30 wrong passwords with a different X-Forwarded-For each WHEN the right one comes THEN the account is locked after 5 and the right password is refused too',
    async () => {
      const from = (i: number) => ({ remoteAddress: '203.0.113.7', forwardedFor: rotating(i) });
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) {
        statuses.push(
          (await attempt(demo, demoEmail('trainer'), `wrong-${i}`, from(i))).statusCode,
        );
      }
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses.slice(5)).toEqual(Array(25).fill(429));
      const right = await attempt(demo, demoEmail('trainer'), demoPassword('trainer'), from(31));
      expect(right.statusCode).toBe(429);
      expect(right.json().code).toBe('auth.too_many_attempts');
      expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    },
    HEAVY,
  );

  it(
    'GIVEN one address trying 40 different emails WHEN it goes on THEN it is refused after 20 failures, whatever it forwards, and other addresses are not',
    async () => {
      const sprayer = (i: number) => ({ remoteAddress: '198.51.100.9', forwardedFor: rotating(i) });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) {
        const email = `person${i}@example.org`;
        statuses.push((await attempt(demo, email, 'Summer2026!', sprayer(i))).statusCode);
      }
      expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
      expect(statuses.slice(20)).toEqual(Array(20).fill(429));
      const blocked = await attempt(demo, demoEmail('admin'), demoPassword('admin'), sprayer(41));
      expect(blocked.statusCode).toBe(429);
      const elsewhere = { remoteAddress: '192.0.2.44' };
      const fine = await attempt(demo, demoEmail('admin'), demoPassword('admin'), elsewhere);
      expect(fine.statusCode).toBe(200);
    },
    HEAVY,
  );

  it(
    'GIVEN 20 wrong passwords sent at once WHEN they are counted THEN no more than 5 are checked',
    async () => {
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          attempt(demo, demoEmail('analyst'), `wrong-${i}`, { remoteAddress: '192.0.2.80' }),
        ),
      );
      const statuses = responses.map((r) => r.statusCode);
      expect(statuses.filter((s) => s === 401)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    },
    HEAVY,
  );

  it(
    'GIVEN an account locked by 5 failures WHEN looking at the outbox and audit log THEN its owner is told once, with address and user agent but no password',
    async () => {
      const email = demoEmail('recognition_officer');
      for (let i = 0; i < 7; i++) {
        await attempt(demo, email, `secret-guess-${i}`, { remoteAddress: '192.0.2.90' });
      }
      const messages = await demo.handle.db
        .select()
        .from(outbox)
        .where(eq(outbox.recipient, email));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ kind: 'account_locked', sentAt: null });
      const userId = await userIdOf(demo, 'recognition_officer');
      const events = await demo.handle.db
        .select()
        .from(auditEvent)
        .where(eq(auditEvent.subjectUserId, userId));
      const actions = events.map((e) => e.action);
      expect(actions.filter((a) => a === 'user.login_failed')).toHaveLength(5);
      expect(actions.filter((a) => a === 'user.lock')).toHaveLength(1);
      expect(events.find((e) => e.action === 'user.lock')?.detail).toMatchObject({
        ip: '192.0.2.90',
        failures: 5,
      });
      expect(JSON.stringify(events)).not.toContain('secret-guess');
    },
    HEAVY,
  );

  it(
    'GIVEN a locked account WHEN its block has passed THEN the right password opens a session and the count starts again',
    async () => {
      const email = demoEmail('worker_representative');
      const from = { remoteAddress: '192.0.2.100' };
      for (let i = 0; i < 5; i++) await attempt(demo, email, `wrong-${i}`, from);
      expect(
        (await attempt(demo, email, demoPassword('worker_representative'), from)).statusCode,
      ).toBe(429);
      const lockedAt = demo.clock.now;
      try {
        demo.clock.now = new Date(lockedAt.getTime() + 61_000);
        const right = await attempt(demo, email, demoPassword('worker_representative'), from);
        expect(right.statusCode).toBe(200);
        for (let i = 0; i < 4; i++) {
          expect((await attempt(demo, email, `again-${i}`, from)).statusCode).toBe(401);
        }
      } finally {
        demo.clock.now = lockedAt;
      }
    },
    HEAVY,
  );

  it(
    'GIVEN 21 successful logins from one address WHEN logging in again THEN it still works (successes do not count)',
    async () => {
      const from = { remoteAddress: '192.0.2.120' };
      for (let i = 0; i < 21; i++) {
        const response = await attempt(demo, demoEmail('employer'), demoPassword('employer'), from);
        expect(response.statusCode).toBe(200);
      }
    },
    HEAVY,
  );
});

describe.each(testEngines())('login limits behind a trusted proxy ($name)', (engine) => {
  let demo: DemoApp;
  beforeAll(async () => {
    demo = await startDemoApp(engine, undefined, { TRUST_PROXY: '10.0.0.0/8' });
  });
  afterAll(() => demo.close());

  it(
    'GIVEN the proxy forwards two clients WHEN one sprays 20 failures THEN only that client is refused',
    async () => {
      const proxy = '10.1.2.3';
      for (let i = 0; i < 20; i++) {
        const from = { remoteAddress: proxy, forwardedFor: '203.0.113.50' };
        expect((await attempt(demo, `p${i}@example.org`, 'Summer2026!', from)).statusCode).toBe(
          401,
        );
      }
      const sprayer = { remoteAddress: proxy, forwardedFor: '203.0.113.50' };
      expect(
        (await attempt(demo, demoEmail('admin'), demoPassword('admin'), sprayer)).statusCode,
      ).toBe(429);
      const other = { remoteAddress: proxy, forwardedFor: '203.0.113.51' };
      expect(
        (await attempt(demo, demoEmail('admin'), demoPassword('admin'), other)).statusCode,
      ).toBe(200);
    },
    HEAVY,
  );

  it(
    'GIVEN a client outside the trusted range WHEN it forwards addresses THEN they are ignored',
    async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) {
        const from = { remoteAddress: '192.0.2.200', forwardedFor: rotating(i) };
        statuses.push((await attempt(demo, `q${i}@example.org`, 'Summer2026!', from)).statusCode);
      }
      expect(statuses.at(-1)).toBe(429);
    },
    HEAVY,
  );
});

async function userIdOf(demo: DemoApp, role: Role): Promise<string> {
  const [row] = await demo.handle.db
    .select({ id: appUser.id })
    .from(appUser)
    .where(eq(appUser.email, demoEmail(role)));
  if (!row) throw new Error(`no demo user for ${role}`);
  return row.id;
}
