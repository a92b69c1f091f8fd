import { passportClaims } from './passport-claims.js';
import type { PassportPdfCredential } from './passport-pdf.js';
import type { PassportWords } from './passport-pdf-text.js';
import { verifyLink } from './verify-link.js';

/** A stored credential as the printed passport needs it (plain data, any store's row fits). */
export interface PrintableCredential {
  id: string;
  kind: string;
  title: string;
  issuerName: string;
  issuedAt: Date;
  validUntil: Date | null;
  /** `active`, `revoked` or `suspended` in the issuer's status lists. */
  state: string;
  jwt: string;
  /** The credential document (the VC-JWT's payload). */
  document: unknown;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The status printed: the state in the lists, or expired once past its end. */
export function printedStatus(credential: PrintableCredential, now: Date): string {
  if (credential.state !== 'active') return credential.state;
  if (credential.validUntil && credential.validUntil.getTime() < now.getTime()) return 'expired';
  return 'valid';
}

/** The credentials of a passport as the PDF prints them, in the holder's language. */
export function printedCredentials(
  credentials: PrintableCredential[],
  context: { words: PassportWords; now: Date; verifyPage: string },
): PassportPdfCredential[] {
  return credentials.map((credential) => ({
    id: credential.id,
    kind: credential.kind,
    title: credential.title,
    issuerName: credential.issuerName,
    issuedOn: day(credential.issuedAt),
    expiresOn: credential.validUntil ? day(credential.validUntil) : null,
    status: printedStatus(credential, context.now),
    claims: passportClaims(credential.document, context.words),
    verifyUrl: verifyLink(context.verifyPage, credential),
  }));
}
