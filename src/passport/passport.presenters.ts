import { decodeJwt } from 'jose';
import type { z } from 'zod';
import type { CredentialRow } from './credential.store.js';
import type { credentialSchema, registerEntrySchema } from './passport.schemas.js';
import { passportUrls } from './passport-urls.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A stored credential for its holder or its issuer's staff. */
export function presentCredential(
  row: CredentialRow,
  issuerName: string,
  publicUrl: string,
): z.infer<typeof credentialSchema> {
  const credential = decodeJwt(row.jwt) as Record<string, unknown>;
  const subject = credential.credentialSubject as { id?: string } | undefined;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    issuer: { organisationId: row.issuerOrganisationId, name: issuerName, did: row.issuerDid },
    holderId: subject?.id ?? '',
    issuedAt: row.issuedAt.toISOString(),
    validUntil: iso(row.validUntil),
    state: row.state,
    stateReason: row.stateReason,
    stateChangedAt: iso(row.stateChangedAt),
    statusListIndex: row.statusIndex,
    jwt: row.jwt,
    credential,
    verifyUrl: `${passportUrls(publicUrl).verifyPage}?credential=${row.id}`,
  };
}

/** One row of an issuer's register. */
export function presentRegisterEntry(entry: {
  credential: CredentialRow;
  holderName: string;
}): z.infer<typeof registerEntrySchema> {
  const c = entry.credential;
  return {
    id: c.id,
    kind: c.kind,
    title: c.title,
    holderName: entry.holderName,
    issuedAt: c.issuedAt.toISOString(),
    state: c.state,
    stateReason: c.stateReason,
    stateChangedAt: iso(c.stateChangedAt),
    issuerDid: c.issuerDid,
  };
}
