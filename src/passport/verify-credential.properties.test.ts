import { createPrivateKey } from 'node:crypto';
import fc from 'fast-check';
import { verifyJWT } from 'did-jwt';
import { Resolver } from 'did-resolver';
import { getResolver } from 'key-did-resolver';
import { beforeAll, describe, expect, it } from 'vitest';
import { credentialDocument } from './credential-document.js';
import { didKeyOf, multibaseOf, publicJwkOfDidKey } from './did-key.js';
import { generateIssuerKeyPair } from './key-vault.service.js';
import { decodeStatusList, encodeStatusList, statusBit } from './status-list.js';
import { signCredential } from './vc-jwt.js';
import { verifyCredentialJwt, type VerificationLookups } from './verify-credential.js';

/** did-jwt bundles its own did-resolver types; the resolver is the same at run time. */
const independent = new Resolver(getResolver()) as unknown as NonNullable<
  Parameters<typeof verifyJWT>[1]
>['resolver'];
const NOW = new Date('2026-06-01T00:00:00Z');
const noLookups: VerificationLookups = {
  resolveKey: async () => null,
  statusBit: async () => false,
};
const independentlyVerified = async (jwt: string) => {
  try {
    const r = await verifyJWT(jwt, {
      resolver: independent,
      proofPurpose: 'assertionMethod',
      policies: { now: Math.floor(NOW.getTime() / 1000) },
    });
    return r.verified;
  } catch {
    return false;
  }
};

describe('VC-JWT credentials', () => {
  let jwt: string;

  beforeAll(async () => {
    const pair = generateIssuerKeyPair();
    const did = didKeyOf(pair.publicJwk);
    const document = credentialDocument(
      {
        kind: 'training_completion',
        completionId: 'c1',
        programmeId: 'p1',
        title: 'Welding, level 3',
        completedOn: '2026-01-10',
        modules: [{ title: 'Safety', hours: 20 }],
        hours: 20,
        skills: [{ uri: 'http://data.europa.eu/esco/skill/abc' }],
        eqfLevel: 3,
        certification: {
          title: 'Welder',
          awardingBodies: [
            { name: 'A', country: 'MA' },
            { name: 'B', country: 'BE' },
          ],
        },
        dualCertification: true,
      },
      {
        publicUrl: 'https://passerelle.example',
        credentialId: '00000000-0000-4000-8000-000000000001',
        issuer: {
          did,
          organisationId: '00000000-0000-4000-8000-000000000002',
          name: 'Provider',
          country: 'MA',
        },
        holderId: 'urn:uuid:00000000-0000-4000-8000-000000000003',
        holderName: 'Test Person',
        issuedAt: new Date('2026-01-11T00:00:00Z'),
        statusIndex: 7,
      },
    );
    const privateKey = createPrivateKey({ key: pair.privateDer, format: 'der', type: 'pkcs8' });
    jwt = await signCredential(document, { privateKey, kid: `${did}#${multibaseOf(did)}` });
  });

  it('verify as issued with our verifier and with did-jwt + key-did-resolver', async () => {
    expect((await verifyCredentialJwt(jwt, noLookups, NOW)).status).toBe('valid');
    expect(await independentlyVerified(jwt)).toBe(true);
  });

  it('are rejected by both verifiers when any single byte of the payload or signature changes', async () => {
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    const payloadBytes = Buffer.from(payload, 'base64url');
    const signatureBytes = Buffer.from(signature, 'base64url');
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (inPayload, position, mask) => {
          const bytes = Buffer.from(inPayload ? payloadBytes : signatureBytes);
          const at = position % bytes.length;
          bytes[at] = bytes[at]! ^ mask;
          const altered = inPayload
            ? [header, bytes.toString('base64url'), signature].join('.')
            : [header, payload, bytes.toString('base64url')].join('.');
          const ours = await verifyCredentialJwt(altered, noLookups, NOW);
          expect(ours.status).not.toBe('valid');
          expect(await independentlyVerified(altered)).toBe(false);
          checked++;
        },
      ),
      { numRuns: 150 },
    );
    expect(checked).toBeGreaterThanOrEqual(150);
  });
});

describe('did:key and Bitstring Status Lists', () => {
  it('round-trips an Ed25519 key through did:key', () => {
    const { publicJwk } = generateIssuerKeyPair();
    const did = didKeyOf(publicJwk);
    expect(did).toMatch(/^did:key:z6Mk/);
    expect(publicJwkOfDidKey(did)).toEqual(publicJwk);
    expect(publicJwkOfDidKey('did:key:zNotAKey')).toBeNull();
  });

  it('sets exactly the bits given, in a GZIP base64url list with the multibase prefix', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: 131_071 }), { maxLength: 50 }),
        fc.nat({ max: 131_071 }),
        (set, probe) => {
          const encoded = encodeStatusList(set);
          expect(encoded.startsWith('u')).toBe(true);
          const bits = decodeStatusList(encoded);
          expect(bits.length).toBe(16_384);
          expect(statusBit(bits, probe)).toBe(set.includes(probe));
          for (const index of set) expect(statusBit(bits, index)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
    // Bit 0 is the most significant bit of the first byte (Bitstring Status List v1.0).
    expect(decodeStatusList(encodeStatusList([0]))[0]).toBe(0x80);
  });
});
