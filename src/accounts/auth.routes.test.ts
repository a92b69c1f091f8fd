import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/database.js';
import { demoEmail, demoPassword } from '../demo/people.js';
import { startDemoApp, type DemoApp } from './accounts.test-support.js';
import { SESSION_LIFETIME_MS } from './session.store.js';

describe.each(testEngines())('logging in and out ($name)', (engine) => {
  let demo: DemoApp;
  beforeAll(async () => {
    demo = await startDemoApp(engine);
  });
  afterAll(() => demo.close());

  const login = (email: string, password: string) =>
    demo.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

  it('GIVEN the right password WHEN logging in THEN the user, a CSRF token and a session cookie come back', async () => {
    const response = await login(demoEmail('coordinator'), demoPassword('coordinator'));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({
      email: 'coordinator@demo.passerelle.dev',
      displayName: 'Demo Coordinator',
    });
    expect(body.user.memberships[0]).toMatchObject({
      role: 'coordinator',
      country: 'BE',
      organisationKind: 'government',
    });
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
    const cookie = response.cookies.find((c) => c.name === 'passerelle_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(JSON.stringify(body)).not.toContain('argon2');
  });

  it('GIVEN an email in capitals WHEN logging in THEN it still matches the account', async () => {
    const response = await login('Analyst@Demo.Passerelle.dev', demoPassword('analyst'));
    expect(response.statusCode).toBe(200);
  });

  it('GIVEN a wrong password or an unknown email WHEN logging in THEN both get the same 401', async () => {
    const wrong = await login(demoEmail('trainer'), 'not-the-password');
    const unknown = await login('nobody@demo.passerelle.dev', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().code).toBe('auth.invalid_credentials');
  });

  it('GIVEN five failed attempts on one account WHEN trying a sixth time THEN it is refused with 429', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await login(demoEmail('employer'), `wrong-${i}`)).statusCode).toBe(401);
    }
    const sixth = await login(demoEmail('employer'), demoPassword('employer'));
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().code).toBe('auth.too_many_attempts');
    // Other accounts from the same address are counted apart.
    expect((await login(demoEmail('admin'), demoPassword('admin'))).statusCode).toBe(200);
  });

  it('GIVEN a login form posted as a form WHEN logging in THEN it is refused (cross-site forms cannot send JSON)', async () => {
    const response = await demo.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `email=${demoEmail('admin')}&password=${demoPassword('admin')}`,
    });
    expect(response.statusCode).toBe(415);
  });

  it('GIVEN a session WHEN asking who is logged in THEN the user and the same CSRF token come back', async () => {
    const session = await demo.loginAs('analyst');
    const response = await demo.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      user: { id: session.userId },
      csrfToken: session.csrfToken,
    });
  });

  it('GIVEN no session WHEN asking who is logged in THEN 401 problem', async () => {
    const response = await demo.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('auth.unauthenticated');
  });

  it('GIVEN a session older than its lifetime WHEN using it THEN it is ignored', async () => {
    const session = await demo.loginAs('analyst');
    const loggedInAt = demo.clock.now;
    try {
      demo.clock.now = new Date(loggedInAt.getTime() + SESSION_LIFETIME_MS + 1000);
      const response = await demo.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: session.cookie },
      });
      expect(response.statusCode).toBe(401);
    } finally {
      demo.clock.now = loggedInAt;
    }
  });

  it('GIVEN a session WHEN logging out without the CSRF header THEN 403 and the session lives on', async () => {
    const session = await demo.loginAs('trainer');
    const refused = await demo.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('auth.csrf');
    const wrongToken = await demo.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie, 'x-csrf-token': 'forged' },
    });
    expect(wrongToken.statusCode).toBe(403);
    const me = await demo.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(me.statusCode).toBe(200);
  });

  it('GIVEN a session WHEN logging out with the CSRF header THEN 204 and the session is gone', async () => {
    const session = await demo.loginAs('trainer');
    const response = await demo.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: session.headers,
    });
    expect(response.statusCode).toBe(204);
    expect(response.cookies.find((c) => c.name === 'passerelle_session')?.value).toBe('');
    const me = await demo.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(me.statusCode).toBe(401);
  });
});
