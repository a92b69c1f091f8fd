import { loadConfig } from '../../src/config/config.js';
import type { DatabaseHandle } from '../../src/db/database.js';
import { buildApp } from '../../src/http/app.js';
import type { AppContext, HttpApp } from '../../src/http/context.js';
import { emptyTaxonomyIndex } from '../../src/taxonomy/taxonomy-index.js';
import { keepRouteRecord, RouteRecord } from './registered-routes.js';

/**
 * Builds the real HTTP app over a test database, silent, with a fixed clock unless overridden.
 * The routes it registers are kept for `registeredRoutesOf(app)`.
 */
export async function buildTestApp(
  handle: DatabaseHandle,
  overrides: Partial<AppContext> = {},
): Promise<HttpApp> {
  const record = new RouteRecord();
  const app = await buildApp(
    {
      config: loadConfig({ LOG_LEVEL: 'silent', WEB_DIR: '/nonexistent-web-dir' }),
      db: handle.db,
      engine: handle.engine,
      now: () => new Date('2026-11-21T12:00:00Z'),
      taxonomy: emptyTaxonomyIndex,
      ...overrides,
    },
    { onRoute: record.observe },
  );
  keepRouteRecord(app, record);
  await app.ready();
  return app;
}
