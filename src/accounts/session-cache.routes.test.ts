// The in-process session memory must never outlive a logout, a disabled account or a change to
// what the actor holds, in this process; another process's changes reach it within its TTL.
import fastifyCookie from '@fastify/cookie';
import { eq } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/database.js';
import { disableDemoAccounts } from '../demo/demo-accounts.store.js';
import type { AppContext, HttpApp } from '../http/context.js';
import { startDemoApp, type DemoApp, type TestSession } from './accounts.test-support.js';
import { userSession } from './accounts.schema.js';
import { sessionHook } from './session.hook.js';
import {
  DEFAULT_SESSION_CACHE_MS,
  hashToken,
  sessionCache,
  useSessionCacheMs,
} from './session.store.js';

describe.each(testEngines())('the session memory ($name)', (engine) => {
  let demo: DemoApp;
  /** A bare app with only the session hook, answering with the actor the hook found. */
  let probe: FastifyInstance;
  beforeAll(async () => {
    demo = await startDemoApp(engine);
    probe = Fastify();
    await probe.register(fastifyCookie);
    const ctx = { db: demo.handle.db, now: () => demo.clock.now } as unknown as AppContext;
    sessionHook(probe as unknown as HttpApp, ctx);
    probe.get('/api/probe', async (request) => ({ actor: request.actor }));
    await probe.ready();
  });
  afterAll(async () => {
    await probe.close();
    await demo.close();
  });
  afterEach(() => useSessionCacheMs(DEFAULT_SESSION_CACHE_MS));

  const me = (session: TestSession) =>
    demo.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
  const actorOf = async (session: TestSession) =>
    (
      await probe.inject({ method: 'GET', url: '/api/probe', headers: { cookie: session.cookie } })
    ).json<{ actor: { displayName: string; memberships: { country: string }[] } | null }>().actor;
  /** Signs in and makes one request, so that the session is remembered. */
  const remembered = async (role: Parameters<DemoApp['loginAs']>[0]) => {
    const session = await demo.loginAs(role);
    expect((await me(session)).statusCode).toBe(200);
    expect((await me(session)).statusCode).toBe(200);
    return session;
  };

  it("GIVEN a remembered session WHEN its row goes behind the process's back THEN it lasts until the TTL, no longer", async () => {
    useSessionCacheMs(300);
    const session = await remembered('analyst');
    await demo.handle.db.delete(userSession).where(eq(userSession.userId, session.userId));
    expect((await me(session)).statusCode).toBe(200); // another process's logout: not seen yet
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await me(session)).statusCode).toBe(401);
  });

  it('GIVEN the memory turned off WHEN the row goes THEN the next request is refused', async () => {
    useSessionCacheMs(0);
    const session = await remembered('analyst');
    await demo.handle.db.delete(userSession).where(eq(userSession.userId, session.userId));
    expect((await me(session)).statusCode).toBe(401);
  });

  it('GIVEN a remembered session WHEN logging out THEN the same cookie is refused at once', async () => {
    const session = await remembered('trainer');
    const out = await demo.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: session.headers,
    });
    expect(out.statusCode).toBeLessThan(300);
    expect((await me(session)).statusCode).toBe(401);
    expect(await actorOf(session)).toBeNull();
  });

  it('GIVEN two remembered sessions WHEN one ends the other THEN the other is refused at once', async () => {
    const here = await remembered('employer');
    const there = await remembered('employer');
    const token = there.cookie.split('=')[1]!;
    const [row] = await demo.handle.db
      .select({ id: userSession.id })
      .from(userSession)
      .where(eq(userSession.tokenHash, hashToken(token)));
    const ended = await demo.app.inject({
      method: 'DELETE',
      url: `/api/auth/sessions/${row!.id}`,
      headers: here.headers,
    });
    expect(ended.statusCode).toBe(204);
    expect((await me(there)).statusCode).toBe(401);
    expect((await me(here)).statusCode).toBe(200);
  });

  it('GIVEN a remembered session WHEN its account changes its name THEN the actor has the new name at once', async () => {
    const session = await remembered('worker_representative');
    expect((await actorOf(session))?.displayName).not.toBe('Renamed Representative');
    const changed = await demo.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: session.headers,
      payload: { displayName: 'Renamed Representative' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await actorOf(session))?.displayName).toBe('Renamed Representative');
  });

  it("GIVEN a remembered session WHEN an administrator moves the member's organisation THEN the actor's membership follows at once", async () => {
    const coordinator = await remembered('coordinator');
    const admin = await remembered('admin');
    const before = await actorOf(coordinator);
    const organisationId = (before as unknown as { memberships: { organisationId: string }[] })
      .memberships[0]!.organisationId;
    expect(before?.memberships[0]?.country).toBe('BE');
    const moved = await demo.app.inject({
      method: 'PATCH',
      url: `/api/organisations/${organisationId}`,
      headers: admin.headers,
      payload: { country: 'LU' },
    });
    expect(moved.statusCode).toBe(200);
    expect((await actorOf(coordinator))?.memberships[0]?.country).toBe('LU');
  });

  it('GIVEN remembered sessions WHEN the demo accounts are disabled THEN every one of them is refused at once', async () => {
    const session = await remembered('analyst');
    expect(sessionCache.size).toBeGreaterThan(0);
    await disableDemoAccounts(demo.handle.db, demo.clock.now);
    expect((await me(session)).statusCode).toBe(401);
    expect(await actorOf(session)).toBeNull();
  });
});
