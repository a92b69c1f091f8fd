import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.js';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { rejectViolations } from '../partnerships/rule-violation.js';
import { notFound } from '../shared/errors.js';
import type { EvidenceInput, Change } from './journey.store.js';
import { recordStepEvidence, type StepJourney } from './journey-link.store.js';
import { permitApplication } from './journey-steps.schema.js';
import { permitViolations, type PermitApplication } from './visa.js';

type Reader = Pick<Database, 'select'>;

/** A stored application with its id and last change. */
export interface PermitRecord extends PermitApplication {
  id: string;
  updatedAt: Date;
}

const columns = {
  id: permitApplication.id,
  kind: permitApplication.kind,
  authority: permitApplication.authority,
  appliedOn: permitApplication.appliedOn,
  dueOn: permitApplication.dueOn,
  outcome: permitApplication.outcome,
  decidedOn: permitApplication.decidedOn,
  validFrom: permitApplication.validFrom,
  validUntil: permitApplication.validUntil,
  updatedAt: permitApplication.updatedAt,
};

/** A journey's visa and permit applications, oldest first. */
export async function listPermits(db: Reader, journeyId: string): Promise<PermitRecord[]> {
  return db
    .select(columns)
    .from(permitApplication)
    .where(eq(permitApplication.journeyId, journeyId))
    .orderBy(asc(permitApplication.appliedOn), asc(permitApplication.id));
}

/** What an application's change proves on the journey: lodged, granted (valid until) or refused. */
function permitEvidence(p: PermitApplication, before: PermitApplication | null): EvidenceInput[] {
  const detail = { kind: p.kind, authority: p.authority };
  const out: EvidenceInput[] = [];
  if (!before)
    out.push({ kind: 'visa_application', value: p.appliedOn, occurredOn: p.appliedOn, detail });
  if (p.outcome !== before?.outcome || p.validUntil !== before?.validUntil) {
    if (p.outcome === 'granted' && p.decidedOn && p.validUntil)
      out.push({ kind: 'visa_granted', value: p.validUntil, occurredOn: p.decidedOn, detail });
    if (p.outcome === 'refused' && p.decidedOn)
      out.push({ kind: 'visa_refusal', value: p.decidedOn, occurredOn: p.decidedOn, detail });
  }
  return out;
}

/**
 * Records a new application, or changes one of the journey's (its outcome, its validity); the
 * change is audited and what it proves is recorded as the journey's evidence.
 */
export async function savePermit(
  db: Database,
  j: StepJourney,
  id: string | null,
  draft: PermitApplication,
  actor: Actor,
  change: Change,
): Promise<PermitRecord> {
  rejectViolations(permitViolations(draft), 'The application breaks its rules');
  const journeyId = j.loaded.row.id;
  const before = id
    ? (
        await db
          .select(columns)
          .from(permitApplication)
          .where(and(eq(permitApplication.id, id), eq(permitApplication.journeyId, journeyId)))
      )[0]
    : null;
  if (id && !before) throw notFound('permit.unknown_application', 'There is no such application.');
  const savedId = id ?? randomUUID();
  await db.transaction(async (tx) => {
    const values = { ...draft, updatedAt: change.now, updatedBy: change.actorUserId };
    if (before) {
      await tx.update(permitApplication).set(values).where(eq(permitApplication.id, savedId));
    } else {
      await tx.insert(permitApplication).values({ id: savedId, journeyId, ...values });
    }
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: before ? 'permit.update' : 'permit.record',
      entity: 'permit_application',
      entityId: savedId,
      subjectUserId: j.loaded.personUserId,
      detail: { journeyId, kind: draft.kind, outcome: draft.outcome },
    });
  });
  await recordStepEvidence(db, j, permitEvidence(draft, before ?? null), actor, change);
  const [saved] = await listPermits(db, journeyId).then((all) =>
    all.filter((p) => p.id === savedId),
  );
  return saved as PermitRecord;
}
