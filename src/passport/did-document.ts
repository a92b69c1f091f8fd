import { multibaseOf, type Ed25519PublicJwk } from './did-key.js';

const DID_CONTEXTS = [
  'https://www.w3.org/ns/did/v1',
  'https://w3id.org/security/suites/jws-2020/v1',
];

/** One of an organisation's keys as its DID document lists it. */
export interface PublishedKey {
  sequence: number;
  didKey: string;
  publicJwk: Ed25519PublicJwk;
  createdAt: Date;
  retiredAt: Date | null;
}

/** The DID URL of a key under did:web (`#key-<n>`) or did:key (`#z6Mk…`). */
export const verificationMethodId = (
  did: string,
  key: Pick<PublishedKey, 'sequence' | 'didKey'>,
) => (did.startsWith('did:key:') ? `${did}#${multibaseOf(did)}` : `${did}#key-${key.sequence}`);

/**
 * An issuing organisation's did:web document: every key it ever signed with, the retired ones
 * marked `retired` (with the date) but kept as assertion methods so that what they signed still
 * verifies; each key's did:key is listed in `alsoKnownAs`.
 */
export function organisationDidDocument(did: string, name: string, keys: readonly PublishedKey[]) {
  const methods = [...keys]
    .sort((a, b) => a.sequence - b.sequence)
    .map((k) => ({
      id: verificationMethodId(did, k),
      type: 'JsonWebKey2020',
      controller: did,
      publicKeyJwk: k.publicJwk,
      created: k.createdAt.toISOString(),
      ...(k.retiredAt ? { retired: k.retiredAt.toISOString() } : {}),
    }));
  return {
    '@context': DID_CONTEXTS,
    id: did,
    alsoKnownAs: keys.map((k) => k.didKey),
    service: [{ id: `${did}#name`, type: 'OrganisationName', serviceEndpoint: name }],
    verificationMethod: methods,
    assertionMethod: methods.map((m) => m.id),
  };
}

/** The DID document a did:key resolves to (one Ed25519 key, as did:key's own method derives). */
export function didKeyDocument(didKey: string, publicJwk: Ed25519PublicJwk) {
  const id = `${didKey}#${multibaseOf(didKey)}`;
  return {
    '@context': DID_CONTEXTS,
    id: didKey,
    verificationMethod: [
      { id, type: 'JsonWebKey2020', controller: didKey, publicKeyJwk: publicJwk },
    ],
    assertionMethod: [id],
    authentication: [id],
  };
}

/** The deployment's own did:web document: which issuer DIDs it hosts. */
export function platformDidDocument(
  did: string,
  issuers: readonly { did: string; name: string }[],
) {
  return {
    '@context': DID_CONTEXTS,
    id: did,
    service: issuers.map((issuer, i) => ({
      id: `${did}#issuer-${i + 1}`,
      type: 'PasserelleIssuer',
      serviceEndpoint: issuer.did,
      description: issuer.name,
    })),
  };
}
