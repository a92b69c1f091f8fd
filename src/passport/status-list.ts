import { gunzipSync, gzipSync } from 'node:zlib';
import { STATUS_LIST_SIZE } from './credential-kinds.js';

/**
 * Bitstring Status List v1.0 `encodedList`: the bitstring (bit 0 is the most significant bit of
 * the first byte), GZIP-compressed, base64url without padding, with the multibase prefix `u`.
 */
export function encodeStatusList(setIndexes: Iterable<number>, size = STATUS_LIST_SIZE): string {
  const bytes = new Uint8Array(Math.ceil(size / 8));
  for (const index of setIndexes) {
    if (!Number.isInteger(index) || index < 0 || index >= size)
      throw new RangeError(`status index ${index} is outside the list`);
    bytes[index >> 3]! |= 0x80 >> (index & 7);
  }
  return 'u' + gzipSync(bytes).toString('base64url');
}

/** The bitstring of an `encodedList` (with or without the `u` prefix); throws when malformed. */
export function decodeStatusList(encoded: string): Uint8Array {
  const body = encoded.startsWith('u') ? encoded.slice(1) : encoded;
  return new Uint8Array(gunzipSync(Buffer.from(body, 'base64url'), { maxOutputLength: 1 << 24 }));
}

/** Whether the bit at `index` is set; an index beyond the list is an error, not "unset". */
export function statusBit(bitstring: Uint8Array, index: number): boolean {
  if (!Number.isInteger(index) || index < 0 || index >= bitstring.length * 8)
    throw new RangeError(`status index ${index} is outside the list`);
  return (bitstring[index >> 3]! & (0x80 >> (index & 7))) !== 0;
}
