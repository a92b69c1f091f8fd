import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../accounts/audit.store.js';
import type { Database } from '../../db/database.js';
import type { Change, Tx } from '../../partnerships/partnership.store.js';
import type { CostInput } from './fair-recruitment-report.js';
import { recruitmentCost } from './fair-recruitment.schema.js';
import type { CostKind, Payer } from './vocabulary.js';
import type { PlacementRecord } from './placement.store.js';

/** A stored cost with who recorded it. */
export interface CostRecord extends CostInput {
  id: string;
  partnershipId: string;
  paidOn: string | null;
  recordedAt: Date;
}

/** A cost to record against a placement. */
export interface NewCost {
  kind: CostKind;
  amount: number;
  currency: string;
  paidBy: Payer;
  paidOn: string | null;
}

/** Records a cost of a person's placement (audited as a change to the person's data). */
export async function recordCost(
  db: Database,
  placement: PlacementRecord,
  cost: NewCost,
  change: Change,
): Promise<string> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(recruitmentCost).values({
      id,
      partnershipId: placement.partnershipId,
      candidateId: placement.candidateId,
      ...cost,
      employerId: placement.employerId,
      recruiterId: placement.recruiterId,
      recordedBy: change.actorUserId,
      recordedAt: change.now,
    });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'recruitment_cost.record',
      entity: 'recruitment_cost',
      entityId: id,
      subjectUserId: placement.personUserId,
      detail: { contractId: placement.contractId, kind: cost.kind, paidBy: cost.paidBy },
    });
  });
  return id;
}

/** Costs of a partnership, or of one person in it. */
export async function costsOf(
  db: Tx,
  partnershipId: string,
  candidateId?: string,
): Promise<CostRecord[]> {
  const rows = await db
    .select()
    .from(recruitmentCost)
    .where(
      and(
        eq(recruitmentCost.partnershipId, partnershipId),
        candidateId ? eq(recruitmentCost.candidateId, candidateId) : undefined,
      ),
    )
    .orderBy(asc(recruitmentCost.recordedAt), asc(recruitmentCost.id));
  return rows.map((r) => ({
    id: r.id,
    partnershipId: r.partnershipId,
    candidateId: r.candidateId,
    kind: r.kind,
    amount: r.amount,
    currency: r.currency,
    paidBy: r.paidBy,
    paidOn: r.paidOn,
    employerId: r.employerId,
    recruiterId: r.recruiterId,
    recordedAt: r.recordedAt,
  }));
}
