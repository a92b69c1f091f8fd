import { z } from 'zod';
import { IMPORT_LIMITS } from '../imports-runtime/import-limits.js';
import { IMPORT_FORMATS } from './import-rows.js';

/** Request and response shapes of /api/labour-market: validation, types and OpenAPI at once. */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as BE');
export const monthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');
export const iscoPrefix = z.string().regex(/^\d{1,4}$/, 'an ISCO-08 code of 1 to 4 digits');
const iscoLevel = z.coerce.number().int().min(1).max(4);

export const importRequestSchema = z.object({
  fileName: z.string().min(1).max(300),
  content: z.string().min(1).max(IMPORT_LIMITS.labourMarketFileChars),
  format: z.enum(IMPORT_FORMATS).optional(),
  /** Provenance of JobPosting files (default: the file name). */
  source: z.string().min(1).max(300).optional(),
});

export const importReportSchema = z
  .object({
    importId: z.uuid(),
    fileName: z.string(),
    format: z.string(),
    alreadyImported: z.boolean(),
    rows: z.number().int(),
    accepted: z.number().int(),
    rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })),
    skipped: z.array(z.object({ reason: z.string(), rows: z.number().int() })),
  })
  .meta({ id: 'LmiImportReport' });

export const gapQuerySchema = z.object({
  country: countryCode.optional(),
  isco: iscoPrefix.optional(),
  from: monthText.optional(),
  to: monthText.optional(),
  iscoLevel: iscoLevel.default(4),
  regionLevel: z.enum(['region', 'country']).default('country'),
  level: z.enum(['occupation', 'skill', 'essential_skill']).default('occupation'),
});

export const gapRowSchema = z
  .object({
    country: z.string(),
    region: z.string(),
    iscoCode: z.string(),
    skillUri: z.string(),
    month: z.string(),
    demand: z.number(),
    supply: z.number(),
    gap: z.number(),
    ratio: z.number().nullable(),
    classification: z.enum(['shortage', 'balance', 'surplus']),
    persistence: z.object({ months3: z.number(), months6: z.number(), months12: z.number() }),
    trendSlope: z.number(),
    trend: z.enum(['rising', 'stable', 'falling']),
  })
  .meta({ id: 'LmiGap' });

const forecastStep = z.object({
  step: z.number().int(),
  mean: z.number(),
  lower80: z.number(),
  upper80: z.number(),
  lower95: z.number(),
  upper95: z.number(),
});
const accuracy = z.object({ mase: z.number().nullable(), smape: z.number() });
const sideForecast = z
  .object({
    forecast: z.object({
      method: z.enum(['holt_winters', 'seasonal_naive', 'naive']),
      parameters: z.object({ alpha: z.number(), beta: z.number(), gamma: z.number() }).nullable(),
      sigma: z.number(),
      steps: z.array(forecastStep),
    }),
    backtest: z
      .object({
        origins: z.number().int(),
        forecasts: z.number().int(),
        model: accuracy,
        seasonalNaive: accuracy,
      })
      .nullable(),
  })
  .nullable();

export const seriesQuerySchema = z.object({
  country: countryCode,
  region: z.string().max(20).default(''),
  isco: iscoPrefix,
  skill: z.string().max(300).default(''),
  horizon: z.coerce.number().int().min(1).max(36).default(12),
});

export const seriesSchema = z
  .object({
    history: z.array(
      z.object({
        month: z.string(),
        demand: z.number(),
        supply: z.number(),
        workforce: z.number(),
        outflow: z.number(),
      }),
    ),
    months: z.array(z.string()),
    demand: sideForecast,
    supply: sideForecast,
  })
  .meta({ id: 'LmiSeriesForecast' });

export const corridorQuerySchema = z.object({
  origin: countryCode,
  destination: countryCode,
  month: monthText,
  iscoLevel: iscoLevel.default(4),
});

export const complementaritySchema = z
  .object({
    iscoCode: z.string(),
    destinationShortage: z.number(),
    originSurplus: z.number(),
    score: z.number(),
    destinationCouldGain: z.number(),
    originCouldLose: z.number(),
    originSurplusAfter: z.number(),
  })
  .meta({ id: 'LmiComplementarity' });

export const warningQuerySchema = z.object({
  country: countryCode,
  horizon: z.coerce.number().int().min(1).max(36).default(12),
  threshold: z.coerce.number().positive().default(44.5),
  population: z.coerce.number().int().positive().optional(),
  /** Planned away-track departures over the horizon, `ISCO:count` pairs: `2221:120,2512:40`. */
  planned: z
    .string()
    .regex(/^(\d{1,4}:\d+)(,\d{1,4}:\d+)*$/, 'ISCO:count pairs separated by commas')
    .optional(),
});

export const warningsSchema = z
  .object({
    outflow: z.array(
      z.object({
        kind: z.literal('outflow_turns_surplus_into_shortage'),
        iscoCode: z.string(),
        monthsAhead: z.number().int(),
        demandThen: z.number(),
        supplyThen: z.number(),
        supplyAfterOutflows: z.number(),
        cumulativeOutflow: z.number(),
        ratioThen: z.number().nullable(),
      }),
    ),
    healthDensity: z
      .object({
        kind: z.literal('health_workforce_density_below_threshold'),
        country: z.string(),
        population: z.number(),
        doctors: z.number(),
        nurses: z.number(),
        midwives: z.number(),
        densityPer10000: z.number(),
        threshold: z.number(),
        shortfall: z.number(),
      })
      .nullable(),
    health: z
      .object({
        month: z.string(),
        doctors: z.number(),
        nurses: z.number(),
        midwives: z.number(),
        population: z.number(),
        densityPer10000: z.number(),
      })
      .nullable(),
    /** Planned away-track departures per occupation the outflow warnings counted, and their origin. */
    plannedDepartures: z.array(
      z.object({
        iscoCode: z.string(),
        fromQuotas: z.number(),
        allocated: z.number(),
        typed: z.number(),
        total: z.number(),
        partnershipIds: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'LmiWarnings' });

/** `2221:120,2512:40` → ISCO code → planned departures. */
export function plannedOutflows(text: string | undefined): Map<string, number> {
  if (!text) return new Map();
  return new Map(
    text.split(',').map((pair) => {
      const [code, count] = pair.split(':');
      return [code as string, Number(count)];
    }),
  );
}

export const customRegionSchema = z
  .object({
    code: z.string().regex(/^[A-Z]{2}-[A-Z0-9-]{1,20}$/, 'CC-NAME, e.g. BE-X-ANTWERP-PORT'),
    country: countryCode,
    parent: z.string().max(24).default(''),
    name: z.string().min(1).max(200),
  })
  .meta({ id: 'LmiRegion' });
