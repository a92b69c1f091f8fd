import { z } from 'zod';

/** What a candidate may consent to, each separately (GDPR: specific purposes). */
export const CONSENT_PURPOSES = [
  'partnership_matching',
  'employer_sharing',
  'anonymous_statistics',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const consentPurposeSchema = z.enum(CONSENT_PURPOSES);

/** One grant of consent for a purpose, and its withdrawal when withdrawn. */
export interface ConsentRecord {
  purpose: ConsentPurpose;
  grantedAt: Date;
  withdrawnAt: Date | null;
}

/** Whether consent for the purpose is currently given. */
export function hasConsent(records: readonly ConsentRecord[], purpose: ConsentPurpose): boolean {
  return records.some((r) => r.purpose === purpose && r.withdrawnAt === null);
}

/**
 * The records after granting consent: a new grant unless one is already in force (idempotent).
 * Earlier, withdrawn grants are kept: they are the history.
 */
export function grantConsent(
  records: readonly ConsentRecord[],
  purpose: ConsentPurpose,
  now: Date,
): ConsentRecord[] {
  if (hasConsent(records, purpose)) return [...records];
  return [...records, { purpose, grantedAt: now, withdrawnAt: null }];
}

/** The records after withdrawing consent for the purpose (idempotent). */
export function withdrawConsent(
  records: readonly ConsentRecord[],
  purpose: ConsentPurpose,
  now: Date,
): ConsentRecord[] {
  return records.map((r) =>
    r.purpose === purpose && r.withdrawnAt === null ? { ...r, withdrawnAt: now } : r,
  );
}

/** The purposes currently consented to. */
export function consentedPurposes(records: readonly ConsentRecord[]): ConsentPurpose[] {
  return CONSENT_PURPOSES.filter((p) => hasConsent(records, p));
}
