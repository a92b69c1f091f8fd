import { createRequire } from 'node:module';
import {
  PDFArray,
  PDFRawStream,
  decodePDFRawStream,
  type PDFDocument,
  type PDFPage,
} from 'pdf-lib';
import { qrContentTag } from './pdf-qr.js';

/**
 * A small QR code reader for the tests: from a clean module matrix (as read back from a PDF) to
 * the text it encodes (ISO/IEC 18004: format information, unmasking, the zig-zag placement,
 * block de-interleaving, numeric/alphanumeric/byte segments). It reads a perfect symbol only — no
 * error correction — which is all a vector QR code read from its own drawing needs. Only the
 * block and alignment tables are taken from the `qrcode` package.
 */

const require = createRequire(import.meta.url);
type Level = { bit: number };
const ecc = require('qrcode/lib/core/error-correction-code.js') as {
  getBlocksCount(version: number, level: Level): number;
  getTotalCodewordsCount(version: number, level: Level): number;
};
// The tables are looked up by the package's own level objects, not by their bits.
const levels = require('qrcode/lib/core/error-correction-level.js') as Record<
  'L' | 'M' | 'Q' | 'H',
  Level
>;
const alignment = require('qrcode/lib/core/alignment-pattern.js') as {
  getPositions(version: number): [number, number][];
};
const symbol = require('qrcode/lib/core/utils.js') as {
  getSymbolTotalCodewords(version: number): number;
};

const masks: ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

function functionModules(size: number, version: number): boolean[][] {
  const reserved = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const mark = (r0: number, c0: number, rows: number, cols: number) => {
    for (let r = r0; r < r0 + rows; r++)
      for (let c = c0; c < c0 + cols; c++) reserved[r]![c] = true;
  };
  mark(0, 0, 9, 9);
  mark(0, size - 8, 9, 8);
  mark(size - 8, 0, 8, 9);
  mark(6, 0, 1, size);
  mark(0, 6, size, 1);
  for (const [r, c] of alignment.getPositions(version)) mark(r - 2, c - 2, 5, 5);
  if (version >= 7) {
    mark(0, size - 11, 6, 3);
    mark(size - 11, 0, 3, 6);
  }
  return reserved;
}

function readFormat(matrix: boolean[][]): { level: number; mask: number } {
  const size = matrix.length;
  let bits = 0;
  for (let i = 0; i < 15; i++) {
    const row = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i;
    if (matrix[row]![8]) bits |= 1 << i;
  }
  const data = (bits ^ 0x5412) >> 10;
  return { level: data >> 3, mask: data & 7 };
}

function readCodewords(matrix: boolean[][], version: number, mask: number): number[] {
  const size = matrix.length;
  const reserved = functionModules(size, version);
  const bits: number[] = [];
  let upward = true;
  for (let col = size - 1; col > 0; col -= 2) {
    if (col === 6) col -= 1;
    for (let i = 0; i < size; i++) {
      const row = upward ? size - 1 - i : i;
      for (const c of [col, col - 1]) {
        if (reserved[row]![c]) continue;
        bits.push(Number(matrix[row]![c]) ^ Number(masks[mask]!(row, c)));
      }
    }
    upward = !upward;
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) {
    bytes.push(bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0));
  }
  return bytes.slice(0, symbol.getSymbolTotalCodewords(version));
}

function dataCodewords(codewords: number[], version: number, levelBit: number): number[] {
  const level = Object.values(levels).find((l) => l.bit === levelBit);
  if (!level) throw new Error(`unknown error correction bits ${levelBit}`);
  const total = symbol.getSymbolTotalCodewords(version);
  const blocks = ecc.getBlocksCount(version, level);
  const ecPerBlock = ecc.getTotalCodewordsCount(version, level) / blocks;
  const longBlocks = total % blocks;
  const shortData = Math.floor(total / blocks) - ecPerBlock;
  const lengths = Array.from({ length: blocks }, (_, b) =>
    b < blocks - longBlocks ? shortData : shortData + 1,
  );
  const data = lengths.map(() => [] as number[]);
  let next = 0;
  for (let i = 0; i <= shortData; i++) {
    lengths.forEach((length, b) => {
      if (i < length) data[b]!.push(codewords[next++]!);
    });
  }
  return data.flat();
}

