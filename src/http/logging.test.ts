import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser } from '../accounts/accounts.schema.js';
import { loadConfig } from '../config/config.js';
import type { DatabaseHandle } from '../db/database.js';
import { emptyTaxonomyIndex } from '../taxonomy/taxonomy-index.js';
import { testEngines } from '../../test/support/database.js';
import { buildApp } from './app.js';
import type { HttpApp } from './context.js';

const EMAIL = 'awa.ndiaye@example.org';
const HASH = '$argon2id$v=19$m=65536,t=3,p=4$c2VjcmV0c2FsdA$c2VjcmV0aGFzaHZhbHVl';
const NAME = 'Awa Ndiaye-Secretname';
const SESSION = 'passerelle_session=s3cr3t-session-token';
const CSRF = 'csrf-9f8e7d6c';

describe.each(testEngines())('the error log holds no values ($name)', (engine) => {
  let handle: DatabaseHandle;
  let app: HttpApp;
  const lines: string[] = [];
  beforeAll(async () => {
    handle = await engine.open();
    app = await buildApp(
      {
        config: loadConfig({ LOG_LEVEL: 'debug', WEB_DIR: '/nonexistent-web-dir' }),
        db: handle.db,
        engine: handle.engine,
        now: () => new Date('2026-11-21T12:00:00Z'),
        taxonomy: emptyTaxonomyIndex,
      },
      { logDestination: { write: (line) => void lines.push(line) } },
    );
    // A route whose store call fails in the database: the same e-mail twice breaks the unique key.
    app.post('/api/test/failing-insert', async () => {
      const user = { email: EMAIL, displayName: NAME, passwordHash: HASH, createdAt: new Date() };
      await handle.db.insert(appUser).values({ id: randomUUID(), ...user });
      await handle.db.insert(appUser).values({ id: randomUUID(), ...user });
      return { ok: true };
    });
    app.get('/api/test/failing-uuid', async () => {
      await handle.db.execute(`select '${NAME}'::uuid`);
      return { ok: true };
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('GIVEN a database error with an e-mail and a password hash as parameters WHEN the request fails THEN the 500 is logged without any value, cookie or token', async () => {
    lines.length = 0;
    const response = await app.inject({
      method: 'POST',
      url: '/api/test/failing-insert?name=Awa',
      headers: { cookie: SESSION, 'x-csrf-token': CSRF },
      payload: {},
    });
    expect(response.statusCode).toBe(500);
    const log = lines.join('');
    const errorLine = lines.find((l) => JSON.parse(l).level === 50);
    expect(JSON.parse(errorLine ?? '{}').err).toMatchObject({
      type: 'DrizzleQueryError',
      message: expect.stringMatching(/^Failed query: insert into "app_user"/),
      cause: { constraint: expect.stringMatching(/email/) },
    });
    for (const secret of [EMAIL, HASH, NAME, 's3cr3t-session-token', CSRF, 'name=Awa']) {
      expect(log).not.toContain(secret);
    }
    expect(log).not.toMatch(/params:/);
  });

  it('GIVEN PostgreSQL quoting a bad value in its message WHEN logged THEN the value is left out', async () => {
    lines.length = 0;
    expect((await app.inject({ method: 'GET', url: '/api/test/failing-uuid' })).statusCode).toBe(
      500,
    );
    const log = lines.join('');
    expect(log).toMatch(/invalid input syntax for type uuid/);
    expect(log).not.toContain(NAME);
  });

  it('GIVEN a log line carrying request headers THEN the cookie and CSRF token are redacted', () => {
    lines.length = 0;
    app.log.warn(
      { headers: { cookie: SESSION, 'x-csrf-token': CSRF, authorization: 'Bearer t0k' } },
      'x',
    );
    const log = lines.join('');
    expect(log).toContain('[redacted]');
    for (const secret of ['s3cr3t-session-token', CSRF, 't0k']) expect(log).not.toContain(secret);
  });
});
