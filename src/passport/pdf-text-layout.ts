import reshaper from 'arabic-reshaper';
import bidiFactory from 'bidi-js';
import type { PDFFont, PDFPage } from 'pdf-lib';
import { rgb } from 'pdf-lib';

/**
 * Text on a PDF page in any of the passport's languages. pdf-lib draws glyphs in the order it is
 * given and picks one font per call, so this file does what a browser would: Arabic letters take
 * their joined forms (arabic-reshaper), a line is put in visual order by the Unicode
 * Bidirectional Algorithm (bidi-js), and each run of characters is drawn with the first font
 * that has them (Latin first, then Arabic).
 */

const bidi = bidiFactory();

/** The fonts of a PDF, in the order they are tried for each character. */
export interface FontChain {
  fonts: PDFFont[];
  /** Characters each font has, by position in `fonts`. */
  coverage: Set<number>[];
  /** Advance width of each character met so far at 1 point, by font: fontkit's layout is slow. */
  advances: Map<string, number>[];
}

/** A font chain from embedded fonts; the first one draws characters no font has. */
export function fontChain(fonts: PDFFont[]): FontChain {
  return {
    fonts,
    coverage: fonts.map((font) => new Set(font.getCharacterSet())),
    advances: fonts.map(() => new Map()),
  };
}

/** Paragraph direction: left-to-right (EN, FR) or right-to-left (AR). */
export type Direction = 'ltr' | 'rtl';

interface Run {
  text: string;
  font: PDFFont;
  index: number;
}

function fontIndexFor(chain: FontChain, codePoint: number): number {
  const index = chain.coverage.findIndex((set) => set.has(codePoint));
  return index < 0 ? 0 : index;
}

/** Splits visual-order text into runs that one font draws. */
function fontRuns(chain: FontChain, visual: string): Run[] {
  const runs: { text: string; index: number }[] = [];
  for (const char of visual) {
    const code = char.codePointAt(0) ?? 0;
    const last = runs.at(-1);
    const sharedByLast = last !== undefined && chain.coverage[last.index]?.has(code);
    // A character the current font has stays in its run (spaces, digits between Arabic words).
    if (last && sharedByLast) {
      last.text += char;
      continue;
    }
    runs.push({ text: char, index: fontIndexFor(chain, code) });
  }
  return runs.map((run) => ({ ...run, font: chain.fonts[run.index] ?? chain.fonts[0]! }));
}

/** The width of a run at `size` points, as the sum of its characters' advances (no kerning). */
function runWidth(chain: FontChain, run: Run, size: number): number {
  const advances = chain.advances[run.index] ?? new Map<string, number>();
  let width = 0;
  for (const char of run.text) {
    let advance = advances.get(char);
    if (advance === undefined) {
      advance = run.font.widthOfTextAtSize(char, 1);
      advances.set(char, advance);
    }
    width += advance;
  }
  return width * size;
}

/** One line of logical-order text rearranged for drawing left to right. */
export function visualOrder(logical: string, direction: Direction): string {
  const shaped = reshaper.convertArabic(logical);
  return bidi.getReorderedString(shaped, bidi.getEmbeddingLevels(shaped, direction));
}

/** The width of a line of logical-order text at `size` points. */
export function lineWidth(chain: FontChain, logical: string, size: number): number {
  return fontRuns(chain, visualOrder(logical, 'ltr')).reduce(
    (sum, run) => sum + runWidth(chain, run, size),
    0,
  );
}

/** Where a line is drawn: its start edge (left for LTR, right for RTL) and baseline. */
export interface LinePlacement {
  /** Left edge of the box. */
  x: number;
  y: number;
  /** Width of the box the line is aligned in. */
  width: number;
  size: number;
  direction: Direction;
  gray?: number;
}

/** Draws one line, aligned to the start edge of its box (left in LTR, right in RTL). */
export function drawLine(page: PDFPage, chain: FontChain, logical: string, at: LinePlacement) {
  const runs = fontRuns(chain, visualOrder(logical, at.direction));
  const widths = runs.map((run) => runWidth(chain, run, at.size));
  const total = widths.reduce((a, b) => a + b, 0);
  let x = at.direction === 'rtl' ? at.x + at.width - total : at.x;
  const color = rgb(at.gray ?? 0, at.gray ?? 0, at.gray ?? 0);
  runs.forEach((run, i) => {
    page.drawText(run.text, { x, y: at.y, size: at.size, font: run.font, color });
    x += widths[i] ?? 0;
  });
}

/** Breaks logical-order text into lines no wider than `width` (words longer than a line are cut). */
export function wrapText(chain: FontChain, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (lineWidth(chain, candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (lineWidth(chain, line, size) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && lineWidth(chain, line.slice(0, cut), size) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Cuts a line to `width` with an ellipsis when it does not fit. */
export function fitLine(chain: FontChain, text: string, size: number, width: number): string {
  if (lineWidth(chain, text, size) <= width) return text;
  let end = text.length;
  while (end > 1 && lineWidth(chain, `${text.slice(0, end)}…`, size) > width) end -= 1;
  return `${text.slice(0, end)}…`;
}
