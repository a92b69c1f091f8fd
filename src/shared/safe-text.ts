import { z } from 'zod';

/**
 * Text that PostgreSQL cannot store or that is not valid Unicode: the NUL character, and UTF-16
 * surrogates that are not part of a pair. Such strings used to reach the database and fail there
 * with a 500; they are refused at the boundary instead (docs/security.md).
 */
// With the `u` flag a well-formed pair is one code point, so the class matches lone halves only.
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const unsafeCharacter = /\u0000|[\uD800-\uDFFF]/u;

/** Why a string is refused, or undefined when it is safe to store. */
export function unsafeTextReason(text: string): string | undefined {
  const found = unsafeCharacter.exec(text);
  if (!found) return undefined;
  return found[0] === '\u0000'
    ? 'must not contain the NUL character (U+0000)'
    : 'must not contain an unpaired UTF-16 surrogate';
}

/** A value's first unsafe string, with its path (`['contacts', 0, 'name']`) and the reason. */
export interface UnsafeText {
  path: (string | number)[];
  reason: string;
}

/** Walks a parsed JSON value (objects, arrays, strings; keys too) for the first unsafe string. */
export function findUnsafeText(
  value: unknown,
  path: (string | number)[] = [],
): UnsafeText | undefined {
  if (typeof value === 'string') {
    const reason = unsafeTextReason(value);
    return reason ? { path, reason } : undefined;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findUnsafeText(item, [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const [key, item] of Object.entries(value)) {
      const keyReason = unsafeTextReason(key);
      if (keyReason) return { path: [...path, key], reason: `names a key that ${keyReason}` };
      const found = findUnsafeText(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** A zod string that refuses NUL and unpaired surrogates, for schemas that want it explicit. */
export const safeString = () =>
  z.string().check((ctx) => {
    const reason = unsafeTextReason(ctx.value);
    if (reason) ctx.issues.push({ code: 'custom', message: reason, input: ctx.value });
  });
