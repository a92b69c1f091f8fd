import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { appUser } from '../accounts/accounts.schema.js';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { credentialDocument } from './credential-document.js';
import { SOURCE_ENTITY, type CredentialKind } from './credential-kinds.js';
import { oneOrientationPerDestination, sourceIdOf, titleOf } from './credential-records.js';
import {
  changeCredentialState,
  credentialFromSource,
  holderDidOf,
  issuedSources,
  nextStatusIndex,
  storeCredential,
  type Change,
  type CredentialRow,
} from './credential.store.js';
import { issuerSigner, type IssuerNaming, type IssuerSigner } from './issuer-key.store.js';
import { keyVaultOf, type KeyVault } from './key-vault.service.js';
import {
  issuableRecords,
  type IssuableRecord,
  type RecordScope,
} from './passport-records.store.js';
import { signCredential } from './vc-jwt.js';

/** What issuing needs besides the database: the key vault and how issuers are named. */
export interface PassportDeps {
  db: Database;
  vault: KeyVault;
  naming: IssuerNaming;
}

/** The passport's dependencies for a configuration and a database. */
export const passportDeps = (config: Config, db: Database): PassportDeps => ({
  db,
  vault: keyVaultOf(config.credentialKey),
  naming: { publicUrl: config.publicUrl, useDidWeb: config.publicUrlConfigured },
});

/** What one issuance run did. */
export interface IssuanceReport {
  issued: CredentialRow[];
  /** Records that already had their credential. */
  already: number;
  /** First decisions revoked because an appeal decision replaced them. */
  superseded: number;
}

/** The holder id of a person: the DID they gave, or their Passerelle subject id as a URN. */
export async function holderIdOf(db: Database, userId: string): Promise<string> {
  return (await holderDidOf(db, userId)) ?? `urn:uuid:${userId}`;
}

async function issueOne(
  deps: PassportDeps,
  signer: IssuerSigner,
  item: IssuableRecord,
  change: Change,
): Promise<CredentialRow | undefined> {
  const [person] = await deps.db
    .select({ name: appUser.displayName })
    .from(appUser)
    .where(eq(appUser.id, item.personUserId));
  if (!person) return undefined;
  const holderId = await holderIdOf(deps.db, item.personUserId);
  for (let attempt = 0; attempt < 5; attempt++) {
    const id = randomUUID();
    const statusIndex = await nextStatusIndex(deps.db, item.issuerOrganisationId);
    const document = credentialDocument(item.record, {
      publicUrl: deps.naming.publicUrl,
      credentialId: id,
      issuer: signer.profile,
      holderId,
      holderName: person.name,
      issuedAt: change.now,
      statusIndex,
    });
    const row: CredentialRow = {
      id,
      kind: item.record.kind,
      sourceEntity: SOURCE_ENTITY[item.record.kind],
      sourceId: sourceIdOf(item.record),
      personUserId: item.personUserId,
      issuerOrganisationId: item.issuerOrganisationId,
      keyId: signer.key.id,
      issuerDid: signer.profile.did,
      title: titleOf(item.record),
      jwt: await signCredential(document, signer.signer),
      statusIndex,
      state: 'active',
      stateReason: null,
      stateChangedAt: null,
      issuedAt: change.now,
      validUntil: null,
    };
    if (await storeCredential(deps.db, row, change)) return row;
    const existing = await credentialFromSource(deps.db, row.kind, row.sourceEntity, row.sourceId);
    if (existing) return undefined; // issued meanwhile by another run
  }
  throw new Error('Could not reserve a status list position; try again.');
}

/**
 * Issues the credentials that final records of the scope do not have yet (optionally only some
 * kinds), each signed by the record's issuing organisation and audited. Idempotent: a record
 * gets one credential. A first decision whose appeal was decided is revoked as superseded.
 */
export async function issueCredentials(
  deps: PassportDeps,
  scope: RecordScope,
  change: Change,
  kinds?: readonly CredentialKind[],
): Promise<IssuanceReport> {
  const issued = await issuedSources(deps.db);
  const records = oneOrientationPerDestination(
    (await issuableRecords(deps.db, scope)).filter((r) => !kinds || kinds.includes(r.record.kind)),
    issued,
  );
  const signers = new Map<string, IssuerSigner>();
  const report: IssuanceReport = { issued: [], already: 0, superseded: 0 };
  for (const item of records) {
    const kind = item.record.kind;
    if (issued.has(`${kind}:${sourceIdOf(item.record)}`)) {
      report.already++;
      continue;
    }
    let signer = signers.get(item.issuerOrganisationId);
    if (!signer) {
      signer = await issuerSigner(
        deps.db,
        deps.vault,
        deps.naming,
        item.issuerOrganisationId,
        change.now,
      );
      signers.set(item.issuerOrganisationId, signer);
    }
    const row = await issueOne(deps, signer, item, change);
    if (row) report.issued.push(row);
  }
  report.superseded = await revokeSuperseded(deps.db, records, change);
  return report;
}

/** Revokes the first decision of every case whose appeal decision has a credential. */
async function revokeSuperseded(db: Database, records: IssuableRecord[], change: Change) {
  let count = 0;
  for (const { record } of records) {
    if (record.kind !== 'recognition_decision' || !record.caseId.endsWith(':appeal')) continue;
    const first = await credentialFromSource(
      db,
      'recognition_decision',
      'recognition_case',
      record.caseId.slice(0, -':appeal'.length),
    );
    if (!first || first.state === 'revoked') continue;
    await changeCredentialState(
      db,
      first.id,
      'revoked',
      'superseded by the appeal decision',
      change,
    );
    count++;
  }
  return count;
}

/**
 * The automatic issuance pass: every `intervalMs`, issues what newly final records lack. The
 * recognition and people areas do not call the passport (dependencies stay one-way); this pass
 * reads their final records instead (docs/passport.md#automatic-issuance).
 */
export function startIssuancePass(
  deps: PassportDeps,
  options: { intervalMs: number; now: () => Date; onError: (error: unknown) => void },
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = issueCredentials(deps, 'all', { actorUserId: null, now: options.now() }).catch(
      options.onError,
    );
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
