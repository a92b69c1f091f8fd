import { SignJWT, type CryptoKey, type KeyObject } from 'jose';
import type { CredentialDocument } from './credential-document.js';

/** The JOSE header type of a VC-JOSE credential (W3C VC-JOSE-COSE, `application/vc+jwt`). */
export const VC_JWT_TYP = 'vc+jwt';

/** The signer of one credential: its private key and the DID URL of the verification method. */
export interface CredentialSigner {
  privateKey: KeyObject | CryptoKey;
  /** `did:key:z…#z…` or `did:web:…#key-<n>`. */
  kid: string;
}

const seconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

/**
 * Secures a VC 2.0 credential as a VC-JWT (EdDSA/Ed25519): the payload is the credential itself,
 * with the registered claims a JWT verifier expects (`iss`, `sub`, `jti`, `iat`, `nbf`, `exp`)
 * copied from it so that they never disagree.
 */
export async function signCredential(
  credential: CredentialDocument,
  signer: CredentialSigner,
): Promise<string> {
  const validUntil = credential.validUntil as string | undefined;
  const jwt = new SignJWT({ ...credential })
    .setProtectedHeader({ alg: 'EdDSA', typ: VC_JWT_TYP, kid: signer.kid })
    .setIssuer(credential.issuer.id)
    .setSubject(credential.credentialSubject.id)
    .setJti(credential.id)
    .setIssuedAt(seconds(credential.validFrom))
    .setNotBefore(seconds(credential.validFrom));
  if (validUntil) jwt.setExpirationTime(seconds(validUntil));
  return jwt.sign(signer.privateKey);
}
