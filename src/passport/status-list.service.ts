import { SignJWT } from 'jose';
import { VC_V2_CONTEXT } from './credential-document.js';
import { statusIndexes } from './credential.store.js';
import { encodeStatusList } from './status-list.js';
import { issuerSigner } from './issuer-key.store.js';
import type { PassportDeps } from './issuance.service.js';
import { passportUrls } from './passport-urls.js';
import { VC_JWT_TYP } from './vc-jwt.js';

export type StatusPurpose = 'revocation' | 'suspension';

/** How long a served status list may be cached and trusted (its `validUntil`). */
const LIST_VALIDITY_SECONDS = 300;

/**
 * The organisation's Bitstring Status List credential for one purpose, read from the credentials'
 * states at `now` and signed by the organisation's current key as a VC-JWT.
 */
export async function statusListCredentialJwt(
  deps: PassportDeps,
  organisationId: string,
  purpose: StatusPurpose,
  now: Date,
): Promise<string> {
  const { profile, signer } = await issuerSigner(
    deps.db,
    deps.vault,
    deps.naming,
    organisationId,
    now,
  );
  const url = passportUrls(deps.naming.publicUrl).statusList(organisationId, purpose);
  const seconds = Math.floor(now.getTime() / 1000);
  const credential = {
    '@context': [VC_V2_CONTEXT],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: { id: profile.did, name: profile.name },
    validFrom: new Date(seconds * 1000).toISOString(),
    validUntil: new Date((seconds + LIST_VALIDITY_SECONDS) * 1000).toISOString(),
    credentialSubject: {
      id: `${url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: purpose,
      encodedList: encodeStatusList(await statusIndexes(deps.db, organisationId, purpose)),
    },
  };
  return new SignJWT(credential)
    .setProtectedHeader({ alg: 'EdDSA', typ: VC_JWT_TYP, kid: signer.kid })
    .setIssuer(profile.did)
    .setSubject(credential.credentialSubject.id)
    .setJti(url)
    .setIssuedAt(seconds)
    .setNotBefore(seconds)
    .setExpirationTime(seconds + LIST_VALIDITY_SECONDS)
    .sign(signer.privateKey);
}
