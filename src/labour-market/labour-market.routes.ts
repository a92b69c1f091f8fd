import { plannedDepartures, type PartnershipPlan } from './planned-departures.js';
import { z } from 'zod';
import { authorize } from './labour-market.policy.js';
import type { AppContext, AreaRoutes } from '../http/context.js';
import { problemSchema } from '../http/problem.js';
import { IMPORT_LIMITS } from '../imports-runtime/import-limits.js';
import { importObservationFile } from './observation-import.service.js';
import {
  brainDrainWarnings,
  corridorReport,
  gapReport,
  seriesForecast,
} from './labour-market.queries.js';
import {
  complementaritySchema,
  customRegionSchema,
  corridorQuerySchema,
  gapQuerySchema,
  gapRowSchema,
  importReportSchema,
  importRequestSchema,
  plannedOutflows,
  seriesQuerySchema,
  seriesSchema,
  warningQuerySchema,
  warningsSchema,
} from './labour-market.schemas.js';
import { listImports } from './observation.store.js';
import { declareRegion, listRegions } from './region.store.js';
import { forgetVocabulary } from './observation-import.service.js';

const tags = ['labour-market'];
const security = [{ session: [] }];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema };

/**
 * What the labour-market routes read from the areas built on them, passed in by the composition
 * root (src/http/app.ts) so that this area does not depend on partnerships or allocation.
 */
export interface LabourMarketSources {
  /** The departures the partnerships of an origin country plan (quotas, allocated slots). */
  partnershipPlans: (db: AppContext['db'], originCountry: string) => Promise<PartnershipPlan[]>;
}

/** Labour-market intelligence: imports, gap indicators, forecasts, corridors, warnings. */
export const labourMarketRoutes =
  (sources: LabourMarketSources): AreaRoutes =>
  async (app, ctx) => {
    app.post(
      '/api/labour-market/imports',
      {
        bodyLimit: IMPORT_LIMITS.labourMarketFileChars + 64 * 1024, // the file in a JSON body
        schema: {
          operationId: 'importLabourMarketObservations',
          tags,
          security,
          summary: 'Import observations from a CSV, JobPosting JSON-LD, SDMX-CSV or ILOSTAT file',
          description:
            'Atomic per file; re-importing the same file changes nothing. Rejected rows are listed with their line and reason; a file with no acceptable row is refused (400).',
          body: importRequestSchema,
          response: { 200: importReportSchema, ...errors },
        },
      },
      async (request) => {
        authorize(request.actor, 'labourMarket.import');
        return importObservationFile(ctx.db, {
          versionId: ctx.taxonomy.versionId,
          ...request.body,
          importedBy: request.actor.userId,
          now: ctx.now(),
        });
      },
    );

    app.get(
      '/api/labour-market/imports',
      {
        schema: {
          operationId: 'listLabourMarketImports',
          tags,
          security,
          summary: 'Past imports, most recent first',
          response: { 200: z.object({ imports: z.array(importReportSchema) }), ...errors },
        },
      },
      async (request) => {
        authorize(request.actor, 'labourMarket.read');
        return { imports: await listImports(ctx.db) };
      },
    );

    app.get(
      '/api/labour-market/gaps',
      {
        schema: {
          operationId: 'listGapIndicators',
          tags,
          security,
          summary: 'Gap indicators per country × region × ISCO group × skill × month',
          querystring: gapQuerySchema,
          response: {
            200: z.object({ gaps: z.array(gapRowSchema), truncated: z.boolean() }),
            ...errors,
          },
        },
      },
      async (request) => {
        authorize(request.actor, 'labourMarket.read');
        const { rows, truncated } = await gapReport(
          ctx.db,
          { ...request.query, iscoLevel: request.query.iscoLevel as 1 | 2 | 3 | 4 },
          { versionId: ctx.taxonomy.versionId },
        );
        return { gaps: rows, truncated };
      },
    );

    app.get(
      '/api/labour-market/series',
      {
        schema: {
          operationId: 'getLabourMarketSeries',
          tags,
          security,
          summary: 'One cell’s monthly demand and supply with forecasts, intervals and backtests',
          querystring: seriesQuerySchema,
          response: { 200: seriesSchema, ...errors },
        },
      },
      async (request) => {
        authorize(request.actor, 'labourMarket.read');
        const { horizon, ...cell } = request.query;
        return seriesForecast(ctx.db, cell, horizon);
      },
    );

    app.get(
      '/api/labour-market/corridor',
      {
        schema: {
          operationId: 'rankCorridorOccupations',
          tags,
          security,
          summary: 'Occupations ranked by destination shortage × origin surplus',
          querystring: corridorQuerySchema,
          response: {
            200: z.object({ occupations: z.array(complementaritySchema) }),
            ...errors,
          },
        },
      },
      async (request) => {
        authorize(request.actor, 'labourMarket.read');
        const occupations = await corridorReport(ctx.db, {
          ...request.query,
          iscoLevel: request.query.iscoLevel as 1 | 2 | 3 | 4,
        });
        return { occupations };
      },
    );

    app.get(
      '/api/labour-market/warnings',
      {
        schema: {
          operationId: 'listBrainDrainWarnings',
          tags,
          security,
          summary: 'Brain-drain early warnings of an origin country',
          querystring: warningQuerySchema,
          response: { 200: warningsSchema, ...errors },
        },
      },
      async (request) => {
        authorize(request.actor, 'labourMarket.read');
        const { planned, ...query } = request.query;
        // Departures the partnerships plan (quotas, allocated away-track slots) and those typed in.
        const departures = plannedDepartures(
          await sources.partnershipPlans(ctx.db, query.country),
          plannedOutflows(planned),
        );
        const report = await brainDrainWarnings(ctx.db, {
          ...query,
          plannedOutflows: new Map(departures.map((d) => [d.iscoCode, d.total])),
        });
        return { ...report, plannedDepartures: departures };
      },
    );

    app.get(
      '/api/labour-market/regions',
      {
        schema: {
          operationId: 'listRegions',
          tags,
          security,
          summary: 'Declared custom regions with their parents',
          response: { 200: z.object({ regions: z.array(customRegionSchema) }), ...errors },
        },
      },
      async (request) => {
        authorize(request.actor, 'labourMarket.read');
        return { regions: await listRegions(ctx.db) };
      },
    );

    app.post(
      '/api/labour-market/regions',
      {
        schema: {
          operationId: 'declareRegion',
          tags,
          security,
          summary: 'Declare a custom region under its country or a parent region',
          body: customRegionSchema,
          response: { 201: customRegionSchema, 409: problemSchema, ...errors },
        },
      },
      async (request, reply) => {
        authorize(request.actor, 'labourMarket.import');
        const region = await declareRegion(ctx.db, request.body);
        forgetVocabulary(ctx.db);
        return reply.status(201).send(region);
      },
    );
  };
