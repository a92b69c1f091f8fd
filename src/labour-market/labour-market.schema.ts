import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

/** One imported file: what it held, what was rejected. Its content hash makes re-imports no-ops. */
export const lmiImport = pgTable('lmi_import', {
  id: uuid('id').primaryKey(),
  /** SHA-256 of the file's bytes. */
  fileHash: text('file_hash').notNull().unique(),
  fileName: text('file_name').notNull(),
  format: text('format').notNull(),
  rows: integer('rows').notNull(),
  accepted: integer('accepted').notNull(),
  rejected: jsonb('rejected').$type<{ line: number; reason: string }[]>().notNull(),
  skipped: jsonb('skipped').$type<{ reason: string; rows: number }[]>().notNull(),
  importedBy: uuid('imported_by'),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
});

/**
 * Observations (docs/labour-market.md): one figure per measure × place × occupation × skill ×
 * month × source. The unique key makes a revised figure replace the earlier one.
 */
export const lmiObservation = pgTable(
  'lmi_observation',
  {
    measure: text('measure').notNull(),
    country: text('country').notNull(),
    region: text('region').notNull().default(''),
    iscoCode: text('isco_code').notNull(),
    occupationUri: text('occupation_uri').notNull().default(''),
    skillUri: text('skill_uri').notNull().default(''),
    /** `YYYY-MM`. */
    month: text('month').notNull(),
    count: doublePrecision('count').notNull(),
    source: text('source').notNull(),
    importId: uuid('import_id')
      .notNull()
      .references(() => lmiImport.id),
  },
  (t) => [
    unique('lmi_observation_key').on(
      t.country,
      t.measure,
      t.region,
      t.iscoCode,
      t.occupationUri,
      t.skillUri,
      t.month,
      t.source,
    ),
    index('lmi_observation_isco_idx').on(t.iscoCode, t.month),
  ],
);

/** A custom region (e.g. a labour-market area) declared with its parent region or country. */
export const lmiRegion = pgTable('lmi_region', {
  code: text('code').primaryKey(),
  country: text('country').notNull(),
  /** Parent region code, or '' when it sits directly under the country. */
  parent: text('parent').notNull().default(''),
  name: text('name').notNull(),
});
