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

/** A credential as its holder sees it (`PassportCredential`). */
export interface Credential {
  id: string;
  kind: CredentialKind;
  title: string;
  issuer: { organisationId: string; name: string; did: string };
  holderId: string;
  issuedAt: string;
  validUntil: string | null;
  state: CredentialState;
  stateReason: string | null;
  stateChangedAt: string | null;
  statusListIndex: number;
  /** The credential secured as VC-JOSE (compact JWS, `typ: vc+jwt`), exactly as issued. */
  jwt: string;
  /** Its payload: the VC 2.0 credential. */
  credential: CredentialDocument;
  /** Where anyone can verify it. */
  verifyUrl: string;
}

/** `GET /api/credentials/mine`: the holder's id and credentials. */
export interface MyCredentials {
  holderId: string;
  holderDid: string | null;
  credentials: Credential[];
}

/** One row of an issuer's register (`CredentialRegisterEntry`): no content, the holder's name. */
export interface RegisterEntry {
  id: string;
  kind: CredentialKind;
  title: string;
  holderName: string;
  issuedAt: string;
  state: CredentialState;
  stateReason: string | null;
  stateChangedAt: string | null;
  issuerDid: string;
}

/** One check of a verification and its outcome. */
export interface VerificationCheck {
  check: 'format' | 'issuer' | 'signature' | 'claims' | 'dates' | 'status';
  passed: boolean;
  detail: string;
}

/** What a verifier concludes about one credential (`CredentialVerification`). */
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

/** `POST /api/credentials/verify`: the worst status and one result per credential. */
export interface VerifyOutput {
  status: VerificationStatus;
  results: VerificationResult[];
  holder: string | null;
}

/** `GET /api/credentials/{id}/verification`: the stored credential verified, and its VC-JWT. */
export type StoredVerification = VerificationResult & { jwt: string };

/** A verifiable presentation the holder assembled (VC 2.0, its credentials enveloped). */
export type Presentation = Record<string, unknown>;

export const passportPaths = {
  mine: () => '/api/credentials/mine',
  register: (organisationId: string) =>
    `/api/credentials/issued?${new URLSearchParams({ organisationId }).toString()}`,
  status: (id: string) => `/api/credentials/${encodeURIComponent(id)}/status`,
  verify: () => '/api/credentials/verify',
  verification: (id: string) => `/api/credentials/${encodeURIComponent(id)}/verification`,
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
