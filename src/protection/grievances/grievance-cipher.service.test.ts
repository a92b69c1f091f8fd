import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config.js';
import {
  DEVELOPMENT_KEY_ID,
  grievanceKeyring,
  newReceiptCode,
  open,
  openText,
  receiptHash,
  seal,
} from './grievance-cipher.service.js';

const KEY_A = `a-2026:${Buffer.alloc(32, 1).toString('base64')}`;
const KEY_B = `b-2027:${Buffer.alloc(32, 2).toString('base64')}`;

describe('grievance encryption (AES-256-GCM)', () => {
  it('GIVEN a narrative WHEN sealed and opened THEN it round-trips, and the sealed form holds no plaintext', () => {
    const keyring = grievanceKeyring(KEY_A);
    const sealed = seal(keyring, 'Mon passeport a été confisqué', 'grievance:1:narrative');
    expect(sealed.keyId).toBe('a-2026');
    expect(sealed.cipher).not.toContain('passeport');
    expect(openText(keyring, sealed, 'grievance:1:narrative')).toBe(
      'Mon passeport a été confisqué',
    );
    const again = seal(keyring, 'Mon passeport a été confisqué', 'grievance:1:narrative');
    expect(again.cipher).not.toBe(sealed.cipher); // a fresh IV each time
  });

  it('GIVEN a sealed value WHEN opened in another context or tampered with THEN it fails', () => {
    const keyring = grievanceKeyring(KEY_A);
    const sealed = seal(keyring, Buffer.from([1, 2, 3]), 'grievance:1:attachment');
    expect(() => open(keyring, sealed, 'grievance:2:attachment')).toThrow();
    const parts = sealed.cipher.split('.');
    const tampered = [...parts.slice(0, 3), Buffer.from([9, 9, 9]).toString('base64url')].join('.');
    expect(() =>
      open(keyring, { ...sealed, cipher: tampered }, 'grievance:1:attachment'),
    ).toThrow();
  });

  it('GIVEN a rotated key WHEN opening an old row THEN the old key still opens it and new rows use the new key', () => {
    const old = seal(grievanceKeyring(KEY_A), 'before rotation', 'ctx');
    const rotated = grievanceKeyring(`${KEY_B},${KEY_A}`);
    expect(openText(rotated, old, 'ctx')).toBe('before rotation');
    expect(seal(rotated, 'after', 'ctx').keyId).toBe('b-2027');
    expect(() => openText(grievanceKeyring(KEY_B), old, 'ctx')).toThrow(/not configured/);
  });

  it('GIVEN no GRIEVANCE_KEY THEN the labelled development key is used; a malformed key is refused at start-up', () => {
    const dev = grievanceKeyring(undefined);
    expect(dev).toEqual(expect.objectContaining({ development: true }));
    expect(dev.current.id).toBe(DEVELOPMENT_KEY_ID);
    expect(() => loadConfig({ GRIEVANCE_KEY: 'short:abc' })).toThrow(/GRIEVANCE_KEY/);
    expect(loadConfig({ GRIEVANCE_KEY: `${KEY_B},${KEY_A}` }).grievanceKey).toBe(
      `${KEY_B},${KEY_A}`,
    );
  });

  it('GIVEN a receipt code THEN its hash ignores case, spaces and dashes', () => {
    const code = newReceiptCode();
    expect(code).toMatch(/^([A-Z2-9]{4}-){4}[A-Z2-9]{4}$/);
    expect(receiptHash(code.toLowerCase().replaceAll('-', ' '))).toBe(receiptHash(code));
    expect(receiptHash(code)).not.toContain(code.replaceAll('-', ''));
  });
});
