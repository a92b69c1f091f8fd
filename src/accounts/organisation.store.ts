import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { appUser, membership, organisation } from './accounts.schema.js';
import type { OrganisationKind, Role } from './roles.js';

/** An organisation as presented to users. */
export interface OrganisationSummary {
  id: string;
  name: string;
  kind: OrganisationKind;
  country: string;
  city: string;
  /** False once an administrator has deactivated it. */
  active: boolean;
}

/** A member of an organisation: their name and role there (personal data). */
export interface OrganisationMember {
  userId: string;
  displayName: string;
  role: Role;
}

const summaryColumns = {
  id: organisation.id,
  name: organisation.name,
  kind: organisation.kind,
  country: organisation.country,
  city: organisation.city,
  active: sql<boolean>`${organisation.deactivatedAt} is null`,
};

/** Organisations, optionally of one kind and/or in one country, by name. */
export async function listOrganisations(
  db: Database,
  filter: { kind?: OrganisationKind | undefined; country?: string | undefined },
): Promise<OrganisationSummary[]> {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(organisation.kind, filter.kind));
  if (filter.country) conditions.push(eq(organisation.country, filter.country));
  return db
    .select(summaryColumns)
    .from(organisation)
    .where(and(...conditions))
    .orderBy(asc(organisation.name), asc(organisation.id));
}

/** One organisation, or null. */
export async function findOrganisation(
  db: Database,
  id: string,
): Promise<OrganisationSummary | null> {
  const [row] = await db.select(summaryColumns).from(organisation).where(eq(organisation.id, id));
  return row ?? null;
}

/** The members of an organisation with their roles, by name. */
export async function membersOf(
  db: Database,
  organisationId: string,
): Promise<OrganisationMember[]> {
  return db
    .select({ userId: appUser.id, displayName: appUser.displayName, role: membership.role })
    .from(membership)
    .innerJoin(appUser, eq(appUser.id, membership.userId))
    .where(eq(membership.organisationId, organisationId))
    .orderBy(asc(appUser.displayName), asc(membership.role));
}
