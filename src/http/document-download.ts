import type { FastifyReply } from 'fastify';
import { safeFileName } from '../shared/file-name.js';

/**
 * Media types served as themselves; anything else is served as `application/octet-stream`, so an
 * uploaded HTML or SVG file can never run as a page of ours. Every document is an attachment.
 */
const servedTypes: ReadonlyMap<string, string> = new Map([
  ['application/pdf', 'application/pdf'],
  ['image/png', 'image/png'],
  ['image/jpeg', 'image/jpeg'],
  ['image/webp', 'image/webp'],
  ['text/plain', 'text/plain; charset=utf-8'],
  [
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ],
  [
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ],
  ['application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.text'],
  [
    'application/vnd.oasis.opendocument.spreadsheet',
    'application/vnd.oasis.opendocument.spreadsheet',
  ],
]);

/** The Content-Type a document is served with, from the type its uploader declared. */
export function servedMediaType(declared: string): string {
  const essence = declared.split(';')[0]?.trim().toLowerCase() ?? '';
  return servedTypes.get(essence) ?? 'application/octet-stream';
}

/** RFC 5987 `ext-value` percent-encoding (encodeURIComponent leaves `'()*` as they are). */
const rfc5987 = (text: string) =>
  encodeURIComponent(text).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** A printable-ASCII stand-in for older clients: accents dropped, other characters as `_`. */
function asciiFallback(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7E]|["\\%]/g, '_')
    .replace(/_+/g, '_');
  return /[A-Za-z0-9]/.test(ascii.replace(/\.[^.]*$/, ''))
    ? ascii
    : `document${ascii.match(/\.[A-Za-z0-9]+$/)?.[0] ?? ''}`;
}

/** RFC 6266 `attachment` with an ASCII `filename` and the exact UTF-8 `filename*`. */
export function attachmentDisposition(fileName: string): string {
  const name = safeFileName(fileName);
  return `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${rfc5987(name)}`;
}

/** Sends an uploaded document: allowed type or octet-stream, attachment, no sniffing, sandboxed. */
export function sendDocument(
  reply: FastifyReply,
  document: { fileName: string; mediaType: string },
  bytes: Uint8Array,
): FastifyReply {
  return reply
    .type(servedMediaType(document.mediaType))
    .header('content-disposition', attachmentDisposition(document.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(bytes);
}
