import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { notFound } from '../shared/errors.js';
import { displayNameSchema, localeSchema } from './account-fields.js';
import { appUser } from './accounts.schema.js';
import { recordAudit } from './audit.store.js';
import { sessionCache } from './session.store.js';

/** What a user may change about themselves. */
export const profileChangeSchema = z.object({
  displayName: displayNameSchema.optional(),
  locale: localeSchema.optional(),
});
export type ProfileChange = z.infer<typeof profileChangeSchema>;

/**
 * Applies a user's change to their own profile and records it in the audit log, in one
 * transaction. Returns the names of the fields that actually changed (none → nothing written).
 */
export async function updateOwnProfile(
  db: Database,
  userId: string,
  change: ProfileChange,
  now: Date,
): Promise<string[]> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ displayName: appUser.displayName, locale: appUser.locale })
      .from(appUser)
      .where(eq(appUser.id, userId))
      .for('update');
    if (!current) throw notFound('accounts.unknown_user', 'This user no longer exists.');
    const changed = changedFields(current, change);
    if (changed.length === 0) return [];
    sessionCache.forgetUser(userId); // the actor's name and locale change
    await tx.update(appUser).set(change).where(eq(appUser.id, userId));
    await recordAudit(tx, {
      at: now,
      actorUserId: userId,
      action: 'user.update',
      entity: 'user',
      entityId: userId,
      subjectUserId: userId,
      detail: { fields: changed },
    });
    return changed;
  });
}

/** The fields of the change whose value differs from the current one. */
export function changedFields(current: Required<ProfileChange>, change: ProfileChange): string[] {
  return (Object.keys(change) as (keyof ProfileChange)[]).filter(
    (field) => change[field] !== undefined && change[field] !== current[field],
  );
}
