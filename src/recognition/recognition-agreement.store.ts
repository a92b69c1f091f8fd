import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { partnershipCountries } from '../partnerships/partnership.js';
import { conflict, notFound } from '../shared/errors.js';
import {
  recognisingCountries,
  validateAgreement,
  type AgreementStatus,
  type RecognitionAgreement,
} from './agreement.js';
import { bindingPartnerships } from './binding-partnerships.store.js';
import { loadRegistry, type Tx } from './framework.store.js';
import type { AgreementAuthority } from './recognition.policy.js';
import { recognitionAgreement } from './recognition.schema.js';
import { assertNoProblems } from './recognition-problems.js';

type AgreementRow = typeof recognitionAgreement.$inferSelect;

/** One version of an agreement with its place in the history (docs/recognition.md). */
export interface AgreementVersion extends RecognitionAgreement {
  status: AgreementStatus;
  version: number;
  supersedes: string | null;
  supersededBy: string | null;
  retiredAt: Date | null;
  retirementReason: string | null;
}

/** Who writes, when: every write is audited with it. */
export interface AgreementChange {
  actorUserId: string | null;
  now: Date;
}

const toAgreement = (a: AgreementRow): RecognitionAgreement => ({
  id: a.id,
  title: a.title,
  from: a.fromParty,
  to: a.toParty,
  direction: a.direction,
  mode: a.mode,
  measures: a.measures as RecognitionAgreement['measures'],
  scope: a.scope,
  validFrom: a.validFrom,
  ...(a.validUntil ? { validUntil: a.validUntil } : {}),
  source: a.source,
  demo: a.demo,
});

const rowOf = ({ from, to, validUntil, ...a }: RecognitionAgreement) => ({
  ...a,
  fromParty: from,
  toParty: to,
  validUntil: validUntil ?? null,
  demo: a.demo ?? false,
});

/** Agreements the engine applies: only versions in force (neither superseded nor retired). */
export async function listAgreementsInForce(db: Tx): Promise<RecognitionAgreement[]> {
  const rows = await db
    .select()
    .from(recognitionAgreement)
    .where(eq(recognitionAgreement.status, 'in_force'))
    .orderBy(asc(recognitionAgreement.id));
  return rows.map(toAgreement);
}

/** Every version of every agreement, with its status and what supersedes it. */
export async function listAgreementVersions(db: Tx): Promise<AgreementVersion[]> {
  const rows = await db.select().from(recognitionAgreement).orderBy(asc(recognitionAgreement.id));
  const successor = new Map(rows.flatMap((r) => (r.supersedes ? [[r.supersedes, r.id]] : [])));
  return rows.map((r) => ({
    ...toAgreement(r),
    status: r.status,
    version: r.version,
    supersedes: r.supersedes,
    supersededBy: successor.get(r.id) ?? null,
    retiredAt: r.retiredAt,
    retirementReason: r.retirementReason,
  }));
}

/** The stored version with this id, or 404. */
export async function requireAgreement(db: Tx, id: string): Promise<AgreementRow> {
  const [row] = await db.select().from(recognitionAgreement).where(eq(recognitionAgreement.id, id));
  if (!row) throw notFound('recognition.unknown_agreement', `There is no agreement ${id}.`);
  return row;
}

/** Who may write this agreement: its recognising countries and the partnerships between its two countries. */
export async function agreementAuthority(
  db: Tx,
  a: Pick<RecognitionAgreement, 'from' | 'to' | 'direction'>,
): Promise<AgreementAuthority> {
  const between = (await bindingPartnerships(db)).filter((p) => {
    const countries = partnershipCountries(p.corridors);
    return countries.includes(a.from.country) && countries.includes(a.to.country);
  });
  return {
    recognisingCountries: recognisingCountries(a),
    partnerships: between.map((p) => ({
      partyOrganisationIds: p.parties.map((party) => party.organisationId),
    })),
  };
}

const auditDetail = (a: RecognitionAgreement) => ({
  from: a.from.country,
  to: a.to.country,
  direction: a.direction,
  mode: a.mode,
});

