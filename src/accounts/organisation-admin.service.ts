import { randomUUID } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { notFound, unprocessable } from '../shared/errors.js';
import { countrySchema, organisationKindSchema } from './account-fields.js';
import { organisation } from './accounts.schema.js';
import { recordAudit, type Writer } from './audit.store.js';
import { sessionCache } from './session.store.js';

/** An organisation as an administrator creates it: the country is required. */
export const organisationInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  kind: organisationKindSchema,
  country: countrySchema,
  city: z.string().trim().max(120).default(''),
});
export type OrganisationInput = z.infer<typeof organisationInputSchema>;

/** The fields an administrator may change. */
export const organisationChangeSchema = organisationInputSchema
  .partial()
  .refine((change) => Object.keys(change).length > 0, 'give at least one field to change');
export type OrganisationChange = z.infer<typeof organisationChangeSchema>;

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Who changes an organisation, and when. */
export interface ChangedBy {
  actorUserId: string | null;
  now: Date;
}

/**
 * Refuses a name already used by another organisation in the country (ignoring case). One lock
 * for every name check, so that two concurrent creations cannot both pass. An `individual`
 * organisation is one person's account: people may share a name.
 */
async function assertNameFree(tx: Tx, candidate: OrganisationInput, exceptId?: string) {
  if (candidate.kind === 'individual') return;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('passerelle.organisation-name'))`);
  const [clash] = await tx
    .select({ id: organisation.id })
    .from(organisation)
    .where(
      and(
        sql`lower(${organisation.name}) = lower(${candidate.name})`,
        eq(organisation.country, candidate.country),
        ne(organisation.kind, 'individual'),
        exceptId ? ne(organisation.id, exceptId) : undefined,
      ),
    );
  if (clash) {
    throw unprocessable(
      'accounts.duplicate_organisation',
      `An organisation named "${candidate.name}" already exists in ${candidate.country}.`,
      [{ field: 'name', reason: 'another organisation in this country has this name' }],
    );
  }
}

const auditOrganisation = (tx: Writer, id: string, action: string, detail: object, by: ChangedBy) =>
  recordAudit(tx, {
    at: by.now,
    actorUserId: by.actorUserId,
    action,
    entity: 'organisation',
    entityId: id,
    subjectUserId: null,
    detail: { ...detail },
  });

/** Creates an organisation (audited); returns its id. */
export async function createOrganisation(
  db: Database,
  input: OrganisationInput,
  by: ChangedBy,
): Promise<string> {
  return db.transaction(async (tx) => {
    await assertNameFree(tx, input);
    const id = randomUUID();
    await tx.insert(organisation).values({ id, ...input, createdAt: by.now });
    await auditOrganisation(tx, id, 'organisation.create', { fields: Object.keys(input) }, by);
    return id;
  });
}

const unknownOrganisation = () =>
  notFound('accounts.unknown_organisation', 'There is no such organisation.');

/** Changes an organisation's name, kind, country or city (audited, naming the fields). */
export async function updateOrganisation(
  db: Database,
  id: string,
  change: OrganisationChange,
  by: ChangedBy,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(organisation).where(eq(organisation.id, id));
    if (!current) throw unknownOrganisation();
    const next = { ...current, ...change, city: change.city ?? current.city };
    await assertNameFree(tx, next, id);
    sessionCache.forgetAll(); // members' actors carry the organisation's kind and country
    await tx
      .update(organisation)
      .set({ name: next.name, kind: next.kind, country: next.country, city: next.city })
      .where(eq(organisation.id, id));
    await auditOrganisation(tx, id, 'organisation.update', { fields: Object.keys(change) }, by);
  });
}

/** Deactivates an organisation: it is kept, but takes no new members (idempotent). */
export async function deactivateOrganisation(
  db: Database,
  id: string,
  by: ChangedBy,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ deactivatedAt: organisation.deactivatedAt })
      .from(organisation)
      .where(eq(organisation.id, id));
    if (!current) throw unknownOrganisation();
    if (current.deactivatedAt) return;
    sessionCache.forgetAll();
    await tx.update(organisation).set({ deactivatedAt: by.now }).where(eq(organisation.id, id));
    await auditOrganisation(tx, id, 'organisation.deactivate', {}, by);
  });
}
