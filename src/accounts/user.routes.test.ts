import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/database.js';
import { startDemoApp, type DemoApp } from './accounts.test-support.js';
import { appUser, auditEvent } from './accounts.schema.js';

describe.each(testEngines())('a user managing their own data ($name)', (engine) => {
  let demo: DemoApp;
  beforeAll(async () => {
    demo = await startDemoApp(engine);
  });
  afterAll(() => demo.close());

  const auditTrail = (userId: string) =>
    demo.handle.db.select().from(auditEvent).where(eq(auditEvent.subjectUserId, userId));

  it('GIVEN a candidate WHEN changing their display name and language THEN both change and exactly one audit event names the fields', async () => {
    const session = await demo.loginAs('candidate');
    const before = await auditTrail(session.userId);
    const response = await demo.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: session.headers,
      payload: { displayName: 'Amal B.', locale: 'fr' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ displayName: 'Amal B.', locale: 'fr' });
    const after = await auditTrail(session.userId);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      action: 'user.update',
      actorUserId: session.userId,
      detail: { fields: ['displayName', 'locale'] },
    });
  });

  it('GIVEN a malformed language WHEN changing the profile THEN 400 naming the field, nothing changes and nothing is audited', async () => {
    const session = await demo.loginAs('trainer');
    const before = await auditTrail(session.userId);
    const [userBefore] = await demo.handle.db
      .select()
      .from(appUser)
      .where(eq(appUser.id, session.userId));
    const response = await demo.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: session.headers,
      payload: { displayName: 'Changed Name', locale: 'not a locale!' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([expect.objectContaining({ field: 'body.locale' })]);
    const [userAfter] = await demo.handle.db
      .select()
      .from(appUser)
      .where(eq(appUser.id, session.userId));
    expect(userAfter).toEqual(userBefore);
    expect(await auditTrail(session.userId)).toHaveLength(before.length);
  });

  it('GIVEN no CSRF header WHEN changing the profile THEN 403 and nothing changes', async () => {
    const session = await demo.loginAs('employer');
    const response = await demo.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: { cookie: session.cookie },
      payload: { displayName: 'Sneaky' },
    });
    expect(response.statusCode).toBe(403);
    const [user] = await demo.handle.db
      .select()
      .from(appUser)
      .where(eq(appUser.id, session.userId));
    expect(user?.displayName).toBe('Demo Employer');
  });

  it('GIVEN a change to the same values WHEN saving THEN nothing is audited', async () => {
    const session = await demo.loginAs('analyst');
    const before = await auditTrail(session.userId);
    const response = await demo.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: session.headers,
      payload: { displayName: 'Demo Analyst' },
    });
    expect(response.statusCode).toBe(200);
    expect(await auditTrail(session.userId)).toHaveLength(before.length);
  });

  it('GIVEN a user WHEN reading their audit trail THEN they see the events about them, oldest first', async () => {
    const session = await demo.loginAs('worker_representative');
    await demo.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: session.headers,
      payload: { locale: 'nl-BE' },
    });
    const response = await demo.app.inject({
      method: 'GET',
      url: '/api/users/me/audit',
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(200);
    const actions = response.json().events.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['user.create', 'user.login', 'user.update']);
  });
});

describe.each(testEngines())('an admin creating accounts ($name)', (engine) => {
  let demo: DemoApp;
  let organisationId: string;
  beforeAll(async () => {
    demo = await startDemoApp(engine);
    const admin = await demo.loginAs('admin');
    const list = await demo.app.inject({
      method: 'GET',
      url: '/api/organisations?kind=training_provider&country=MA',
      headers: { cookie: admin.cookie },
    });
    organisationId = list.json().organisations[0].id;
  });
  afterAll(() => demo.close());

  const newUser = (overrides: Record<string, unknown> = {}) => ({
    email: 'Trainer.Two@Example.org',
    displayName: 'Trainer Two',
    password: 'a-long-enough-password',
    organisationId,
    role: 'trainer',
    ...overrides,
  });

  it('GIVEN an admin WHEN creating a user THEN 201, the user can log in and the creation is audited', async () => {
    const admin = await demo.loginAs('admin');
    const response = await demo.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: newUser(),
    });
    expect(response.statusCode).toBe(201);
    const user = response.json().user;
    expect(user).toMatchObject({
      email: 'trainer.two@example.org',
      memberships: [{ organisationId, role: 'trainer' }],
    });
    const login = await demo.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'trainer.two@example.org', password: 'a-long-enough-password' },
    });
    expect(login.statusCode).toBe(200);
    const events = await demo.handle.db
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.subjectUserId, user.id));
    expect(events).toEqual([
      expect.objectContaining({ action: 'user.create', actorUserId: admin.userId }),
      expect.objectContaining({ action: 'user.login', actorUserId: user.id }),
    ]);
    expect(JSON.stringify(events)).not.toContain('a-long-enough-password');
  });

  it('GIVEN an email already in use WHEN creating a user THEN 409', async () => {
    const admin = await demo.loginAs('admin');
    const response = await demo.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: newUser({ email: 'coordinator@demo.passerelle.dev' }),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('accounts.email_taken');
  });

  it('GIVEN a password shorter than 12 characters WHEN creating a user THEN 400 naming the password', async () => {
    const admin = await demo.loginAs('admin');
    const response = await demo.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: newUser({ email: 'short@example.org', password: 'too-short' }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].field).toBe('body.password');
  });

  it.each([
    ['a common password', 'qwerty123456', 'is one of the most common passwords'],
    [
      'the email’s name part',
      'weak.person-2026-ok',
      'must not contain your email or its name part',
    ],
    ['one character repeated', 'zzzzzzzzzzzzzz', 'must not repeat a single character'],
  ])(
    'GIVEN %s WHEN creating a user THEN 400 naming the password and no account',
    async (_, password, reason) => {
      const admin = await demo.loginAs('admin');
      const response = await demo.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: admin.headers,
        payload: newUser({ email: 'weak.person@example.org', password }),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual([{ field: 'body.password', reason }]);
      expect(
        await demo.handle.db
          .select()
          .from(appUser)
          .where(eq(appUser.email, 'weak.person@example.org')),
      ).toEqual([]);
    },
  );

  it('GIVEN an unknown organisation WHEN creating a user THEN 422 and no account', async () => {
    const admin = await demo.loginAs('admin');
    const response = await demo.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: newUser({
        email: 'orphan@example.org',
        organisationId: '00000000-0000-4000-8000-000000000000',
      }),
    });
    expect(response.statusCode).toBe(422);
    expect(
      await demo.handle.db.select().from(appUser).where(eq(appUser.email, 'orphan@example.org')),
    ).toEqual([]);
  });

  it('GIVEN a coordinator WHEN creating a user THEN 403', async () => {
    const coordinator = await demo.loginAs('coordinator');
    const response = await demo.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: coordinator.headers,
      payload: newUser({ email: 'x@example.org' }),
    });
    expect(response.statusCode).toBe(403);
  });
});
