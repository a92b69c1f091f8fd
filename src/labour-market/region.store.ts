import type { Database } from '../db/database.js';
import { conflict, invalid } from '../shared/errors.js';
import { country } from '../taxonomy/taxonomy.schema.js';
import { eq } from 'drizzle-orm';
import { lmiRegion } from './labour-market.schema.js';

export interface CustomRegion {
  code: string;
  country: string;
  /** Parent region ('' = directly under the country). */
  parent: string;
  name: string;
}

/**
 * Declares a custom region (a labour-market area, a metropolitan region…) under its country or
 * a parent region of the same country, so that observations can name it and gaps roll up.
 */
export async function declareRegion(db: Database, region: CustomRegion): Promise<CustomRegion> {
  const [known] = await db.select().from(country).where(eq(country.alpha2, region.country));
  if (!known)
    throw invalid(
      'labour_market.unknown_country',
      'country',
      `unknown country "${region.country}"`,
    );
  if (!region.code.startsWith(`${region.country}-`))
    throw invalid(
      'labour_market.region_outside_country',
      'code',
      `must start with "${region.country}-"`,
    );
  if (region.parent !== '') {
    const [parent] = await db.select().from(lmiRegion).where(eq(lmiRegion.code, region.parent));
    const isoParent =
      /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(region.parent) &&
      region.parent.startsWith(`${region.country}-`);
    if (!(parent?.country === region.country || isoParent))
      throw invalid(
        'labour_market.unknown_parent_region',
        'parent',
        `"${region.parent}" is not a region of ${region.country}`,
      );
  }
  const inserted = await db.insert(lmiRegion).values(region).onConflictDoNothing().returning();
  if (inserted.length === 0)
    throw conflict('labour_market.region_exists', `Region ${region.code} is already declared.`);
  return region;
}

export function listRegions(db: Database): Promise<CustomRegion[]> {
  return db.select().from(lmiRegion).orderBy(lmiRegion.code);
}
