import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { appUser, membership, organisation } from './accounts.schema.js';
import type { Actor } from './actor.js';
import type { OrganisationKind, Role } from './roles.js';

/** A user's membership, with the organisation's name for display. */
export interface AccountMembership {
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  country: string;
  role: Role;
}

/** A user as the accounts area sees them: profile and memberships, never the password hash. */
export interface Account {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  memberships: AccountMembership[];
}

/** Loads a user's account with memberships, or null when there is no such user. */
export async function findAccount(db: Database, userId: string): Promise<Account | null> {
  const [user] = await db
    .select({
      id: appUser.id,
      email: appUser.email,
      displayName: appUser.displayName,
      locale: appUser.locale,
    })
    .from(appUser)
    .where(eq(appUser.id, userId));
  if (!user) return null;
  const memberships = await db
    .select({
      organisationId: organisation.id,
      organisationName: organisation.name,
      organisationKind: organisation.kind,
      country: organisation.country,
      role: membership.role,
    })
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(eq(membership.userId, userId))
    .orderBy(asc(organisation.name), asc(membership.role));
  return { ...user, memberships };
}

/** The credentials needed to check a login, looked up by (normalised) email; none if disabled. */
export async function findCredentials(
  db: Database,
  email: string,
): Promise<{ userId: string; passwordHash: string } | null> {
  const [row] = await db
    .select({ userId: appUser.id, passwordHash: appUser.passwordHash })
    .from(appUser)
    .where(and(eq(appUser.email, normaliseEmail(email)), isNull(appUser.disabledAt)));
  return row ?? null;
}

/** Emails compare case-insensitively; they are stored lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The actor a request acts for, from the account. */
export function actorOf(account: Account): Actor {
  return {
    userId: account.id,
    email: account.email,
    displayName: account.displayName,
    memberships: account.memberships.map(({ organisationId, organisationKind, country, role }) => ({
      organisationId,
      organisationKind,
      country,
      role,
    })),
  };
}
