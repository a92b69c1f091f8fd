// Shared set-up for the accounts route tests (not a test file itself).
import { loadConfig } from '../config/config.js';
import type { DatabaseHandle } from '../db/database.js';
import { loadDemoData } from '../demo/demo.loader.js';
import { demoEmail, demoPassword } from '../demo/people.js';
import type { HttpApp } from '../http/context.js';
import { buildTestApp } from '../../test/support/app.js';
import type { TestEngine } from '../../test/support/database.js';
import { demoLoad } from '../../test/support/demo-templates.js';
import type { Role } from './roles.js';
import { SESSION_COOKIE } from './session.hook.js';

/** A logged-in demo user as a test client sees them. */
export interface TestSession {
  userId: string;
  cookie: string;
  csrfToken: string;
  /** Headers for an unsafe request in this session. */
  headers: { cookie: string; 'x-csrf-token': string };
}

/** An app over a fresh database holding the small demo dataset, with a clock the test moves. */
export interface DemoApp {
  app: HttpApp;
  handle: DatabaseHandle;
  clock: { now: Date };
  loginAs(role: Role): Promise<TestSession>;
  close(): Promise<void>;
}

/**
 * Starts the app on the engine with the demo organisations and one user per role. `prepare` runs
 * on the fresh database before the demo data is loaded (e.g. to give it taxonomy relations).
 */
export async function startDemoApp(
  engine: TestEngine,
  prepare?: (handle: DatabaseHandle) => Promise<void>,
  env: Record<string, string> = {},
): Promise<DemoApp> {
  const clock = { now: new Date(demoLoad.now) };
  const handle = prepare ? await engine.open() : await engine.openWithDemo();
  if (prepare) {
    await prepare(handle);
    await loadDemoData(handle.db, demoLoad);
  }
  const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIR: '/nonexistent-web-dir', ...env });
  const app = await buildTestApp(handle, { now: () => clock.now, config });
  const loginAs = (role: Role) => logIn(app, demoEmail(role), demoPassword(role));
  return {
    app,
    handle,
    clock,
    loginAs,
    async close() {
      await app.close();
      await handle.close();
    },
  };
}

/** Signs in with an e-mail and password through the app: the session a test client holds. */
export async function logIn(app: HttpApp, email: string, password: string): Promise<TestSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`login as ${email}: ${response.body}`);
  const cookie = `${SESSION_COOKIE}=${sessionCookieOf(response.cookies)}`;
  const body = response.json<{ user: { id: string }; csrfToken: string }>();
  return {
    userId: body.user.id,
    cookie,
    csrfToken: body.csrfToken,
    headers: { cookie, 'x-csrf-token': body.csrfToken },
  };
}

/** The session token a login response set. */
export function sessionCookieOf(cookies: { name: string; value: string }[]): string {
  const cookie = cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie set');
  return cookie.value;
}
