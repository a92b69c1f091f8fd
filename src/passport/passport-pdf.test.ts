import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadPassportFonts } from './passport-fonts.loader.js';
import {
  type PassportPdfCredential,
  type PassportPdfInput,
  credentialsPerPage,
  renderPassportPdf,
} from './passport-pdf.js';
import { visualOrder } from './pdf-text-layout.js';
import { decodeQrMatrix, qrMatrices } from './qr-decode.test-support.js';

const fonts = loadPassportFonts();

function credential(
  n: number,
  overrides: Partial<PassportPdfCredential> = {},
): PassportPdfCredential {
  const id = `0b7e1c2a-4d3f-4a5b-8c6d-${String(n).padStart(12, '0')}`;
  return {
    id,
    kind: n % 2 ? 'training_completion' : 'recognition_decision',
    title: n % 2 ? 'Solar photovoltaic installation' : 'Électricien du bâtiment',
    issuerName: 'Institut de formation (démo)',
    issuedOn: '2026-10-01',
    expiresOn: null,
    status: 'valid',
    claims: [
      { label: 'Hours', value: '420' },
      { label: 'EQF level', value: '4' },
    ],
    verifyUrl: `https://passerelle.example/verify?credential=${id}`,
    ...overrides,
  };
}

function input(overrides: Partial<PassportPdfInput> = {}): PassportPdfInput {
  return {
    language: 'en',
    holderName: 'Demo Holder',
    printedOn: '2026-12-05',
    verifyPage: 'https://passerelle.example/verify',
    credentials: [credential(1)],
    fonts,
    ...overrides,
  };
}

function embeddedFontNames(doc: PDFDocument): string[] {
  return doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict)
    .filter((dict) => dict.get(PDFName.of('Type')) === PDFName.of('Font'))
    .map((dict) => String(dict.get(PDFName.of('BaseFont'))));
}

describe('the printable passport', () => {
  it('GIVEN credentials WHEN printed THEN the PDF loads back with one page per three of them', async () => {
    for (const count of [0, credentialsPerPage, credentialsPerPage + 1, 7]) {
      const credentials = Array.from({ length: count }, (_, i) => credential(i));
      const doc = await PDFDocument.load(await renderPassportPdf(input({ credentials })));
      expect(doc.getPageCount()).toBe(Math.max(1, Math.ceil(count / credentialsPerPage)));
    }
  });

  it('draws one QR code per credential that decodes to its verification link', async () => {
    const credentials = Array.from({ length: 5 }, (_, i) => credential(i));
    const doc = await PDFDocument.load(await renderPassportPdf(input({ credentials })));
    const decoded = doc.getPages().flatMap((page) => qrMatrices(page).map(decodeQrMatrix));
    expect(decoded).toEqual(credentials.map((c) => c.verifyUrl));
  });

  it('reads a long link with its credential inline (large QR versions, several blocks)', async () => {
    const verifyUrl = `https://passerelle.example/verify#vc=${'eyJhbGciOiJFZERTQSJ9.'.repeat(25)}`;
    const doc = await PDFDocument.load(
      await renderPassportPdf(input({ credentials: [credential(1, { verifyUrl })] })),
    );
    expect(qrMatrices(doc.getPages()[0]!).map(decodeQrMatrix)).toEqual([verifyUrl]);
  });

  it('sets the language and embeds the Arabic font only when Arabic text is printed', async () => {
    const arabic = await PDFDocument.load(await renderPassportPdf(input({ language: 'ar' })));
    expect(embeddedFontNames(arabic).some((name) => name.includes('NotoSansArabic'))).toBe(true);
    expect(arabic.catalog.get(PDFName.of('Lang'))?.toString()).toContain('ar');

    const english = await PDFDocument.load(await renderPassportPdf(input()));
    expect(embeddedFontNames(english).some((name) => name.includes('NotoSansArabic'))).toBe(false);
    expect(embeddedFontNames(english).some((name) => name.includes('NotoSans'))).toBe(true);

    const arabicName = await PDFDocument.load(
      await renderPassportPdf(input({ holderName: 'أمينة' })),
    );
    expect(embeddedFontNames(arabicName).some((name) => name.includes('NotoSansArabic'))).toBe(
      true,
    );
  });

  it('prints the same bytes for the same input (no clock, no randomness)', async () => {
    const once = await renderPassportPdf(input({ language: 'fr' }));
    const again = await renderPassportPdf(input({ language: 'fr' }));
    expect(Buffer.from(once).equals(Buffer.from(again))).toBe(true);
  });
});

describe('right-to-left lines', () => {
  it('joins Arabic letters and lays the line out right to left, Latin runs kept left to right', () => {
    const visual = visualOrder('جواز QR 2026', 'rtl');
    // Drawn from the left: "QR 2026" (one left-to-right run), then the Arabic word reversed.
    expect(visual.startsWith('QR 2026 ')).toBe(true);
    // The joined forms of ج و ا ز (initial jeem, final waw, isolated alef, isolated zain) reversed.
    expect([...visual.slice(-4)].map((c) => c.codePointAt(0)!.toString(16))).toEqual([
      'feaf',
      'fe8d',
      'feee',
      'fe9f',
    ]);
  });
});
