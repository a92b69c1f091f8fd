import { and, desc, eq, inArray, max, ne, sql } from 'drizzle-orm';
import { appUser, organisation } from '../accounts/accounts.schema.js';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { conflict, notFound } from '../shared/errors.js';
import type { CredentialKind, CredentialState } from './credential-kinds.js';
import { passportCredential, passportHolder } from './passport.schema.js';

export type CredentialRow = typeof passportCredential.$inferSelect;

/** Who acts and when: the audit log's actor (null for the command line or the issuance pass). */
export interface Change {
  actorUserId: string | null;
  now: Date;
}

/** The credential already issued from a record, if any. */
export async function credentialFromSource(
  db: Database,
  kind: CredentialKind,
  sourceEntity: string,
  sourceId: string,
): Promise<CredentialRow | undefined> {
  const [row] = await db
    .select()
    .from(passportCredential)
    .where(
      and(
        eq(passportCredential.kind, kind),
        eq(passportCredential.sourceEntity, sourceEntity),
        eq(passportCredential.sourceId, sourceId),
      ),
    );
  return row;
}

/** `kind:sourceId` of every credential issued, to skip records that have theirs in one query. */
export async function issuedSources(db: Database): Promise<Set<string>> {
  const rows = await db
    .select({ kind: passportCredential.kind, sourceId: passportCredential.sourceId })
    .from(passportCredential);
  return new Set(rows.map((r) => `${r.kind}:${r.sourceId}`));
}

/** The next free position in an organisation's status lists. */
export async function nextStatusIndex(db: Database, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ last: max(passportCredential.statusIndex) })
    .from(passportCredential)
    .where(eq(passportCredential.issuerOrganisationId, organisationId));
  return (row?.last ?? -1) + 1;
}

/**
 * Stores an issued credential and audits the issuance, in one transaction; false when the same
 * record's credential or the same status position was taken meanwhile (the caller retries).
 */
export async function storeCredential(
  db: Database,
  row: CredentialRow,
  change: Change,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(passportCredential)
      .values(row)
      .onConflictDoNothing()
      .returning({ id: passportCredential.id });
    if (inserted.length === 0) return false;
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'credential.issue',
      entity: 'passport_credential',
      entityId: row.id,
      subjectUserId: row.personUserId,
      detail: {
        kind: row.kind,
        source: row.sourceEntity,
        issuerOrganisationId: row.issuerOrganisationId,
      },
    });
    return true;
  });
}

/** One credential, or undefined. */
export async function findCredential(db: Database, id: string): Promise<CredentialRow | undefined> {
  const [row] = await db.select().from(passportCredential).where(eq(passportCredential.id, id));
  return row;
}

/** A person's credentials, newest first. */
export async function credentialsOfPerson(
  db: Database,
  personUserId: string,
): Promise<CredentialRow[]> {
  return db
    .select()
    .from(passportCredential)
    .where(eq(passportCredential.personUserId, personUserId))
    .orderBy(desc(passportCredential.issuedAt), desc(passportCredential.id));
}

/** The register of an issuing organisation, newest first, with the holders' names. */
export async function credentialsOfIssuer(db: Database, organisationId: string) {
  return db
    .select({ credential: passportCredential, holderName: appUser.displayName })
    .from(passportCredential)
    .innerJoin(appUser, eq(appUser.id, passportCredential.personUserId))
    .where(eq(passportCredential.issuerOrganisationId, organisationId))
    .orderBy(desc(passportCredential.issuedAt), desc(passportCredential.id));
}

/** Credentials by id (for presentations), in no particular order. */
export async function credentialsByIds(
  db: Database,
  ids: readonly string[],
): Promise<CredentialRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(passportCredential)
    .where(inArray(passportCredential.id, [...ids]));
}

/**
 * Revokes, suspends or reinstates a credential, audited with its reason; the status lists read
 * the state, so every verifier sees the change at once. Revocation is final (409 afterwards).
 */
export async function changeCredentialState(
  db: Database,
  id: string,
  state: CredentialState,
  reason: string,
  change: Change,
): Promise<CredentialRow> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(passportCredential)
      .where(eq(passportCredential.id, id))
      .for('update');
    if (!current) throw notFound('passport.unknown_credential', 'There is no such credential.');
    if (current.state === 'revoked')
      throw conflict(
        'passport.credential_revoked',
        'This credential is revoked; revocation is final.',
      );
    if (current.state === state)
      throw conflict('passport.state_unchanged', `This credential is already ${state}.`);
    const [row] = await tx
      .update(passportCredential)
      .set({ state, stateReason: reason, stateChangedAt: change.now })
      .where(and(eq(passportCredential.id, id), ne(passportCredential.state, 'revoked')))
      .returning();
    const verb = state === 'active' ? 'reinstate' : state === 'revoked' ? 'revoke' : 'suspend';
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: `credential.${verb}`,
      entity: 'passport_credential',
      entityId: id,
      subjectUserId: current.personUserId,
      detail: { from: current.state, to: state, reason },
    });
    return row!;
  });
}

/** Positions set in an organisation's revocation or suspension list. */
export async function statusIndexes(
  db: Database,
  organisationId: string,
  purpose: 'revocation' | 'suspension',
): Promise<number[]> {
  const rows = await db
    .select({ index: passportCredential.statusIndex })
    .from(passportCredential)
    .where(
      and(
        eq(passportCredential.issuerOrganisationId, organisationId),
        eq(passportCredential.state, purpose === 'revocation' ? 'revoked' : 'suspended'),
      ),
    );
  return rows.map((r) => r.index);
}

/** The DID the person gave as holder, if any. */
export async function holderDidOf(db: Database, userId: string): Promise<string | undefined> {
  const [row] = await db.select().from(passportHolder).where(eq(passportHolder.userId, userId));
  return row?.did;
}

/** Records (or clears, with null) the holder DID of a person, audited; later credentials use it. */
export async function setHolderDid(
  db: Database,
  userId: string,
  did: string | null,
  change: Change,
) {
  await db.transaction(async (tx) => {
    if (did === null) await tx.delete(passportHolder).where(eq(passportHolder.userId, userId));
    else
      await tx
        .insert(passportHolder)
        .values({ userId, did, updatedAt: change.now })
        .onConflictDoUpdate({ target: passportHolder.userId, set: { did, updatedAt: change.now } });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: did === null ? 'passport_holder.clear' : 'passport_holder.set',
      entity: 'passport_holder',
      entityId: userId,
      subjectUserId: userId,
      detail: { fields: ['did'] },
    });
  });
}

/** Counts per state (for the bench and the CLI summary). */
export async function credentialCount(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(passportCredential);
  return row?.n ?? 0;
}

/** Names of organisations by id (issuers of a list of credentials). */
export async function organisationNames(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(inArray(organisation.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Audits that a person assembled a presentation of these credentials (a disclosure they made). */
export async function recordPresentation(
  db: Database,
  userId: string,
  credentialIds: readonly string[],
  now: Date,
): Promise<void> {
  await recordAudit(db, {
    at: now,
    actorUserId: userId,
    action: 'presentation.create',
    entity: 'passport_presentation',
    entityId: userId,
    subjectUserId: userId,
    detail: { credentialIds },
  });
}
