import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { PasserelleError, unprocessable } from '../shared/errors.js';
import {
  displayNameSchema,
  emailSchema,
  newPasswordSchema,
  refinePassword,
  roleSchema,
} from './account-fields.js';
import { normaliseEmail } from './account.store.js';
import { appUser, membership, organisation } from './accounts.schema.js';
import { recordAudit } from './audit.store.js';
import { hashPassword } from './password.js';
import type { Role } from './roles.js';

/** A new account with its first membership. */
export const newUserSchema = z
  .object({
    email: emailSchema,
    displayName: displayNameSchema,
    password: newPasswordSchema,
    organisationId: z.uuid(),
    role: roleSchema,
  })
  .superRefine(refinePassword);
export type NewUser = z.infer<typeof newUserSchema>;

/** Creates a user and their membership, audited in the same transaction; returns the new id. */
export async function registerUser(
  db: Database,
  input: NewUser,
  by: { actorUserId: string | null; now: Date },
): Promise<string> {
  const passwordHash = await hashPassword(input.password); // slow: outside the transaction
  const email = normaliseEmail(input.email);
  return db.transaction(async (tx) => {
    const [org] = await tx
      .select({ id: organisation.id })
      .from(organisation)
      .where(eq(organisation.id, input.organisationId));
    if (!org) {
      throw unprocessable('accounts.unknown_organisation', 'There is no such organisation.', [
        { field: 'organisationId', reason: 'no organisation has this id' },
      ]);
    }
    return insertAccount(
      tx,
      { email, displayName: input.displayName, passwordHash },
      { organisationId: org.id, role: input.role },
      by,
    );
  });
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Inserts a user with their first membership and audits it, inside the caller's transaction;
 * refuses (409, field `email`) an email that already has an account. Returns the new id.
 */
export async function insertAccount(
  tx: Tx,
  user: { email: string; displayName: string; passwordHash: string },
  first: { organisationId: string; role: Role },
  /** `actorUserId` undefined: the person created their own account. */
  by: { actorUserId?: string | null; now: Date; detail?: Record<string, unknown> },
): Promise<string> {
  const id = randomUUID();
  const email = normaliseEmail(user.email);
  const inserted = await tx
    .insert(appUser)
    .values({ id, ...user, email, createdAt: by.now })
    .onConflictDoNothing({ target: appUser.email })
    .returning({ id: appUser.id });
  if (inserted.length === 0) throw emailTaken(email);
  await tx.insert(membership).values({ userId: id, ...first });
  await recordAudit(tx, {
    at: by.now,
    actorUserId: by.actorUserId === undefined ? id : by.actorUserId,
    action: 'user.create',
    entity: 'user',
    entityId: id,
    subjectUserId: id,
    detail: {
      fields: ['email', 'displayName', 'password', 'membership'],
      ...first,
      ...by.detail,
    },
  });
  return id;
}

/** The refusal of an email that already has an account. */
export const emailTaken = (email: string) =>
  new PasserelleError('conflict', 'accounts.email_taken', `An account already uses ${email}.`, [
    { field: 'email', reason: 'already has an account' },
  ]);
