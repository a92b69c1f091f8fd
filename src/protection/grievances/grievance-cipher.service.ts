import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { PasserelleError } from '../../shared/errors.js';

// Grievance narratives, notes and attachments are encrypted at rest with AES-256-GCM
// (docs/protection.md#confidentiality). Each row stores the id of the key that sealed it, so a
// new key can encrypt while older ones still decrypt (rotation).

/** A key of the keyring. */
export interface GrievanceKey {
  id: string;
  key: Buffer;
}

/** The keys: the first encrypts, every one decrypts what it sealed. */
export interface GrievanceKeyring {
  current: GrievanceKey;
  byId: ReadonlyMap<string, Buffer>;
  /** The published development key is in use: fine for the demo, never for real data. */
  development: boolean;
}

/** The id of the development key, labelled so that rows sealed with it are easy to find. */
export const DEVELOPMENT_KEY_ID = 'dev-insecure';
const developmentKey = createHash('sha256')
  .update('Passerelle development grievance key; published, not secret')
  .digest();

/** The keyring of `GRIEVANCE_KEY` (already format-checked by the configuration). */
export function grievanceKeyring(setting: string | undefined): GrievanceKeyring {
  if (!setting) {
    const current = { id: DEVELOPMENT_KEY_ID, key: developmentKey };
    return { current, byId: new Map([[current.id, current.key]]), development: true };
  }
  const keys = setting.split(',').map((entry) => {
    const [id = '', base64 = ''] = entry.split(':');
    return { id, key: Buffer.from(base64, 'base64') };
  });
  const current = keys[0] as GrievanceKey;
  // The development key still opens what it sealed (demo rows, a start without a key) until
  // `passerelle grievances rekey` has sealed them again with the current key.
  const byId = new Map([
    [DEVELOPMENT_KEY_ID, developmentKey],
    ...keys.map((k) => [k.id, k.key] as const),
  ]);
  return { current, byId, development: false };
}

/** What a sealed value is bound to (its row and field): a ciphertext moved elsewhere fails. */
export type SealContext = string;

/** Encrypts text or bytes: `v1.<iv>.<tag>.<ciphertext>` (base64url), with the key id beside it. */
export function seal(
  keyring: GrievanceKeyring,
  plain: string | Buffer,
  context: SealContext,
): { cipher: string; keyId: string } {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyring.current.key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
  return { cipher: ['v1', ...parts].join('.'), keyId: keyring.current.id };
}

/** Decrypts a sealed value; a wrong key, a tampered value or another context throws. */
export function open(
  keyring: GrievanceKeyring,
  sealed: { cipher: string; keyId: string },
  context: SealContext,
): Buffer {
  const key = keyring.byId.get(sealed.keyId);
  if (!key) {
    throw new PasserelleError(
      'unavailable',
      'grievance.unknown_key',
      `Grievance key "${sealed.keyId}" is not configured (GRIEVANCE_KEY).`,
    );
  }
  const [version, iv = '', tag = '', body = ''] = sealed.cipher.split('.');
  if (version !== 'v1') {
    throw new PasserelleError('unavailable', 'grievance.bad_cipher', 'Unknown cipher version.');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
}

/** Decrypts a sealed text. */
export const openText = (
  keyring: GrievanceKeyring,
  sealed: { cipher: string; keyId: string },
  context: SealContext,
) => open(keyring, sealed, context).toString('utf8');

/** A receipt code for following a case without an account: 20 base32 characters (100 bits). */
export function newReceiptCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => alphabet[b % 32]).join('');
  return chars.match(/.{4}/g)?.join('-') ?? chars;
}

/** The stored form of a receipt code: its SHA-256, after normalising case, spaces and dashes. */
export function receiptHash(code: string): string {
  const normal = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return createHash('sha256').update(`grievance-receipt:${normal}`).digest('hex');
}
