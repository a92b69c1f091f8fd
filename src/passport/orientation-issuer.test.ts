import { describe, expect, it } from 'vitest';
import { orientationIssuerOf } from './credential-records.js';

describe('the issuer of an orientation passed in a journey', () => {
  const party = (organisationId: string, role: string, country: string) => ({
    organisationId,
    role,
    country,
  });

  it('is the implementer in the origin country, before a signatory there or an implementer elsewhere', () => {
    const parties = [
      party('b', 'signatory', 'MA'),
      party('c', 'implementer', 'BE'),
      party('d', 'implementer', 'MA'),
      party('a', 'employer', 'MA'),
    ];
    expect(orientationIssuerOf(parties, 'MA')).toBe('d');
    expect(orientationIssuerOf(parties.slice(0, 2), 'MA')).toBe('c');
    expect(orientationIssuerOf([parties[0]!, parties[3]!], 'MA')).toBe('b');
  });

  it('is nobody when the partnership has no implementer nor signatory', () => {
    expect(orientationIssuerOf([party('a', 'employer', 'MA')], 'MA')).toBeNull();
  });
});
