/**
 * Names of uploaded files made safe to store, show and send back in a header: the last path
 * segment only (no `../`), no control or bidirectional-override characters (CR/LF broke every
 * download; U+202E lets `fdp.exe` pass for `exe.pdf`), no leading dots, at most 150 characters
 * with the extension kept.
 */
const MAX_LENGTH = 150;
const MAX_EXTENSION = 16;
const FALLBACK = 'document';

// Line breaks and tabs become spaces; other control characters and bidirectional marks go.
const breaks = /[\t\n\v\f\r\u0085\u2028\u2029]+/gu;
const invisible = /[\p{Cc}\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/gu;
const loneSurrogate = /[\uD800-\uDFFF]/gu;

/** The name cut to `MAX_LENGTH` characters (code points), keeping a short extension. */
function shortened(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot) : '';
  const kept = Array.from(extension).length <= MAX_EXTENSION ? extension : '';
  const stem = chars.slice(0, MAX_LENGTH - Array.from(kept).length).join('');
  return stem.trimEnd() + kept;
}

/** A stored file name from whatever the uploader sent; never empty. */
export function safeFileName(uploaded: string): string {
  const wellFormed = uploaded.replace(loneSurrogate, '\uFFFD').normalize('NFC');
  const lastSegment = wellFormed.split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .replace(breaks, ' ')
    .replace(invisible, '')
    .replace(/ {2,}/g, ' ')
    .replace(/^[\s.]+/u, '')
    .replace(/[\s.]+$/u, '');
  return cleaned ? shortened(cleaned) : FALLBACK;
}
