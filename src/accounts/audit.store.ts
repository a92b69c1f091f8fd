import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { auditEvent } from './accounts.schema.js';

/** A database handle or an open transaction: audit events are written inside the change's own. */
export type Writer = Pick<Database, 'insert'>;

/** One change to record. `detail` names what changed (field names), never secrets or hashes. */
export interface AuditEntry {
  at: Date;
  /** Who made the change; null for the command line or the system. */
  actorUserId: string | null;
  /** What was done, `entity.verb`, e.g. `user.update`. */
  action: string;
  entity: string;
  entityId: string;
  /** The person the change is about (data subject), when there is one. */
  subjectUserId: string | null;
  detail: Record<string, unknown>;
}

/** A recorded audit event, as returned to its data subject. */
export interface AuditEvent extends AuditEntry {
  id: number;
}

/** Appends an event to the audit log; call it with the transaction that makes the change. */
export async function recordAudit(tx: Writer, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvent).values(entry);
}

/** Every audit event about a person, oldest first (data subject access). */
export async function auditEventsAbout(db: Database, subjectUserId: string): Promise<AuditEvent[]> {
  return db
    .select({
      id: auditEvent.id,
      at: auditEvent.at,
      actorUserId: auditEvent.actorUserId,
      action: auditEvent.action,
      entity: auditEvent.entity,
      entityId: auditEvent.entityId,
      subjectUserId: auditEvent.subjectUserId,
      detail: auditEvent.detail,
    })
    .from(auditEvent)
    .where(eq(auditEvent.subjectUserId, subjectUserId))
    .orderBy(asc(auditEvent.id));
}
