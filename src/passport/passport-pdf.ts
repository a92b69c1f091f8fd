import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFPage } from 'pdf-lib';
import { drawQrCode } from './pdf-qr.js';
import { type PassportLanguage, type PassportWords, passportWords } from './passport-pdf-text.js';
import {
  type Direction,
  type FontChain,
  drawLine,
  fitLine,
  fontChain,
  wrapText,
} from './pdf-text-layout.js';

/**
 * The printable skills passport: plain data in, PDF bytes out (docs/passport.md, "Printable
 * passport"). One A4 page holds up to `credentialsPerPage` credentials, each with a QR code that
 * opens the public verification page, and every page says how to verify it, so a page that is
 * separated from the others still stands on its own. No clock: the print date comes in.
 */

/** How many credentials one page holds. */
export const credentialsPerPage = 3;

/** One credential as printed: the words are already in the passport's language. */
export interface PassportPdfCredential {
  id: string;
  /** `recognition_decision`, `training_completion`…; an unknown kind is printed as it is. */
  kind: string;
  title: string;
  issuerName: string;
  /** ISO dates (YYYY-MM-DD): the same in every language. */
  issuedOn: string;
  expiresOn: string | null;
  /** `valid`, `revoked`, `suspended` or `expired` when the passport was printed. */
  status: string;
  claims: { label: string; value: string }[];
  /** What the QR code encodes: the verification page, with the credential or its id. */
  verifyUrl: string;
}

/** Font files (TrueType, OpenType or WOFF) the passport is set in. */
export interface PassportFonts {
  latin: Uint8Array;
  latinBold: Uint8Array;
  arabic: Uint8Array;
  arabicBold: Uint8Array;
}

export interface PassportPdfInput {
  language: PassportLanguage;
  holderName: string;
  /** ISO date of printing. */
  printedOn: string;
  /** Address of the public verification page, printed in the paragraph on verifying. */
  verifyPage: string;
  credentials: PassportPdfCredential[];
  fonts: PassportFonts;
}

const page = { width: 595.28, height: 841.89, margin: 42 };
const contentWidth = page.width - 2 * page.margin;
const qrSide = 112;
const blockHeight = 182;
const maxClaimLines = 5;

const arabicScript = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;

interface Fonts {
  regular: FontChain;
  bold: FontChain;
}

interface Pen {
  page: PDFPage;
  fonts: Fonts;
  direction: Direction;
  words: PassportWords;
}

/** Does any printed text need the Arabic font (the language, or a name written in Arabic)? */
function needsArabic(input: PassportPdfInput): boolean {
  if (input.language === 'ar') return true;
  const texts = [input.holderName, ...input.credentials.flatMap(credentialTexts)];
  return texts.some((text) => arabicScript.test(text));
}

function credentialTexts(credential: PassportPdfCredential): string[] {
  return [
    credential.title,
    credential.issuerName,
    ...credential.claims.flatMap((c) => [c.label, c.value]),
  ];
}

async function embedFonts(doc: PDFDocument, input: PassportPdfInput): Promise<Fonts> {
  doc.registerFontkit(fontkit);
  // Whole fonts, not subsets: pdf-lib's subsetting loses glyphs of some fonts.
  const embed = (bytes: Uint8Array) => doc.embedFont(bytes, { subset: false });
  const latin = await embed(input.fonts.latin);
  const latinBold = await embed(input.fonts.latinBold);
  if (!needsArabic(input)) {
    return { regular: fontChain([latin]), bold: fontChain([latinBold]) };
  }
  const arabic = await embed(input.fonts.arabic);
  const arabicBold = await embed(input.fonts.arabicBold);
  return {
    regular: fontChain([latin, arabic]),
    bold: fontChain([latinBold, arabicBold]),
  };
}

/** Draws a line in the content box at height `y`, with the start edge of the language. */
function line(
  pen: Pen,
  text: string,
  y: number,
  style: { size: number; bold?: boolean; gray?: number; x?: number; width?: number },
) {
  const chain = style.bold ? pen.fonts.bold : pen.fonts.regular;
  const width = style.width ?? contentWidth;
  const fitted = fitLine(chain, text, style.size, width);
  drawLine(pen.page, chain, fitted, {
    x: style.x ?? page.margin,
    y,
    width,
    size: style.size,
    direction: pen.direction,
    gray: style.gray ?? 0,
  });
}

