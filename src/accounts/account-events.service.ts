import type { AuditEntry, Writer } from './audit.store.js';
import { recordAudit } from './audit.store.js';
import type { ClientInfo } from './session.store.js';

/** Sign-in and credential events recorded in the audit log, about the account's owner. */
export type AccountEvent =
  | 'user.login'
  | 'user.login_failed'
  | 'user.lock'
  | 'user.logout'
  | 'user.logout_everywhere'
  | 'user.session_revoke'
  | 'user.password_change'
  | 'user.password_reset_request'
  | 'user.password_reset';

/**
 * Records an event about a user's account with where it came from. Never pass passwords,
 * hashes or tokens in `detail`: it is shown to the user and kept forever.
 */
export async function recordAccountEvent(
  tx: Writer,
  event: {
    action: AccountEvent;
    userId: string;
    /** Who did it, when not the owner themselves (an administrator, or null for the CLI). */
    actorUserId?: string | null;
    client: ClientInfo | null;
    at: Date;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  const entry: AuditEntry = {
    at: event.at,
    actorUserId: event.actorUserId === undefined ? event.userId : event.actorUserId,
    action: event.action,
    entity: 'user',
    entityId: event.userId,
    subjectUserId: event.userId,
    detail: {
      ...(event.client ? { ip: event.client.ip, userAgent: event.client.userAgent } : {}),
      ...event.detail,
    },
  };
  await recordAudit(tx, entry);
}
