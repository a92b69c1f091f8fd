import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { organisation } from '../accounts/accounts.schema.js';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { notFound } from '../shared/errors.js';
import type { IssuerProfile } from './credential-document.js';
import { didKeyOf, type Ed25519PublicJwk } from './did-key.js';
import { verificationMethodId, type PublishedKey } from './did-document.js';
import {
  generateIssuerKeyPair,
  openPrivateKey,
  sealPrivateKey,
  type KeyVault,
} from './key-vault.service.js';
import { issuerKey } from './passport.schema.js';
import { issuerDidWeb } from './passport-urls.js';
import type { CredentialSigner } from './vc-jwt.js';

type KeyRow = typeof issuerKey.$inferSelect;

/** How issuers are named: did:web under `PUBLIC_URL` when it is configured, else did:key. */
export interface IssuerNaming {
  publicUrl: string;
  useDidWeb: boolean;
}

/** An organisation's key and everything needed to sign with it. */
export interface IssuerSigner {
  key: KeyRow;
  profile: IssuerProfile;
  signer: CredentialSigner;
}

const published = (row: KeyRow): PublishedKey => ({
  sequence: row.sequence,
  didKey: row.didKey,
  publicJwk: row.publicJwk as unknown as Ed25519PublicJwk,
  createdAt: row.createdAt,
  retiredAt: row.retiredAt,
});

/** Every key an organisation has had, oldest first. */
export async function issuerKeys(db: Database, organisationId: string): Promise<PublishedKey[]> {
  const rows = await db
    .select()
    .from(issuerKey)
    .where(eq(issuerKey.organisationId, organisationId))
    .orderBy(asc(issuerKey.sequence));
  return rows.map(published);
}

/** The key row of a DID URL: a did:key (any organisation) or `did:web:…#key-<n>` of one. */
export async function keyByDidKey(db: Database, didKey: string): Promise<KeyRow | undefined> {
  const [row] = await db.select().from(issuerKey).where(eq(issuerKey.didKey, didKey));
  return row;
}

/** The key of an organisation by its sequence number. */
export async function keyBySequence(db: Database, organisationId: string, sequence: number) {
  const [row] = await db
    .select()
    .from(issuerKey)
    .where(and(eq(issuerKey.organisationId, organisationId), eq(issuerKey.sequence, sequence)));
  return row;
}

async function insertKey(
  db: Database,
  vault: KeyVault,
  organisationId: string,
  sequence: number,
  now: Date,
) {
  const id = randomUUID();
  const pair = generateIssuerKeyPair();
  const [row] = await db
    .insert(issuerKey)
    .values({
      id,
      organisationId,
      sequence,
      didKey: didKeyOf(pair.publicJwk),
      publicJwk: { ...pair.publicJwk },
      encryptedPrivateKey: sealPrivateKey(vault, id, pair.privateDer),
      encryptedWith: vault.source,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** The organisation's current (unretired) key, generated on first use. */
export async function currentKey(
  db: Database,
  vault: KeyVault,
  organisationId: string,
  now: Date,
): Promise<KeyRow> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [active] = await db
      .select()
      .from(issuerKey)
      .where(and(eq(issuerKey.organisationId, organisationId), isNull(issuerKey.retiredAt)))
      .orderBy(desc(issuerKey.sequence));
    if (active) return active;
    const [last] = await db
      .select({ sequence: issuerKey.sequence })
      .from(issuerKey)
      .where(eq(issuerKey.organisationId, organisationId))
      .orderBy(desc(issuerKey.sequence));
    const created = await insertKey(db, vault, organisationId, (last?.sequence ?? 0) + 1, now);
    if (created) return created;
  }
  throw new Error('Could not create an issuer key (concurrent rotation).');
}

/**
 * Retires the organisation's current key and generates the next one, audited. Credentials
 * signed with the retired key keep verifying: it stays in the DID document, marked retired.
 */
export async function rotateKey(
  db: Database,
  vault: KeyVault,
  organisationId: string,
  change: { actorUserId: string | null; now: Date },
): Promise<PublishedKey> {
  const current = await currentKey(db, vault, organisationId, change.now);
  return db.transaction(async (tx) => {
    await tx.update(issuerKey).set({ retiredAt: change.now }).where(eq(issuerKey.id, current.id));
    const next = await insertKey(
      tx as Database,
      vault,
      organisationId,
      current.sequence + 1,
      change.now,
    );
    if (!next) throw new Error('Another rotation happened at the same time; try again.');
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'issuer_key.rotate',
      entity: 'organisation',
      entityId: organisationId,
      subjectUserId: null,
      detail: { retired: current.sequence, current: next.sequence },
    });
    return published(next);
  });
}

/** The issuing organisation as credentials name it, or 404. */
export async function issuerOrganisation(db: Database, organisationId: string) {
  const [org] = await db.select().from(organisation).where(eq(organisation.id, organisationId));
  if (!org) throw notFound('passport.unknown_issuer', 'There is no such issuing organisation.');
  return org;
}

/** The DID an organisation issues under with this key. */
export const issuerDidOf = (
  naming: IssuerNaming,
  organisationId: string,
  key: Pick<KeyRow, 'didKey'>,
) => (naming.useDidWeb ? issuerDidWeb(naming.publicUrl, organisationId) : key.didKey);

/** The organisation's current signer: its key (generated on first use), DID and profile. */
export async function issuerSigner(
  db: Database,
  vault: KeyVault,
  naming: IssuerNaming,
  organisationId: string,
  now: Date,
): Promise<IssuerSigner> {
  const org = await issuerOrganisation(db, organisationId);
  const key = await currentKey(db, vault, organisationId, now);
  const did = issuerDidOf(naming, organisationId, key);
  return {
    key,
    profile: { did, organisationId, name: org.name, country: org.country },
    signer: {
      privateKey: openPrivateKey(vault, key.id, key.encryptedPrivateKey, key.encryptedWith),
      kid: verificationMethodId(did, key),
    },
  };
}
