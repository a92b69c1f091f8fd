import { compileErrors, validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../db/database.js';
import { buildTestApp } from '../../test/support/app.js';
import type { HttpApp } from './context.js';

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

  it('describes every API route the server registers', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const documented = Object.keys(document.paths as Record<string, unknown>);
    expect(documented).toContain('/api/health');
    expect(documented).toContain('/api/ready');
    expect(documented.every((p) => p.startsWith('/api/'))).toBe(true);
  });

  it('answers an unknown API route with a 404 problem', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, code: 'route.not_found' });
  });

  it('reports readiness as unavailable while no taxonomy is loaded', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ code: 'system.taxonomy_missing' });
  });
});
