// Shared set-up for the partnership and workshop route tests (not a test file itself).
import { count } from 'drizzle-orm';
import { organisation } from '../accounts/accounts.schema.js';
import { startDemoApp, type DemoApp, type TestSession } from '../accounts/accounts.test-support.js';
import type { TestEngine } from '../../test/support/database.js';
import { partnership } from './partnerships.schema.js';

/** The roles these tests act as, each logged in once. */
const ACTORS = ['coordinator', 'employer', 'trainer', 'candidate', 'admin'] as const;

/** What the app answers an injected request. */
type InjectResponse = Awaited<ReturnType<DemoApp['app']['inject']>>;

/** The demo app with a session per role and the requests the tests send. */
export interface PartnershipsDemo {
  demo: DemoApp;
  sessions: Record<(typeof ACTORS)[number], TestSession>;
  /** The id of the demo organisation with this name. */
  orgId(name: string): string;
  get(url: string, session: TestSession): Promise<InjectResponse>;
  send(
    method: 'POST' | 'PUT' | 'PATCH',
    url: string,
    session: TestSession,
    payload: unknown,
  ): Promise<InjectResponse>;
  /** How many partnerships the database holds. */
  partnershipCount(): Promise<number | undefined>;
}

/** Starts the demo app on the engine and logs in one user per role. */
export async function startPartnershipsDemo(engine: TestEngine): Promise<PartnershipsDemo> {
  const demo = await startDemoApp(engine);
  const logins = await Promise.all(ACTORS.map((role) => demo.loginAs(role)));
  const sessions = Object.fromEntries(ACTORS.map((role, i) => [role, logins[i]])) as Record<
    (typeof ACTORS)[number],
    TestSession
  >;
  const rows = await demo.handle.db
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation);
  const orgs = new Map(rows.map((r) => [r.name, r.id]));
  return {
    demo,
    sessions,
    orgId: (name) => orgs.get(name) as string,
    get: (url, session) =>
      demo.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } }),
    send: (method, url, session, payload) =>
      demo.app.inject({ method, url, headers: session.headers, payload: payload as object }),
    partnershipCount: async () =>
      (await demo.handle.db.select({ n: count() }).from(partnership))[0]?.n,
  };
}
