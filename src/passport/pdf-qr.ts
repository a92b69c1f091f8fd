import QRCode from 'qrcode';
import type { PDFPage } from 'pdf-lib';
import {
  beginMarkedContent,
  endMarkedContent,
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
} from 'pdf-lib';

/**
 * QR codes drawn as vector squares, so they print sharp at any size. Each code sits in a marked
 * content section tagged `PasserelleQR`, which lets a reader (and the tests) find it in the page.
 */

/** The marked-content tag around each QR code of the passport. */
export const qrContentTag = 'PasserelleQR';

/** Error correction M (15 %): survives a fold or a smudge, keeps the symbol small. */
export const qrErrorCorrection = 'M' as const;

/** The dark modules of the QR code of `text`, as a square matrix (row 0 at the top). */
export function qrModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: qrErrorCorrection });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, col) => modules.data[row * modules.size + col] === 1),
  );
}

/** Where a QR code goes: bottom-left corner and side, in points (the quiet zone is inside). */
export interface QrBox {
  x: number;
  y: number;
  side: number;
}

/** Draws the QR code of `text` in `box`, with a quiet zone of four modules. */
export function drawQrCode(page: PDFPage, text: string, box: QrBox): void {
  const matrix = qrModules(text);
  const cells = matrix.length + 8;
  const unit = box.side / cells;
  const top = box.y + box.side - 4 * unit;
  const operators = [beginMarkedContent(qrContentTag), pushGraphicsState()];
  operators.push(setFillingGrayscaleColor(0));
  matrix.forEach((row, r) => {
    // One rectangle per horizontal run of dark modules keeps the page small.
    let start = -1;
    row.forEach((dark, c) => {
      if (dark && start < 0) start = c;
      const runEnds = start >= 0 && (!dark || c === row.length - 1);
      if (!runEnds) return;
      const end = dark ? c + 1 : c;
      const x = box.x + (4 + start) * unit;
      operators.push(rectangle(x, top - (r + 1) * unit, (end - start) * unit, unit));
      start = -1;
    });
  });
  operators.push(fill(), popGraphicsState(), endMarkedContent());
  page.pushOperators(...operators);
}
