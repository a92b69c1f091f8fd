import type { FieldProblem } from '../../shared/errors.js';

// Attachments are checked by their content, not their name (docs/protection.md#attachments).

/** The largest attachment accepted, in bytes. */
export const MAX_ATTACHMENT_BYTES = 1_000_000;
/** How many attachments one filing may carry. */
export const MAX_ATTACHMENTS = 3;

export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const SIGNATURES: { type: AttachmentType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The type the content really is (by its magic number), or null when not an accepted one. */
export function sniffAttachmentType(content: Uint8Array): AttachmentType | null {
  const found = SIGNATURES.find((s) => s.bytes.every((b, i) => content[i] === b));
  return found?.type ?? null;
}

/** An attachment as sent: its name and decoded content. */
export interface AttachmentUpload {
  name: string;
  content: Uint8Array;
}

/** Problems with the attachments of a filing, each naming its field. */
export function attachmentViolations(files: readonly AttachmentUpload[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (files.length > MAX_ATTACHMENTS) {
    problems.push({ field: 'attachments', reason: `at most ${MAX_ATTACHMENTS} files` });
  }
  files.forEach((file, i) => {
    if (file.content.length === 0) {
      problems.push({ field: `attachments.${i}.content`, reason: 'is empty' });
    } else if (file.content.length > MAX_ATTACHMENT_BYTES) {
      problems.push({
        field: `attachments.${i}.content`,
        reason: `is larger than ${MAX_ATTACHMENT_BYTES / 1_000_000} MB`,
      });
    } else if (sniffAttachmentType(file.content) === null) {
      problems.push({
        field: `attachments.${i}.content`,
        reason: 'is not a PDF, PNG or JPEG file (checked by its content)',
      });
    }
  });
  return problems;
}