function drawHeader(pen: Pen, input: PassportPdfInput, pageNo: number, pages: number): number {
  let y = page.height - page.margin - 20;
  line(pen, pen.words.title, y, { size: 20, bold: true });
  y -= 22;
  line(pen, `${pen.words.holder}: ${input.holderName}`, y, { size: 12 });
  y -= 16;
  const printed = `${pen.words.printedOn}: ${input.printedOn} · ${pen.words.page(pageNo, pages)}`;
  line(pen, printed, y, { size: 9, gray: 0.35 });
  return y - 14;
}

/** The paragraph on verifying, set at the foot of the page; returns its top. */
function drawHowToVerify(pen: Pen, verifyPage: string): number {
  const size = 8.5;
  const leading = 11.5;
  const lines = wrapText(pen.fonts.regular, pen.words.howToVerify(verifyPage), size, contentWidth);
  let y = page.margin + (lines.length - 1) * leading;
  const top = y + 16;
  line(pen, pen.words.howToVerifyTitle, top, { size: 10.5, bold: true });
  for (const text of lines) {
    line(pen, text, y, { size });
    y -= leading;
  }
  return top + 14;
}

function drawCredential(pen: Pen, credential: PassportPdfCredential, top: number): void {
  const rtl = pen.direction === 'rtl';
  const textWidth = contentWidth - qrSide - 16;
  const textX = rtl ? page.margin + qrSide + 16 : page.margin;
  const qrX = rtl ? page.margin : page.margin + contentWidth - qrSide;
  drawQrCode(pen.page, credential.verifyUrl, { x: qrX, y: top - qrSide, side: qrSide });
  pen.page.drawLine({
    start: { x: page.margin, y: top + 8 },
    end: { x: page.margin + contentWidth, y: top + 8 },
    thickness: 0.5,
    opacity: 0.4,
  });
  const at = { x: textX, width: textWidth };
  const words = pen.words;
  let y = top - 10;
  line(pen, words.kinds[credential.kind] ?? credential.kind, y, { ...at, size: 9, gray: 0.35 });
  y -= 16;
  line(pen, credential.title, y, { ...at, size: 13, bold: true });
  y -= 15;
  line(pen, `${words.issuer}: ${credential.issuerName}`, y, { ...at, size: 10 });
  y -= 13;
  const expires = credential.expiresOn ? ` · ${words.expires}: ${credential.expiresOn}` : '';
  line(pen, `${words.issued}: ${credential.issuedOn}${expires}`, y, { ...at, size: 10 });
  y -= 13;
  const status = words.statuses[credential.status] ?? credential.status;
  line(pen, `${words.status}: ${status}`, y, { ...at, size: 10, bold: true });
  y -= 15;
  for (const claim of credential.claims.slice(0, maxClaimLines)) {
    line(pen, `${claim.label}: ${claim.value}`, y, { ...at, size: 9.5 });
    y -= 12.5;
  }
  line(pen, `${words.credentialId}: ${credential.id}`, top - blockHeight + 26, {
    ...at,
    size: 7.5,
    gray: 0.4,
  });
}

/** Renders the passport of `input.credentials` in `input.language` as PDF bytes. */
export async function renderPassportPdf(input: PassportPdfInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const words = passportWords(input.language);
  const printed = new Date(`${input.printedOn}T00:00:00Z`);
  doc.setTitle(`${words.title} · ${input.holderName}`, { showInWindowTitleBar: true });
  doc.setLanguage(input.language);
  doc.setProducer('Passerelle');
  doc.setCreator('Passerelle');
  doc.setCreationDate(printed);
  doc.setModificationDate(printed);
  const fonts = await embedFonts(doc, input);
  const direction: Direction = input.language === 'ar' ? 'rtl' : 'ltr';
  const groups: PassportPdfCredential[][] = [];
  for (let i = 0; i < input.credentials.length; i += credentialsPerPage) {
    groups.push(input.credentials.slice(i, i + credentialsPerPage));
  }
  if (groups.length === 0) groups.push([]);
  groups.forEach((group, index) => {
    const pen: Pen = {
      page: doc.addPage([page.width, page.height]),
      fonts,
      direction,
      words,
    };
    let top = drawHeader(pen, input, index + 1, groups.length) - 8;
    drawHowToVerify(pen, input.verifyPage);
    if (group.length === 0) line(pen, words.none, top - 10, { size: 11 });
    for (const credential of group) {
      drawCredential(pen, credential, top);
      top -= blockHeight;
    }
  });
  return doc.save();
}
