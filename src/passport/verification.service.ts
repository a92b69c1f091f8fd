import { statusIndexes } from './credential.store.js';
import type { Ed25519PublicJwk } from './did-key.js';
import type { PassportDeps } from './issuance.service.js';
import { issuerOrganisation, keyByDidKey, keyBySequence } from './issuer-key.store.js';
import { passportUrls, platformDidWeb } from './passport-urls.js';
import {
  verifyCredentialJwt,
  type VerificationLookups,
  type VerificationResult,
} from './verify-credential.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * What this deployment can look up for a verifier: its own issuers' did:web keys (retired ones
 * included) and its own status lists, straight from the database. Anything else is unknown.
 */
export function localLookups(deps: PassportDeps): VerificationLookups {
  const publicUrl = deps.naming.publicUrl;
  const didPrefix = `${platformDidWeb(publicUrl)}:api:credentials:issuers:`;
  const listPattern = new RegExp(
    `^${passportUrls(publicUrl)
      .statusList('ORG', 'revocation')
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace('ORG', `(${UUID})`)
      .replace('revocation', '(revocation|suspension)')}$`,
  );
  return {
    async resolveKey(did, kid) {
      const organisationId = did.startsWith(didPrefix) ? did.slice(didPrefix.length) : '';
      const sequence = /#key-(\d{1,6})$/.exec(kid)?.[1];
      if (!new RegExp(`^${UUID}$`).test(organisationId) || !sequence) return null;
      const key = await keyBySequence(deps.db, organisationId, Number(sequence));
      if (!key) return null;
      const org = await issuerOrganisation(deps.db, organisationId);
      return {
        publicJwk: key.publicJwk as unknown as Ed25519PublicJwk,
        retiredAt: key.retiredAt,
        issuerName: org.name,
      };
    },
    async statusBit(listUrl, index) {
      const match = listPattern.exec(listUrl);
      if (!match) return null;
      const indexes = await statusIndexes(
        deps.db,
        match[1]!,
        match[2] as 'revocation' | 'suspension',
      );
      return indexes.includes(index);
    },
    async didKeyOwner(did) {
      const key = await keyByDidKey(deps.db, did);
      return key ? (await issuerOrganisation(deps.db, key.organisationId)).name : null;
    },
  };
}

/** Verifies a VC-JWT against this deployment's keys and status lists, at `now`. */
export function verifyHere(
  deps: PassportDeps,
  jwt: string,
  now: Date,
): Promise<VerificationResult> {
  return verifyCredentialJwt(jwt, localLookups(deps), now);
}