async function refuseExisting(tx: Tx, ids: string[]) {
  const [taken] = await tx
    .select({ id: recognitionAgreement.id })
    .from(recognitionAgreement)
    .where(inArray(recognitionAgreement.id, ids));
  if (taken)
    throw conflict(
      'recognition.agreement_exists',
      `Agreement ${taken.id} exists: amend it to change its terms.`,
    );
}

/** Stores reference and demo agreements (seed): validated, all or nothing, idempotent by id. */
export async function addAgreements(db: Database, items: RecognitionAgreement[]): Promise<void> {
  await db.transaction(async (tx) => {
    const { frameworks } = await loadRegistry(tx);
    for (const a of items) assertNoProblems(validateAgreement(a, frameworks));
    for (const a of items)
      await tx.insert(recognitionAgreement).values(rowOf(a)).onConflictDoNothing();
  });
}

/** Records new agreements (each a first version), validated and audited; all or nothing. */
export async function recordAgreements(
  db: Database,
  items: RecognitionAgreement[],
  by: AgreementChange,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { frameworks } = await loadRegistry(tx);
    for (const a of items) assertNoProblems(validateAgreement(a, frameworks));
    await refuseExisting(
      tx,
      items.map((a) => a.id),
    );
    for (const a of items) {
      await tx
        .insert(recognitionAgreement)
        .values({ ...rowOf(a), recordedBy: by.actorUserId, recordedAt: by.now });
      await audit(tx, 'recognition_agreement.add', a.id, by, auditDetail(a));
    }
  });
}

const notInForce = (row: AgreementRow) =>
  conflict(
    'recognition.agreement_not_in_force',
    `Agreement ${row.id} is ${row.status}: only a version in force can change.`,
  );

/** Marks a version in force as superseded or retired; 409 when another write came first. */
async function closeVersion(
  tx: Tx,
  row: AgreementRow,
  set: { status: 'superseded' } | { status: 'retired'; retiredAt: Date; retirementReason: string },
) {
  const closed = await tx
    .update(recognitionAgreement)
    .set(set)
    .where(and(eq(recognitionAgreement.id, row.id), eq(recognitionAgreement.status, 'in_force')))
    .returning({ id: recognitionAgreement.id });
  if (closed.length === 0) throw notInForce(row);
}

/**
 * Amends an agreement: `next` becomes a new version superseding the one in force, which is kept
 * unchanged (decisions that applied it still name it) and no longer applies to new decisions.
 */
export async function amendAgreement(
  db: Database,
  id: string,
  next: RecognitionAgreement,
  by: AgreementChange,
): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await requireAgreement(tx, id);
    if (current.status !== 'in_force') throw notInForce(current);
    const { frameworks } = await loadRegistry(tx);
    assertNoProblems(validateAgreement(next, frameworks));
    await refuseExisting(tx, [next.id]);
    await closeVersion(tx, current, { status: 'superseded' });
    await tx.insert(recognitionAgreement).values({
      ...rowOf(next),
      version: current.version + 1,
      supersedes: current.id,
      recordedBy: by.actorUserId,
      recordedAt: by.now,
    });
    await audit(tx, 'recognition_agreement.amend', next.id, by, {
      ...auditDetail(next),
      supersedes: current.id,
    });
  });
}

/** Retires an agreement: kept, but no longer applied to new decisions. */
export async function retireAgreement(
  db: Database,
  id: string,
  reason: string,
  by: AgreementChange,
): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await requireAgreement(tx, id);
    await closeVersion(tx, current, {
      status: 'retired',
      retiredAt: by.now,
      retirementReason: reason,
    });
    await audit(tx, 'recognition_agreement.retire', id, by, auditDetail(toAgreement(current)));
  });
}

async function audit(
  tx: Tx,
  action: string,
  entityId: string,
  by: AgreementChange,
  detail: Record<string, unknown>,
) {
  await recordAudit(tx, {
    at: by.now,
    actorUserId: by.actorUserId,
    action,
    entity: 'recognition_agreement',
    entityId,
    subjectUserId: null,
    detail,
  });
}
