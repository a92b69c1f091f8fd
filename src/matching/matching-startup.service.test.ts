import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.js';
import type { Database } from '../db/database.js';
import { testEngines } from '../../test/support/database.js';
import { buildTestApp } from '../../test/support/app.js';
import { emptyTaxonomyIndex } from '../taxonomy/taxonomy-index.js';
import { warmUpMatching } from './matching-startup.service.js';

const [pglite] = testEngines();

describe('matching indexes built at start-up', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await pglite!.open();
  });
  afterAll(() => handle?.close());

  it('keeps /api/ready at 503 until the indexes are built, then answers ready', async () => {
    let warmUp: ReturnType<typeof warmUpMatching> | undefined;
    const app = await buildTestApp(handle, {
      taxonomy: { ...emptyTaxonomyIndex, versionId: 'v1', size: 1 },
      pending: () => (warmUp ? warmUp.pending() : 'matching indexes'),
    });
    try {
      const early = await app.inject({ method: 'GET', url: '/api/ready' });
      expect(early.statusCode).toBe(503);
      expect(early.json()).toMatchObject({ code: 'system.starting' });
      warmUp = warmUpMatching(handle.db, (error) => {
        throw error;
      });
      expect(warmUp.pending()).toBe('matching indexes');
      expect(await warmUp.done).toMatchObject({ openings: 0, candidates: 0 });
      expect(warmUp.pending()).toBeNull();
      const ready = await app.inject({ method: 'GET', url: '/api/ready' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toMatchObject({ status: 'ready', taxonomyVersion: 'v1' });
    } finally {
      await app.close();
    }
  });

  it('hands a failed build to onError and stops holding readiness back', async () => {
    const broken = {
      select: () => {
        throw new Error('database gone');
      },
    } as unknown as Database;
    const errors: unknown[] = [];
    const warmUp = warmUpMatching(broken, (error) => errors.push(error));
    expect(await warmUp.done).toBeNull();
    expect(warmUp.pending()).toBeNull();
    expect(String(errors[0])).toContain('database gone');
  });
});
