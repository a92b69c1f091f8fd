// Shared set-up for the allocation tests (not a test file itself).
import { loadDemoData } from '../demo/demo.loader.js';
import { demoEmail, demoPassword } from '../demo/people.js';
import type { DatabaseHandle } from '../db/database.js';
import type { Role } from '../accounts/roles.js';
import { SESSION_COOKIE } from '../accounts/session.hook.js';
import {
  sessionCookieOf,
  type DemoApp,
  type TestSession,
} from '../accounts/accounts.test-support.js';
import { occupationSkill, taxonomyVersion } from '../taxonomy/taxonomy.schema.js';
import { testRelations } from '../people/demo/demo-test-relations.js';
import { buildTestApp } from '../../test/support/app.js';
import type { TestEngine } from '../../test/support/database.js';

/** Occupation→skill relations like ESCO's, so that the demo load draws candidates and jobs. */
export async function insertTestRelations(handle: DatabaseHandle): Promise<void> {
  await handle.db
    .insert(taxonomyVersion)
    .values({ id: 'esco-test', label: 'test', active: true, status: 'complete' });
  await handle.db.insert(occupationSkill).values(
    testRelations().flatMap((r) =>
      (['essential', 'optional'] as const).flatMap((relation) =>
        r[relation].map((skillUri) => ({
          versionId: 'esco-test',
          occupationUri: r.occupationUri,
          skillUri,
          relation,
        })),
      ),
    ),
  );
}

/** The demo app with people, vacancies and programmes (the plain demo app has none). */
export async function startAllocationDemoApp(engine: TestEngine): Promise<DemoApp> {
  const handle = await engine.open();
  const clock = { now: new Date('2026-11-21T09:00:00Z') };
  await insertTestRelations(handle);
  await loadDemoData(handle.db, { seed: 7, scale: 'small', now: clock.now });
  const app = await buildTestApp(handle, { now: () => clock.now });
  const loginAs = async (role: Role): Promise<TestSession> => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: demoEmail(role), password: demoPassword(role) },
    });
    if (response.statusCode !== 200) throw new Error(`login as ${role}: ${response.body}`);
    const cookie = `${SESSION_COOKIE}=${sessionCookieOf(response.cookies)}`;
    const body = response.json<{ user: { id: string }; csrfToken: string }>();
    return {
      userId: body.user.id,
      cookie,
      csrfToken: body.csrfToken,
      headers: { cookie, 'x-csrf-token': body.csrfToken },
    };
  };
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
