import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import type { DatabaseHandle } from '../db/database.js';
import { emptyTaxonomyIndex } from '../taxonomy/taxonomy-index.js';
import { testEngines } from '../../test/support/database.js';
import { buildApp } from './app.js';
import type { HttpApp } from './context.js';

/** The CSP as a map from directive to its sources. */
const directives = (header: unknown) =>
  new Map(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );

describe.each(testEngines())('security headers ($name)', (engine) => {
  let handle: DatabaseHandle;
  const apps: HttpApp[] = [];
  const appWith = async (env: Record<string, string>) => {
    const app = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent', WEB_DIR: '/nonexistent-web-dir', ...env }),
      db: handle.db,
      engine: handle.engine,
      now: () => new Date('2026-11-21T12:00:00Z'),
      taxonomy: emptyTaxonomyIndex,
    });
    await app.ready();
    apps.push(app);
    return app;
  };
  beforeAll(async () => {
    handle = await engine.open();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await handle.close();
  });

  it('GIVEN any response THEN it carries a CSP without inline scripts or framing, nosniff and no referrer, and no HSTS over plain HTTP', async () => {
    const app = await appWith({});
    for (const url of ['/api/health', '/api/no-such-route']) {
      const { headers } = await app.inject({ method: 'GET', url });
      const csp = directives(headers['content-security-policy']);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('script-src-attr')).toEqual(["'none'"]);
      expect(csp.get('style-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.has('upgrade-insecure-requests')).toBe(false);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('GIVEN SECURE_COOKIES=true THEN HSTS is sent and insecure requests are upgraded', async () => {
    const app = await appWith({ SECURE_COOKIES: 'true' });
    const { headers } = await app.inject({ method: 'GET', url: '/api/health' });
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(directives(headers['content-security-policy']).has('upgrade-insecure-requests')).toBe(
      true,
    );
  });

  it('GIVEN the Swagger UI at /api/docs THEN its page loads only its own scripts, and only its routes allow inline style sheets', async () => {
    const app = await appWith({});
    const page = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    const csp = directives(page.headers['content-security-policy']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    const scripts = [...page.body.matchAll(/<script([^>]*)>/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes).toMatch(/src="\.\//);
    expect(page.body).not.toMatch(/<style|style="/);
    const initializer = await app.inject({
      method: 'GET',
      url: '/api/docs/static/swagger-initializer.js',
    });
    expect(initializer.statusCode).toBe(200);
    const api = await app.inject({ method: 'GET', url: '/api/health' });
    expect(directives(api.headers['content-security-policy']).get('style-src')).toEqual(["'self'"]);
  });
});
