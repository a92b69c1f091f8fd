// Shared set-up for the labour-market store and route tests (not a test file itself).
import type { Database } from '../db/database.js';
import {
  country,
  iscoGroup,
  occupation,
  occupationSkill,
  skill,
  taxonomyVersion,
} from '../taxonomy/taxonomy.schema.js';

/** The taxonomy version of the route tests (the app runs with the empty index, version ''). */
const VERSION = '';
export const NURSE = 'http://data.europa.eu/esco/occupation/test-nurse';
export const WOUND_CARE = 'http://data.europa.eu/esco/skill/test-wound-care';

const COUNTRIES = [
  { alpha2: 'BE', alpha3: 'BEL', numeric: '056', name: 'Belgium' },
  { alpha2: 'MA', alpha3: 'MAR', numeric: '504', name: 'Morocco' },
  { alpha2: 'NG', alpha3: 'NGA', numeric: '566', name: 'Nigeria' },
  { alpha2: 'KE', alpha3: 'KEN', numeric: '404', name: 'Kenya' },
];

const ISCO = [
  '2',
  '22',
  '221',
  '2211',
  '222',
  '2221',
  '2222',
  '25',
  '251',
  '2512',
  '3',
  '32',
  '322',
  '3221',
];

/**
 * Inserts the few countries and ISCO-08 groups the labour-market tests speak of, with a one-
 * occupation taxonomy release (by default the unnamed one the import falls back to when no release
 * is active; a server started on it needs a named one, or it imports ESCO first).
 */
export async function seedLabourMarketReference(
  db: Database,
  versionId: string = VERSION,
): Promise<void> {
  await db.insert(country).values(COUNTRIES).onConflictDoNothing();
  await db
    .insert(iscoGroup)
    .values(
      ISCO.map((code) => ({
        code,
        level: code.length,
        parentCode: code.length > 1 ? code.slice(0, -1) : null,
        title: `ISCO ${code}`,
        uri: `http://data.europa.eu/esco/isco/C${code}`,
      })),
    )
    .onConflictDoNothing();
  await db.insert(taxonomyVersion).values({ id: versionId, label: 'test', status: 'complete' });
  await db.insert(occupation).values({
    versionId,
    uri: NURSE,
    code: '2221.9',
    iscoCode: '2221',
    preferredLabel: 'specialist nurse',
  });
  await db.insert(skill).values({ versionId, uri: WOUND_CARE, preferredLabel: 'wound care' });
  await db.insert(occupationSkill).values({
    versionId,
    occupationUri: NURSE,
    skillUri: WOUND_CARE,
    relation: 'essential',
  });
}

/** A Passerelle observation CSV of `months` months of a cell, with a seasonal demand. */
export function seasonalCsv(options: {
  country: string;
  isco: string;
  months: number;
  demand: (i: number) => number;
  supply: (i: number) => number;
  supplyMeasure?: string;
  outflow?: (i: number) => number;
}): string {
  const lines = ['measure,country,region,occupation,skill,month,count,source'];
  for (let i = 0; i < options.months; i++) {
    const month = `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const cell = `${options.country},,${options.isco},,${month}`;
    lines.push(`vacancies,${cell},${Math.round(options.demand(i))},test`);
    lines.push(
      `${options.supplyMeasure ?? 'job_seekers'},${cell},${Math.round(options.supply(i))},test`,
    );
    if (options.outflow)
      lines.push(`emigrant_outflow,${cell},${Math.round(options.outflow(i))},test`);
  }
  return lines.join('\n');
}
