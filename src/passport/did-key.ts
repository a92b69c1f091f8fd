import { base58btc } from 'multiformats/bases/base58';

/** An Ed25519 public key as a JSON Web Key (RFC 8037). */
export interface Ed25519PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
}

/** The multicodec prefix of an Ed25519 public key (0xed, varint-encoded). */
const ED25519_PREFIX = [0xed, 0x01];

/** did:key of an Ed25519 public key: `did:key:z6Mk…` (W3C did:key, base58btc multibase). */
export function didKeyOf(jwk: Ed25519PublicJwk): string {
  const raw = Buffer.from(jwk.x, 'base64url');
  if (raw.length !== 32) throw new Error('an Ed25519 public key has 32 bytes');
  return `did:key:${base58btc.encode(Uint8Array.from([...ED25519_PREFIX, ...raw]))}`;
}

/** The multibase part of a did:key (`z6Mk…`), used as its verification method's fragment. */
export const multibaseOf = (didKey: string) => didKey.slice('did:key:'.length);

/** The public key a did:key carries, or null when it is not an Ed25519 did:key. */
export function publicJwkOfDidKey(did: string): Ed25519PublicJwk | null {
  if (!/^did:key:z[1-9A-HJ-NP-Za-km-z]+$/.test(did)) return null;
  let bytes: Uint8Array;
  try {
    bytes = base58btc.decode(multibaseOf(did));
  } catch {
    return null;
  }
  if (bytes.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01) return null;
  return { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(bytes.subarray(2)).toString('base64url') };
}
