import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AreaRoutes } from './context.js';
import { PasserelleError } from '../shared/errors.js';

const healthSchema = z.object({ status: z.literal('ok') });
const readySchema = z.object({
  status: z.literal('ready'),
  engine: z.enum(['pglite', 'postgres']),
  taxonomyVersion: z.string(),
  concepts: z.number().int(),
});

/** Liveness and readiness probes. */
export const systemRoutes: AreaRoutes = async (app, ctx) => {
  app.get(
    '/api/health',
    {
      schema: {
        operationId: 'getHealth',
        security: [],
        tags: ['system'],
        summary: 'The process is up',
        response: { 200: healthSchema },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/api/ready',
    {
      schema: {
        operationId: 'getReadiness',
        security: [],
        tags: ['system'],
        summary: 'The database answers, the taxonomy is loaded and the matching indexes are built',
        response: { 200: readySchema },
      },
    },
    async () => {
      try {
        await ctx.db.execute(sql`select 1`);
      } catch {
        throw new PasserelleError(
          'unavailable',
          'system.database_down',
          'The database does not answer.',
        );
      }
      if (ctx.taxonomy.size === 0) {
        throw new PasserelleError(
          'unavailable',
          'system.taxonomy_missing',
          'No taxonomy is loaded yet.',
        );
      }
      const pending = ctx.pending?.();
      if (pending) {
        throw new PasserelleError(
          'unavailable',
          'system.starting',
          `Still preparing the ${pending}.`,
        );
      }
      return {
        status: 'ready' as const,
        engine: ctx.engine,
        taxonomyVersion: ctx.taxonomy.versionId,
        concepts: ctx.taxonomy.size,
      };
    },
  );
};
