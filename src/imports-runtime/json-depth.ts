import { IMPORT_LIMITS } from './import-limits.js';

/**
 * Whether parsed JSON nests arrays and objects no deeper than the limit. Walks without recursion,
 * so that a hostile document cannot overflow the stack here (the importers that follow recurse).
 */
export function jsonDepthWithin(value: unknown, limit: number = IMPORT_LIMITS.jsonDepth): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return false;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return true;
}
