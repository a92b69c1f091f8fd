import { eq } from 'drizzle-orm';
import { decodeJwt } from 'jose';
import { appUser } from '../accounts/accounts.schema.js';
import type { Database } from '../db/database.js';
import { notFound } from '../shared/errors.js';
import { credentialsOfPerson } from './credential.store.js';
import { loadPassportFonts } from './passport-fonts.loader.js';
import { renderPassportPdf } from './passport-pdf.js';
import { type PassportLanguage, passportLanguages, passportWords } from './passport-pdf-text.js';
import { type PrintableCredential, printedCredentials } from './passport-print.js';
import { passportUrls } from './passport-urls.js';

/** What a holder asks to print: in which language, which credentials (none named → all). */
export interface PrintRequest {
  personUserId: string;
  language?: PassportLanguage;
  credentialIds?: string[];
  now: Date;
  publicUrl: string;
}

function issuerNameOf(document: Record<string, unknown>, fallback: string): string {
  const issuer = document.issuer;
  if (issuer && typeof issuer === 'object' && 'name' in issuer && typeof issuer.name === 'string') {
    return issuer.name;
  }
  return fallback;
}

/**
 * The printable passport of one person: their own credentials only (an id that is not theirs is
 * 404, like one that does not exist), in their language unless another is asked for.
 */
export async function printPassport(db: Database, request: PrintRequest): Promise<Uint8Array> {
  const [person] = await db
    .select({ name: appUser.displayName, locale: appUser.locale })
    .from(appUser)
    .where(eq(appUser.id, request.personUserId));
  if (!person) throw notFound('passport.unknown_person', 'No such person.');
  const held = await credentialsOfPerson(db, request.personUserId);
  const wanted = request.credentialIds;
  if (wanted?.some((id) => !held.some((c) => c.id === id))) {
    throw notFound('passport.unknown_credential', 'No such credential in your passport.');
  }
  const chosen = wanted && wanted.length > 0 ? held.filter((c) => wanted.includes(c.id)) : held;
  const language = request.language ?? passportLanguages.find((l) => l === person.locale) ?? 'en';
  const words = passportWords(language);
  const verifyPage = passportUrls(request.publicUrl).verifyPage;
  const printable: PrintableCredential[] = chosen.map((row) => {
    const document = decodeJwt(row.jwt) as Record<string, unknown>;
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      issuerName: issuerNameOf(document, row.issuerDid),
      issuedAt: row.issuedAt,
      validUntil: row.validUntil,
      state: row.state,
      jwt: row.jwt,
      document,
    };
  });
  return renderPassportPdf({
    language,
    holderName: person.name,
    printedOn: request.now.toISOString().slice(0, 10),
    verifyPage,
    credentials: printedCredentials(printable, { words, now: request.now, verifyPage }),
    fonts: loadPassportFonts(),
  });
}
