import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStartRefusal, loadConfig } from '../config/config.js';
import type { DatabaseHandle } from '../db/database.js';
import { findCredentials } from '../accounts/account.store.js';
import { setupNeeded } from '../accounts/first-administrator.service.js';
import { testEngines } from '../../test/support/database.js';
import { buildTestApp } from '../../test/support/app.js';
import { disableDemoAccounts } from './demo-accounts.store.js';
import { loadDemoData } from './demo.loader.js';
import { demoEmail, demoPassword } from './people.js';

describe.each(testEngines())(
  'demo accounts in a database started with DEMO=off ($name)',
  (engine) => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await engine.open();
      await loadDemoData(handle.db, { seed: 7, scale: 'small', now: new Date() });
    });
    afterAll(() => handle.close());

    it('GIVEN demo users WHEN disabled THEN none can sign in or ask for a reset, and a second start disables none', async () => {
      const app = await buildTestApp(handle);
      const login = () =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: demoEmail('admin'), password: demoPassword('admin') },
        });
      expect((await login()).statusCode).toBe(200);
      const count = await disableDemoAccounts(handle.db, new Date());
      expect(count).toBeGreaterThan(8);
      expect((await login()).statusCode).toBe(401);
      expect(await findCredentials(handle.db, demoEmail('candidate'))).toBeNull();
      expect(await disableDemoAccounts(handle.db, new Date())).toBe(0);
      await app.close();
    });

    it('GIVEN only disabled demo administrators THEN the setup page opens with DEMO=off and never with DEMO=on', async () => {
      expect(await setupNeeded(handle.db, false)).toBe(true);
      expect(await setupNeeded(handle.db, true)).toBe(false);
    });
  },
);

describe('the demo and secure cookies', () => {
  it.each([
    [{ DEMO: 'on', SECURE_COOKIES: 'true' }, true],
    [{ DEMO: 'on', SECURE_COOKIES: 'true', DEMO_ALLOW_SECURE: 'true' }, false],
    [{ DEMO: 'off', SECURE_COOKIES: 'true' }, false],
    [{ DEMO: 'on', SECURE_COOKIES: 'false' }, false],
  ])('GIVEN %o THEN refusing to start is %s', (env, refused) => {
    expect(demoStartRefusal(loadConfig(env)) !== null).toBe(refused);
  });
});
