import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../accounts/audit.store.js';
import type { Tx } from '../../partnerships/partnership.store.js';
import { grievanceEvent, type grievance } from '../protection.schema.js';
import { seal, type GrievanceKeyring } from './grievance-cipher.service.js';
import type { ResponsibleBody } from './grievance-routing.js';
import type { GrievanceEventKind } from './grievance-vocabulary.js';

/** A grievance row. */
export type GrievanceRow = typeof grievance.$inferSelect;
/** One step of a grievance, as stored. */
export type GrievanceEventRow = typeof grievanceEvent.$inferSelect;

/** What a sealed field is bound to. */
export const narrativeContext = (id: string) => `grievance:${id}:narrative`;
export const noteContext = (id: string) => `grievance:${id}:note`;
export const attachmentContext = (id: string, attachmentId: string, part: 'name' | 'content') =>
  `grievance:${id}:attachment:${attachmentId}:${part}`;

/**
 * Records a grievance event and its audit event. An anonymous filer is recorded as such: no
 * account, no session, no address (docs/protection.md#anonymity).
 */
export async function recordStep(
  tx: Tx,
  keyring: GrievanceKeyring,
  g: Pick<GrievanceRow, 'id' | 'personUserId'>,
  step: {
    kind: GrievanceEventKind;
    at: Date;
    actorUserId: string | null;
    body?: ResponsibleBody | null;
    note?: string | null;
    disclosed?: boolean;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  const note = step.note?.trim() ? seal(keyring, step.note.trim(), noteContext(g.id)) : null;
  await tx.insert(grievanceEvent).values({
    grievanceId: g.id,
    kind: step.kind,
    at: step.at,
    actorUserId: step.actorUserId,
    bodyKind: step.body?.kind ?? null,
    bodyOrganisationId: step.body?.organisationId ?? null,
    noteCipher: note?.cipher ?? null,
    keyId: note?.keyId ?? null,
    disclosed: step.disclosed ?? false,
  });
  await recordAudit(tx, {
    at: step.at,
    actorUserId: step.actorUserId,
    action: `grievance.${step.kind}`,
    entity: 'grievance',
    entityId: g.id,
    subjectUserId: g.personUserId,
    detail: {
      ...(step.actorUserId === null ? { actor: 'anonymous_or_platform' } : {}),
      ...(step.body ? { bodyKind: step.body.kind } : {}),
      ...step.detail,
    },
  });
}

/** The steps of a grievance, oldest first. */
export async function grievanceEvents(db: Tx, id: string): Promise<GrievanceEventRow[]> {
  return db
    .select()
    .from(grievanceEvent)
    .where(eq(grievanceEvent.grievanceId, id))
    .orderBy(asc(grievanceEvent.id));
}
