import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, isNotNull, isNull } from 'drizzle-orm';
import { grievance } from '../protection.schema.js';
import { recordAudit } from '../../accounts/audit.store.js';
import type { Database } from '../../db/database.js';
import type { Change, Tx } from '../../partnerships/partnership.store.js';
import { conflict, notFound } from '../../shared/errors.js';
import { partnershipSuspension } from './fair-recruitment.schema.js';
import type { ComplianceRole } from './vocabulary.js';

/** A suspension of an employer or recruiter from a partnership. */
export interface SuspensionRecord {
  id: string;
  partnershipId: string;
  organisationId: string;
  role: ComplianceRole;
  reason: string;
  suspendedAt: Date;
  liftedAt: Date | null;
  liftReason: string | null;
}

/** Suspensions of a partnership, active ones first. */
export async function suspensionsOf(db: Tx, partnershipId: string): Promise<SuspensionRecord[]> {
  const rows = await db
    .select()
    .from(partnershipSuspension)
    .where(eq(partnershipSuspension.partnershipId, partnershipId))
    .orderBy(asc(partnershipSuspension.suspendedAt));
  return rows
    .map((r) => ({
      id: r.id,
      partnershipId: r.partnershipId,
      organisationId: r.organisationId,
      role: r.role,
      reason: r.reason,
      suspendedAt: r.suspendedAt,
      liftedAt: r.liftedAt,
      liftReason: r.liftReason,
    }))
    .sort((a, b) => Number(a.liftedAt !== null) - Number(b.liftedAt !== null));
}

/** Suspends an organisation from a partnership (audited, with the reason); 409 when it already is. */
export async function suspend(
  db: Database,
  s: { partnershipId: string; organisationId: string; role: ComplianceRole; reason: string },
  change: Change,
): Promise<string> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const active = await tx
      .select({ id: partnershipSuspension.id })
      .from(partnershipSuspension)
      .where(
        and(
          eq(partnershipSuspension.partnershipId, s.partnershipId),
          eq(partnershipSuspension.organisationId, s.organisationId),
          isNull(partnershipSuspension.liftedAt),
        ),
      );
    if (active.length > 0) {
      throw conflict(
        'fair_recruitment.already_suspended',
        'This organisation is already suspended from the partnership.',
      );
    }
    await tx.insert(partnershipSuspension).values({
      id,
      ...s,
      suspendedBy: change.actorUserId,
      suspendedAt: change.now,
    });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'compliance.suspend',
      entity: 'partnership_suspension',
      entityId: id,
      subjectUserId: null,
      detail: {
        partnershipId: s.partnershipId,
        organisationId: s.organisationId,
        role: s.role,
        reason: s.reason,
      },
    });
  });
  return id;
}

/** Lifts an active suspension (audited, with the reason); 404 when there is none with that id. */
export async function liftSuspension(
  db: Database,
  partnershipId: string,
  id: string,
  reason: string,
  change: Change,
): Promise<void> {
  await db.transaction(async (tx) => {
    const lifted = await tx
      .update(partnershipSuspension)
      .set({ liftedAt: change.now, liftedBy: change.actorUserId, liftReason: reason })
      .where(
        and(
          eq(partnershipSuspension.id, id),
          eq(partnershipSuspension.partnershipId, partnershipId),
          isNull(partnershipSuspension.liftedAt),
        ),
      )
      .returning({ id: partnershipSuspension.id });
    if (lifted.length === 0) {
      throw notFound('fair_recruitment.unknown_suspension', 'There is no such active suspension.');
    }
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'compliance.lift_suspension',
      entity: 'partnership_suspension',
      entityId: id,
      subjectUserId: null,
      detail: { partnershipId, reason },
    });
  });
}

/**
 * Grievances upheld against each organisation in a partnership: those concerning it that were
 * resolved with a remedy (`resolved_at` set by the handler's "resolved" step).
 */
export async function grievancesUpheld(
  db: Tx,
  partnershipId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ organisationId: grievance.concernedOrganisationId, n: count() })
    .from(grievance)
    .where(
      and(
        eq(grievance.partnershipId, partnershipId),
        isNotNull(grievance.concernedOrganisationId),
        isNotNull(grievance.resolvedAt),
      ),
    )
    .groupBy(grievance.concernedOrganisationId);
  return new Map(rows.flatMap((r) => (r.organisationId ? [[r.organisationId, r.n]] : [])));
}