const alphanumeric = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

function parseSegments(bytes: number[], version: number): string {
  const bits = bytes.flatMap((byte) => Array.from({ length: 8 }, (_, i) => (byte >> (7 - i)) & 1));
  let at = 0;
  const read = (n: number) => {
    let value = 0;
    for (let i = 0; i < n; i++) value = (value << 1) | (bits[at++] ?? 0);
    return value;
  };
  const sizeClass = version < 10 ? 0 : version < 27 ? 1 : 2;
  const out: number[] = [];
  while (at + 4 <= bits.length) {
    const mode = read(4);
    if (mode === 0) break;
    if (mode === 1) {
      let count = read([10, 12, 14][sizeClass]!);
      for (; count >= 3; count -= 3) out.push(...Buffer.from(String(read(10)).padStart(3, '0')));
      if (count === 2) out.push(...Buffer.from(String(read(7)).padStart(2, '0')));
      if (count === 1) out.push(...Buffer.from(String(read(4))));
    } else if (mode === 2) {
      let count = read([9, 11, 13][sizeClass]!);
      for (; count >= 2; count -= 2) {
        const pair = read(11);
        out.push(...Buffer.from(alphanumeric[Math.floor(pair / 45)]! + alphanumeric[pair % 45]!));
      }
      if (count === 1) out.push(...Buffer.from(alphanumeric[read(6)]!));
    } else if (mode === 4) {
      const count = read([8, 16, 16][sizeClass]!);
      for (let i = 0; i < count; i++) out.push(read(8));
    } else {
      throw new Error(`unsupported QR segment mode ${mode}`);
    }
  }
  return Buffer.from(out).toString('utf8');
}

/** The text of a QR code given as its module matrix (row 0 at the top, true = dark). */
export function decodeQrMatrix(matrix: boolean[][]): string {
  const version = (matrix.length - 17) / 4;
  if (!Number.isInteger(version) || version < 1 || version > 40) {
    throw new Error(`not a QR symbol size: ${matrix.length}`);
  }
  const { level, mask } = readFormat(matrix);
  const codewords = readCodewords(matrix, version, mask);
  return parseSegments(dataCodewords(codewords, version, level), version);
}

/** The decoded content streams of a page, as text (operators are ASCII). */
function pageContent(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray
      ? contents.asArray().map((ref) => page.doc.context.lookup(ref))
      : [contents];
  return streams
    .map((stream) =>
      stream instanceof PDFRawStream
        ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
        : '',
    )
    .join('\n');
}

/** Reads each QR code drawn on a page back into its module matrix, from its rectangles. */
export function qrMatrices(page: PDFPage): boolean[][][] {
  const sections = pageContent(page).split(`/${qrContentTag} BMC`).slice(1);
  return sections.map((section) => {
    const body = section.slice(0, section.indexOf('EMC'));
    const rects = [...body.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re/g)].map(
      (m) => m.slice(1, 5).map(Number) as [number, number, number, number],
    );
    const unit = Math.min(...rects.map((r) => r[3]));
    const left = Math.min(...rects.map((r) => r[0]));
    const top = Math.max(...rects.map((r) => r[1] + r[3]));
    const size = Math.round((Math.max(...rects.map((r) => r[0] + r[2])) - left) / unit);
    const matrix = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
    for (const [x, y, w, h] of rects) {
      const row = Math.round((top - (y + h)) / unit);
      const first = Math.round((x - left) / unit);
      for (let c = first; c < first + Math.round(w / unit); c++) matrix[row]![c] = true;
    }
    return matrix;
  });
}

/** The text of every QR code of a PDF, page by page. */
export function qrTexts(doc: PDFDocument): string[] {
  return doc.getPages().flatMap((page) => qrMatrices(page).map(decodeQrMatrix));
}
