import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { conflict } from '../shared/errors.js';
import {
  assertPasswordAcceptable,
  countrySchema,
  displayNameSchema,
  emailSchema,
  newPasswordSchema,
  organisationKindSchema,
} from './account-fields.js';
import { appUser, membership, organisation } from './accounts.schema.js';
import { recordAudit } from './audit.store.js';
import { hashPassword } from './password.js';
import { issueResetToken, RESET_TOKEN_LIFETIME_MS } from './password-reset.store.js';
import { insertAccount } from './user-registration.service.js';

/** The first administrator and the organisation they belong to. */
export const firstAdministratorSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  /** Absent: the administrator chooses it through a one-time link. */
  password: newPasswordSchema.optional(),
  organisationName: z.string().trim().min(1).max(200).default('Platform administration'),
  organisationKind: organisationKindSchema.default('government'),
  country: countrySchema,
});
export type FirstAdministrator = z.infer<typeof firstAdministratorSchema>;

type Reader = Pick<Database, 'select'>;

/** Whether an administrator who can sign in exists. */
export async function administratorExists(db: Reader): Promise<boolean> {
  const [row] = await db
    .select({ one: sql`1` })
    .from(membership)
    .innerJoin(appUser, eq(appUser.id, membership.userId))
    .where(and(eq(membership.role, 'admin'), isNull(appUser.disabledAt)))
    .limit(1);
  return row !== undefined;
}

/** The first-visit setup page is offered only without the demo and while no administrator exists. */
export async function setupNeeded(db: Database, demo: boolean): Promise<boolean> {
  return !demo && !(await administratorExists(db));
}

const alreadySetUp = () =>
  conflict('setup.done', 'An administrator already exists: sign in, or ask them to invite you.');

/** A link to the reset page that sets the first password (the reset token's lifetime applies). */
const firstPasswordLink = (publicUrl: string, token: string) =>
  `${publicUrl}/reset-password#token=${token}`;

/**
 * Creates the first administrator and their organisation, audited, unless an administrator
 * already exists (409; a lock makes two concurrent set-ups create one). Without a password the
 * account gets an unusable one and a one-time link to choose it, which is returned.
 */
export async function setUpFirstAdministrator(
  db: Database,
  input: FirstAdministrator,
  by: { now: Date; publicUrl: string },
): Promise<{ userId: string; link: string | null; linkMinutes: number }> {
  if (input.password) assertPasswordAcceptable(input.password, input.email, 'password');
  // A hash of random bytes that no typed password matches until the link sets one.
  const passwordHash = await hashPassword(input.password ?? randomBytes(32).toString('base64url'));
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('passerelle.setup'))`);
    if (await administratorExists(tx)) throw alreadySetUp();
    const organisationId = randomUUID();
    await tx.insert(organisation).values({
      id: organisationId,
      name: input.organisationName,
      kind: input.organisationKind,
      country: input.country,
      createdAt: by.now,
    });
    await recordAudit(tx, {
      at: by.now,
      actorUserId: null,
      action: 'organisation.create',
      entity: 'organisation',
      entityId: organisationId,
      subjectUserId: null,
      detail: { by: 'setup' },
    });
    const userId = await insertAccount(
      tx,
      { email: input.email, displayName: input.displayName, passwordHash },
      { organisationId, role: 'admin' },
      { actorUserId: null, now: by.now, detail: { by: 'setup' } },
    );
    const token = input.password ? null : await issueResetToken(tx, userId, by.now);
    const link = token ? firstPasswordLink(by.publicUrl, token) : null;
    return { userId, link, linkMinutes: RESET_TOKEN_LIFETIME_MS / 60_000 };
  });
}
