/** Offers `content` to the browser as a file download named `fileName`. */
export function downloadFile(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser the time to start reading the blob before it goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name for a credential: its kind and the start of its id. */
export const credentialFileName = (kind: string, id: string, extension: string) =>
  `${kind.replace(/_/g, '-')}-${id.slice(0, 8)}.${extension}`;
