/** Where Passerelle publishes what verifiers fetch, under its public address (docs/passport.md). */
export interface PassportUrls {
  recognitionContext: string;
  statusList(organisationId: string, purpose: 'revocation' | 'suspension'): string;
  issuerDocument(organisationId: string): string;
  achievement(kind: string, id: string): string;
  verifyPage: string;
}

/** The stable URLs of a deployment, from its `PUBLIC_URL`. */
export function passportUrls(publicUrl: string): PassportUrls {
  const api = `${publicUrl}/api/credentials`;
  return {
    recognitionContext: `${api}/contexts/recognition/v1`,
    statusList: (organisationId, purpose) => `${api}/status/${organisationId}/${purpose}`,
    issuerDocument: (organisationId) => `${api}/issuers/${organisationId}/did.json`,
    achievement: (kind, id) => `${api}/achievements/${kind}/${encodeURIComponent(id)}`,
    verifyPage: `${publicUrl}/verify`,
  };
}

/**
 * did:web of an issuing organisation under `PUBLIC_URL`: the host (a port as `%3A`) and the path
 * `api:credentials:issuers:<id>`, resolving to `…/api/credentials/issuers/<id>/did.json`.
 */
export function issuerDidWeb(publicUrl: string, organisationId: string): string {
  return `${platformDidWeb(publicUrl)}:api:credentials:issuers:${organisationId}`;
}

/** did:web of the deployment itself (`/.well-known/did.json`), path segments included. */
export function platformDidWeb(publicUrl: string): string {
  const url = new URL(publicUrl);
  const path = url.pathname.split('/').filter(Boolean).map(encodeURIComponent);
  return ['did:web', encodeURIComponent(url.host), ...path].join(':');
}
