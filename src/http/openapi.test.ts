import { compileErrors, validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../db/database.js';
import { buildTestApp } from '../../test/support/app.js';
import { registeredRoutesOf } from '../../test/support/registered-routes.js';
import type { HttpApp } from './context.js';

interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
}

describe('the OpenAPI document', () => {
  let handle: DatabaseHandle;
  let app: HttpApp;
  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite', dataDir: undefined });
    app = await buildTestApp(handle);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('is served at /api/openapi.json and validates as OpenAPI 3.1', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(document));
    expect(result.valid ? '' : compileErrors(result)).toBe('');
    expect(result.valid).toBe(true);
  });

  it('describes every API route the server registers, and no other', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const paths = document.paths as Record<string, Record<string, unknown>>;
    const documented = Object.entries(paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    // HEAD routes are Fastify's automatic twins of GET routes; the document itself and the docs UI
    // describe the API rather than belong to it; routes outside /api serve the web UI.
    const describesTheApi = (path: string) =>
      path === '/api/openapi.json' || path === '/api/docs' || path.startsWith('/api/docs/');
    const registered = registeredRoutesOf(app)
      .filter((r) => r.method !== 'HEAD' && r.path.startsWith('/api/') && !describesTheApi(r.path))
      .map((r) => `${r.method} ${r.path}`);
    expect(registered.length).toBeGreaterThan(80);
    expect([...new Set(registered)].sort()).toEqual([...new Set(documented)].sort());
    expect(documented.every((p) => p.split(' ')[1]?.startsWith('/api/'))).toBe(true);
  });

  it('names, tags, summarises and secures every operation (what generated clients rely on)', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = Object.entries(
      document.paths as Record<string, Record<string, Operation>>,
    ).flatMap(([path, methods]) => Object.entries(methods).map(([m, o]) => ({ m, path, o })));
    const ids = operations.map(({ o }) => o.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(operations.length);
    for (const { m, path, o } of operations) {
      expect(o.summary, `${m} ${path}`).toBeTruthy();
      expect(o.tags, `${m} ${path}`).toHaveLength(1);
      expect(o.security, `${m} ${path}`).toBeDefined();
      // The session hook refuses an unsafe request with a session but without its CSRF token.
      const withSession = (o.security ?? []).filter((r) => 'session' in r);
      const unsafe = m !== 'get' && path !== '/api/auth/login';
      expect(
        withSession.every((r) => 'csrf' in r === unsafe),
        `${m} ${path}`,
      ).toBe(true);
    }
    expect(document.components.securitySchemes.csrf).toMatchObject({ in: 'header' });
    // Errors are declared with the media type src/http/problem.ts sends.
    const errorTypes = operations.flatMap(({ o }) =>
      Object.entries((o as { responses?: Record<string, { content?: object }> }).responses ?? {})
        .filter(([status]) => /^[45]/.test(status))
        .flatMap(([, r]) => Object.keys(r.content ?? {})),
    );
    expect(errorTypes.length).toBeGreaterThan(100);
    expect([...new Set(errorTypes)]).toEqual(['application/problem+json']);
    expect(document.servers).not.toEqual([]);
  });

  it('answers an unknown API route with a 404 problem', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, code: 'route.not_found' });
  });

  it.each([
    ['a URL that is not UTF-8', '/api/vacancies/%FF%FE', 400],
    ['a path parameter over the length limit', `/api/partnerships/${'y'.repeat(1000)}`, 414],
  ])('answers %s with a problem, like any other refusal', async (_, url, status) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status });
  });

  it('reports readiness as unavailable while no taxonomy is loaded', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ code: 'system.taxonomy_missing' });
  });
});
