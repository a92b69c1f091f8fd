import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/database.js';
import { demoEmail, demoPassword } from '../demo/people.js';
import { auditEvent, outbox, passwordReset } from './accounts.schema.js';
import { startDemoApp, type DemoApp, type TestSession } from './accounts.test-support.js';

/** Many argon2 checks: slow on a loaded machine. */
const HEAVY = 300_000;
const NEW_PASSWORD = 'a fresh passphrase for the ferry';

describe.each(testEngines())('sessions, password change and reset ($name)', (engine) => {
  let demo: DemoApp;
  beforeAll(async () => {
    demo = await startDemoApp(engine);
  });
  afterAll(() => demo.close());

  const me = (session: TestSession) =>
    demo.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
  const login = (email: string, password: string) =>
    demo.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  const actionsAbout = async (userId: string) =>
    (
      await demo.handle.db.select().from(auditEvent).where(eq(auditEvent.subjectUserId, userId))
    ).map((e) => e.action);

  it(
    'GIVEN two logins WHEN listing sessions THEN both show with address, user agent and which is current, and no secret',
    async () => {
      const first = await demo.loginAs('analyst');
      const second = await demo.loginAs('analyst');
      const response = await demo.app.inject({
        method: 'GET',
        url: '/api/auth/sessions',
        headers: { cookie: second.cookie, 'user-agent': 'ignored-here' },
      });
      expect(response.statusCode).toBe(200);
      const { sessions } = response.json<{ sessions: { current: boolean; ip: string }[] }>();
      expect(sessions).toHaveLength(2);
      expect(sessions.filter((s) => s.current)).toHaveLength(1);
      expect(sessions[0]).toMatchObject({ ip: '127.0.0.1', userAgent: 'lightMyRequest' });
      const body = response.body;
      expect(body).not.toContain(first.csrfToken);
      expect(body).not.toContain(first.cookie.split('=')[1]);
    },
    HEAVY,
  );

  it(
    'GIVEN my other session WHEN I end it THEN it stops working; another user’s session id is a 404 and lives on',
    async () => {
      const mine = await demo.loginAs('trainer');
      const other = await demo.loginAs('trainer');
      const stranger = await demo.loginAs('coordinator');
      const idOf = async (session: TestSession) => {
        const listed = await demo.app.inject({
          method: 'GET',
          url: '/api/auth/sessions',
          headers: { cookie: session.cookie },
        });
        return listed
          .json<{ sessions: { id: string; current: boolean }[] }>()
          .sessions.find((s) => s.current)?.id as string;
      };
      const strangersId = await idOf(stranger);
      const refused = await demo.app.inject({
        method: 'DELETE',
        url: `/api/auth/sessions/${strangersId}`,
        headers: mine.headers,
      });
      expect(refused.statusCode).toBe(404);
      expect((await me(stranger)).statusCode).toBe(200);
      const malformed = await demo.app.inject({
        method: 'DELETE',
        url: '/api/auth/sessions/not-an-id',
        headers: mine.headers,
      });
      expect(malformed.statusCode).toBe(404);
      const ended = await demo.app.inject({
        method: 'DELETE',
        url: `/api/auth/sessions/${await idOf(other)}`,
        headers: mine.headers,
      });
      expect(ended.statusCode).toBe(204);
      expect((await me(other)).statusCode).toBe(401);
      expect((await me(mine)).statusCode).toBe(200);
      expect(await actionsAbout(mine.userId)).toContain('user.session_revoke');
    },
    HEAVY,
  );

  it(
    'GIVEN two sessions WHEN signing out everywhere THEN neither works any more',
    async () => {
      const a = await demo.loginAs('employer');
      const b = await demo.loginAs('employer');
      const response = await demo.app.inject({
        method: 'POST',
        url: '/api/auth/logout-everywhere',
        headers: a.headers,
      });
      expect(response.statusCode).toBe(204);
      expect((await me(a)).statusCode).toBe(401);
      expect((await me(b)).statusCode).toBe(401);
      expect(await actionsAbout(a.userId)).toContain('user.logout_everywhere');
    },
    HEAVY,
  );

  it(
    'GIVEN a password change WHEN the current password is wrong or the new one weak THEN 400 naming the field and nothing changes',
    async () => {
      const session = await demo.loginAs('worker_representative');
      const change = (currentPassword: string, newPassword: string) =>
        demo.app.inject({
          method: 'POST',
          url: '/api/auth/password',
          headers: session.headers,
          payload: { currentPassword, newPassword },
        });
      const wrong = await change('not-my-password', NEW_PASSWORD);
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().fields).toEqual([
        { field: 'currentPassword', reason: 'is not your current password' },
      ]);
      const weak = await change(demoPassword('worker_representative'), 'password1234');
      expect(weak.statusCode).toBe(400);
      expect(weak.json()).toMatchObject({ code: 'accounts.password_common' });
      expect(weak.json().fields[0].field).toBe('newPassword');
      const email = demoEmail('worker_representative');
      expect((await login(email, demoPassword('worker_representative'))).statusCode).toBe(200);
    },
    HEAVY,
  );

  it(
    'GIVEN two sessions WHEN changing the password in one THEN the other ends, this one lives on, and only the new password works',
    async () => {
      const here = await demo.loginAs('candidate');
      const elsewhere = await demo.loginAs('candidate');
      const response = await demo.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: here.headers,
        payload: { currentPassword: demoPassword('candidate'), newPassword: NEW_PASSWORD },
      });
      expect(response.statusCode).toBe(204);
      expect((await me(here)).statusCode).toBe(200);
      expect((await me(elsewhere)).statusCode).toBe(401);
      const candidateEmail = (await me(here)).json().user.email as string;
      expect((await login(candidateEmail, demoPassword('candidate'))).statusCode).toBe(401);
      expect((await login(candidateEmail, NEW_PASSWORD)).statusCode).toBe(200);
      const events = await demo.handle.db
        .select()
        .from(auditEvent)
        .where(eq(auditEvent.subjectUserId, here.userId));
      expect(events.map((e) => e.action)).toContain('user.password_change');
      expect(JSON.stringify(events)).not.toContain(NEW_PASSWORD);
    },
    HEAVY,
  );

  const requestReset = (email: string, remoteAddress = '127.0.0.1') =>
    demo.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      remoteAddress,
      payload: { email },
    });
  const confirmReset = (token: string, password: string) =>
    demo.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password },
    });
  const latestLinkTo = async (email: string) => {
    const [message] = await demo.handle.db
      .select()
      .from(outbox)
      .where(eq(outbox.recipient, email))
      .orderBy(desc(outbox.id))
      .limit(1);
    const token = /#token=([\w-]+)/.exec(message?.body ?? '')?.[1];
    if (!token) throw new Error(`no reset link to ${email}`);
    return { message, token };
  };

  it(
    'GIVEN a known and an unknown email WHEN asking for a reset THEN both get the same answer and only the account gets a link, stored hashed',
    async () => {
      const known = await requestReset(demoEmail('coordinator'), '192.0.2.1');
      const unknown = await requestReset('nobody@example.org', '192.0.2.1');
      expect(known.statusCode).toBe(202);
      expect(unknown.statusCode).toBe(202);
      expect(known.body).toBe(unknown.body);
      expect(
        await demo.handle.db
          .select()
          .from(outbox)
          .where(eq(outbox.recipient, 'nobody@example.org')),
      ).toHaveLength(0);
      const { message, token } = await latestLinkTo(demoEmail('coordinator'));
      expect(message).toMatchObject({ kind: 'password_reset', sentAt: null });
      expect(message?.body).toContain('http://localhost:8080/reset-password#token=');
      const stored = await demo.handle.db.select().from(passwordReset);
      expect(JSON.stringify(stored)).not.toContain(token);
      expect(stored).toHaveLength(1);
    },
    HEAVY,
  );

  it(
    'GIVEN a reset link WHEN used with a weak password, then a good one, then again THEN 400, 204 (all sessions end), 400',
    async () => {
      const session = await demo.loginAs('recognition_officer');
      await requestReset(demoEmail('recognition_officer'), '192.0.2.2');
      const { token } = await latestLinkTo(demoEmail('recognition_officer'));
      const weak = await confirmReset(token, 'recognition-officer-2026');
      expect(weak.statusCode).toBe(400);
      expect(weak.json().fields[0]).toMatchObject({ field: 'password' });
      const done = await confirmReset(token, NEW_PASSWORD);
      expect(done.statusCode).toBe(204);
      expect((await me(session)).statusCode).toBe(401);
      const again = await confirmReset(token, 'yet another passphrase here');
      expect(again.statusCode).toBe(400);
      expect(again.json().code).toBe('auth.invalid_reset_token');
      expect((await login(demoEmail('recognition_officer'), NEW_PASSWORD)).statusCode).toBe(200);
      const actions = await actionsAbout(session.userId);
      expect(actions).toEqual(
        expect.arrayContaining(['user.password_reset_request', 'user.password_reset']),
      );
    },
    HEAVY,
  );

  it(
    'GIVEN a reset link older than 30 minutes WHEN used THEN 400 and the password stays',
    async () => {
      await requestReset(demoEmail('admin'), '192.0.2.3');
      const { token } = await latestLinkTo(demoEmail('admin'));
      const issuedAt = demo.clock.now;
      try {
        demo.clock.now = new Date(issuedAt.getTime() + 31 * 60_000);
        expect((await confirmReset(token, NEW_PASSWORD)).statusCode).toBe(400);
      } finally {
        demo.clock.now = issuedAt;
      }
      expect((await login(demoEmail('admin'), demoPassword('admin'))).statusCode).toBe(200);
    },
    HEAVY,
  );

  it.each<[string, string]>([
    ['an account', demoEmail('analyst')],
    ['no account', 'ghost@example.org'],
  ])('GIVEN three reset requests for %s WHEN asking a fourth time THEN 429', async (_, email) => {
    const from = (i: number) => `192.0.2.${10 + i}`;
    for (let i = 0; i < 3; i++) expect((await requestReset(email, from(i))).statusCode).toBe(202);
    const fourth = await requestReset(email, from(3));
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json().code).toBe('auth.too_many_attempts');
  });
});
