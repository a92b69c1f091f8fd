import { describe, expect, it } from 'vitest';
import { printedStatus, type PrintableCredential } from './passport-print.js';
import { maxQrLinkLength, verifyLink } from './verify-link.js';

const page = 'https://passerelle.example/verify';
const id = '5f0e8d1c-0a4b-4c2d-9e8f-1a2b3c4d5e6f';

describe('what a QR code of the passport carries', () => {
  it('carries a short credential inline, in the fragment that browsers never send', () => {
    const jwt = 'eyJ0eXAiOiJ2Yytqd3QifQ.eyJ9.c2ln';
    expect(verifyLink(page, { id, jwt })).toBe(`${page}#vc=${jwt}`);
  });

  it('carries the id of a credential too long for a readable code', () => {
    const jwt = 'x'.repeat(maxQrLinkLength);
    const link = verifyLink(page, { id, jwt });
    expect(link).toBe(`${page}?credential=${id}`);
    expect(link.length).toBeLessThanOrEqual(maxQrLinkLength);
  });
});

describe('the status printed on the passport', () => {
  const base: PrintableCredential = {
    id,
    kind: 'training_completion',
    title: 'T',
    issuerName: 'I',
    issuedAt: new Date('2026-01-01T00:00:00Z'),
    validUntil: new Date('2027-01-01T00:00:00Z'),
    state: 'active',
    jwt: '',
    document: {},
  };
  it.each([
    ['active, before its end', base, '2026-06-01', 'valid'],
    ['active, past its end', base, '2027-06-01', 'expired'],
    ['revoked, whatever the date', { ...base, state: 'revoked' }, '2026-06-01', 'revoked'],
    ['suspended', { ...base, state: 'suspended' }, '2027-06-01', 'suspended'],
    ['without an end', { ...base, validUntil: null }, '2099-01-01', 'valid'],
  ])('%s', (_, credential, today, expected) => {
    expect(printedStatus(credential, new Date(`${today}T12:00:00Z`))).toBe(expected);
  });
});
