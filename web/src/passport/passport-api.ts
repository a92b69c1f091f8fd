/** Types and paths of the passport API (src/passport/*.schemas.ts; docs/passport.md). */

export type CredentialKind =
  'recognition_decision' | 'rpl_assessment' | 'training_completion' | 'orientation_completion';

/** A credential's state in its issuer's status lists. */
export type CredentialState = 'active' | 'revoked' | 'suspended';

/** What a verifier concludes about a credential. */
export type VerificationStatus =
  | 'valid'
  | 'revoked'
  | 'suspended'
  | 'expired'
  | 'not_yet_valid'
  | 'tampered'
  | 'unknown_issuer'
  | 'malformed';

/** A VC Data Model 2.0 credential as JSON (only what the UI reads is typed). */
export interface CredentialDocument {
  '@context'?: unknown;
  id?: string;
  type?: string[];
  name?: string;
  issuer?: { id: string; name?: string } | string;
  validFrom?: string;
  validUntil?: string;
  credentialSubject?: Record<string, unknown>;
  [key: string]: unknown;
}

/** A credential as its holder or its issuer sees it. */
export interface Credential {
  id: string;
  kind: CredentialKind;
  title: string;
  issuer: { organisationId: string; name: string; did: string };
  holder: { userId: string; name: string };
  issuedAt: string;
  validUntil: string | null;
  state: CredentialState;
  stateReason: string | null;
  stateChangedAt: string | null;
  /** The credential secured as VC-JOSE (compact JWS, `typ: vc+jwt`). */
  jwt: string;
  document: CredentialDocument;
}

/** One check of a verification and its outcome. */
export interface VerificationCheck {
  check: 'format' | 'issuer' | 'signature' | 'claims' | 'dates' | 'status';
  passed: boolean;
  detail: string;
}

/** The answer of `POST /api/credentials/verify`. */
export interface VerificationResult {
  status: VerificationStatus;
  reasons: string[];
  checks: VerificationCheck[];
  credential: CredentialDocument | null;
  issuer: { id: string; name: string | null } | null;
  subject: { id: string; name: string | null } | null;
  types: string[];
  validFrom: string | null;
  validUntil: string | null;
  credentialId: string | null;
}

/** A verifiable presentation the holder assembled. */
export interface Presentation {
  jwt: string;
  document: Record<string, unknown>;
}

export const passportPaths = {
  mine: () => '/api/credentials',
  issued: () => '/api/credentials/issued',
  credential: (id: string) => `/api/credentials/${encodeURIComponent(id)}`,
  shared: (id: string) => `/api/credentials/${encodeURIComponent(id)}/shared`,
  revoke: (id: string) => `/api/credentials/${encodeURIComponent(id)}/revoke`,
  suspend: (id: string) => `/api/credentials/${encodeURIComponent(id)}/suspend`,
  reinstate: (id: string) => `/api/credentials/${encodeURIComponent(id)}/reinstate`,
  verify: () => '/api/credentials/verify',
  presentations: () => '/api/presentations',
  pdf: (language: string, ids: string[]) => {
    const query = new URLSearchParams({ lang: language });
    if (ids.length > 0) query.set('ids', ids.join(','));
    return `/api/credentials/passport.pdf?${query.toString()}`;
  },
};

export const passportRoutes = {
  mine: () => '/passport',
  register: () => '/passport/register',
  verify: () => '/verify',
};

/** The public verification page for a credential carried in the link (fragment: never sent). */
export const verifyLink = (jwt: string) => `${passportRoutes.verify()}#vc=${jwt}`;
