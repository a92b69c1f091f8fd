import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import type { PassportFonts } from './passport-pdf.js';

/**
 * Reads the passport's fonts (Noto Sans and Noto Sans Arabic, SIL Open Font License, from the
 * @fontsource packages) once per process. The packages ship WOFF; fontkit opens WOFF but inflates
 * a table again on every glyph lookup (seconds per page), so the tables are inflated once here
 * into a plain OpenType (SFNT) file.
 */

const require = createRequire(import.meta.url);

/** A WOFF 1.0 font as the SFNT file it wraps (W3C WOFF File Format 1.0, sections 3–5). */
export function sfntFromWoff(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') return woff;
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.readUInt32BE(entry),
      checksum: woff.readUInt32BE(entry + 16),
      data: compLength < origLength ? zlib.inflateSync(stored) : stored,
    };
  });
  const power = 2 ** Math.floor(Math.log2(numTables));
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(numTables * 16 - power * 16, 10);
  const chunks: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    header.writeUInt32BE(table.tag, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padded = Buffer.alloc((table.data.length + 3) & ~3);
    table.data.copy(padded);
    chunks.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(chunks);
}

function fontFile(pkg: string, file: string): Uint8Array {
  // The packages export their CSS only; their LICENSE export locates the folder of the files.
  const folder = path.dirname(require.resolve(`${pkg}/LICENSE`));
  return sfntFromWoff(fs.readFileSync(path.join(folder, 'files', file)));
}

let cached: PassportFonts | undefined;

/** The Latin and Arabic faces, regular and bold. */
export function loadPassportFonts(): PassportFonts {
  cached ??= {
    latin: fontFile('@fontsource/noto-sans', 'noto-sans-latin-400-normal.woff'),
    latinBold: fontFile('@fontsource/noto-sans', 'noto-sans-latin-700-normal.woff'),
    arabic: fontFile('@fontsource/noto-sans-arabic', 'noto-sans-arabic-arabic-400-normal.woff'),
    arabicBold: fontFile('@fontsource/noto-sans-arabic', 'noto-sans-arabic-arabic-700-normal.woff'),
  };
  return cached;
}
