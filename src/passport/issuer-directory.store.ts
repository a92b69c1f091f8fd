import { asc, eq } from 'drizzle-orm';
import { organisation } from '../accounts/accounts.schema.js';
import type { Database } from '../db/database.js';
import { issuerKey } from './passport.schema.js';

/** Organisations that have an issuer key (they have issued, or rotated), by name. */
export async function issuingOrganisations(db: Database): Promise<{ id: string; name: string }[]> {
  return db
    .selectDistinct({ id: organisation.id, name: organisation.name })
    .from(issuerKey)
    .innerJoin(organisation, eq(organisation.id, issuerKey.organisationId))
    .orderBy(asc(organisation.name), asc(organisation.id));
}
