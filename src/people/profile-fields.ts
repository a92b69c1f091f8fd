import { z } from 'zod';
import { countrySchema } from '../accounts/account-fields.js';

export { countrySchema };

/** The shapes of people, jobs and training fields, shared by HTTP, imports and the CLI. */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
export const escoSkillUriSchema = z
  .string()
  .regex(new RegExp(`^http://data\\.europa\\.eu/esco/skill/${UUID}$`), 'must be an ESCO skill URI');
export const escoOccupationUriSchema = z
  .string()
  .regex(
    new RegExp(`^http://data\\.europa\\.eu/esco/occupation/${UUID}$`),
    'must be an ESCO occupation URI',
  );

/** A BCP 47 language tag (`en`, `fr-BE`, `ar`, `zh-Hant-TW`). */
export const languageTagSchema = z
  .string()
  .regex(
    /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/,
    'must be a BCP 47 language tag such as en, fr-BE or zh-Hant-TW',
  );

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];
export const cefrLevelSchema = z.enum(CEFR_LEVELS, { error: 'must be a CEFR level A1 to C2' });

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDateSchema = z.iso.date({ error: 'must be a date YYYY-MM-DD' });

export const TRACKS = ['home', 'away', 'study'] as const;
export type Track = (typeof TRACKS)[number];
export const trackSchema = z.enum(TRACKS);

export const EVIDENCE_LEVELS = ['self_declared', 'assessed', 'certified'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];
export const evidenceLevelSchema = z.enum(EVIDENCE_LEVELS);

/** An amount of money in a currency (ISO 4217). */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code');

export const shortText = z.string().trim().min(1).max(200);
export const longText = z.string().trim().max(5000);
