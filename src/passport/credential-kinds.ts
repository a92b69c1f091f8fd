/** What a credential attests, one kind per source of record (docs/passport.md#kinds). */
export const CREDENTIAL_KINDS = [
  'recognition_decision',
  'rpl_assessment',
  'training_completion',
  'orientation_completion',
] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

/** The record each kind is issued from (`passport_credential.source_entity`). */
export const SOURCE_ENTITY: Record<CredentialKind, string> = {
  recognition_decision: 'recognition_case',
  rpl_assessment: 'rpl_assessment',
  training_completion: 'programme_completion',
  orientation_completion: 'orientation_completion',
};

/** A credential's state in its issuer's status lists. */
export const CREDENTIAL_STATES = ['active', 'revoked', 'suspended'] as const;
export type CredentialState = (typeof CREDENTIAL_STATES)[number];

/** What a verifier concludes about a credential. */
export const VERIFICATION_STATUSES = [
  'valid',
  'revoked',
  'suspended',
  'expired',
  'not_yet_valid',
  'tampered',
  'unknown_issuer',
  'malformed',
] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** Slots per status list: the spec's minimum (16 KB of bits) for herd privacy. */
export const STATUS_LIST_SIZE = 131_072;
