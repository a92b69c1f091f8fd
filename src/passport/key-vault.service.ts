import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import type { Ed25519PublicJwk } from './did-key.js';

/**
 * The secret that encrypts issuers' private keys at rest (AES-256-GCM). From `CREDENTIAL_KEY`
 * when configured; otherwise a development key derived from a published label, which protects
 * nothing and is refused in production (`credentialKeyRefusal`, docs/passport.md#keys).
 */
export interface KeyVault {
  source: 'configured' | 'development';
  /** The wrapping key for rows encrypted with `source`. */
  keyFor(source: 'configured' | 'development'): Buffer;
}

const INFO = 'passerelle credential issuer keys v1';
/** Published on purpose: anything it encrypts is readable by anyone with the source code. */
const DEVELOPMENT_SECRET =
  'passerelle-DEVELOPMENT-ONLY-credential-key (not secret, never production)';

const derive = (secret: string) => Buffer.from(hkdfSync('sha256', secret, 'passerelle', INFO, 32));

/** What `serve` prints when it falls back to the development key. */
export const DEVELOPMENT_KEY_WARNING =
  "Warning: CREDENTIAL_KEY is not set: credential issuers' keys are encrypted with the published " +
  'DEVELOPMENT key (fine for a demo, never for real data).';

/** The key vault of a configuration (`CREDENTIAL_KEY`, or the development key). */
export function keyVaultOf(credentialKey: string | undefined): KeyVault {
  const configured = credentialKey ? derive(credentialKey) : undefined;
  const development = derive(DEVELOPMENT_SECRET);
  return {
    source: configured ? 'configured' : 'development',
    keyFor(source) {
      if (source === 'development') return development;
      if (!configured)
        throw new Error('This issuer key was encrypted with CREDENTIAL_KEY, which is not set.');
      return configured;
    },
  };
}

/** A new Ed25519 key pair: the public JWK and the PKCS#8 private key (DER). */
export function generateIssuerKeyPair(): { publicJwk: Ed25519PublicJwk; privateDer: Buffer } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' }) as { x: string };
  return {
    publicJwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x },
    privateDer: privateKey.export({ format: 'der', type: 'pkcs8' }),
  };
}

/** base64url(iv ‖ tag ‖ ciphertext), AES-256-GCM with a random 96-bit IV and the key id as AAD. */
export function sealPrivateKey(vault: KeyVault, keyId: string, privateDer: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', vault.keyFor(vault.source), iv);
  cipher.setAAD(Buffer.from(keyId));
  const sealed = Buffer.concat([cipher.update(privateDer), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The private key of a sealed row; throws when the wrapping key or the row is wrong. */
export function openPrivateKey(
  vault: KeyVault,
  keyId: string,
  sealed: string,
  source: 'configured' | 'development',
): KeyObject {
  const bytes = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', vault.keyFor(source), bytes.subarray(0, 12));
  decipher.setAAD(Buffer.from(keyId));
  decipher.setAuthTag(bytes.subarray(12, 28));
  const der = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]);
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}
