import { and, inArray, isNull, like } from 'drizzle-orm';
import { appUser, passwordReset, userSession } from '../accounts/accounts.schema.js';
import { recordAudit } from '../accounts/audit.store.js';
import { sessionCache } from '../accounts/session.store.js';
import type { Database } from '../db/database.js';
import { DEMO_DOMAIN } from './people.js';

/**
 * Disables every demo account (an email at the demo domain) that can still sign in: a database
 * for real data must hold no account with a published password. Their sessions and reset links
 * end; each is audited. Returns how many were disabled.
 */
export async function disableDemoAccounts(db: Database, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const disabled = await tx
      .update(appUser)
      .set({ disabledAt: now })
      .where(and(like(appUser.email, `%@${DEMO_DOMAIN}`), isNull(appUser.disabledAt)))
      .returning({ id: appUser.id });
    const ids = disabled.map((u) => u.id);
    if (ids.length === 0) return 0;
    sessionCache.forgetAll();
    await tx.delete(userSession).where(inArray(userSession.userId, ids));
    await tx.delete(passwordReset).where(inArray(passwordReset.userId, ids));
    for (const id of ids) {
      await recordAudit(tx, {
        at: now,
        actorUserId: null,
        action: 'user.disable',
        entity: 'user',
        entityId: id,
        subjectUserId: id,
        detail: { reason: 'demo account in a database started with DEMO=off' },
      });
    }
    return ids.length;
  });
}
