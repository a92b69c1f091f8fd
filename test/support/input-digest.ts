import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** The checkout the test suites run in. */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** Where the suites keep what they computed for inputs that have not changed since. */
export const testCacheFolder = path.join(repoRoot, 'node_modules', '.cache', 'passerelle-test');

/**
 * A digest of every file under `inputs` (paths from the repository root, test files left out), so
 * that a change to any of them names a new cached file.
 */
export async function inputsDigest(inputs: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const input of inputs) {
    const full = path.join(repoRoot, input);
    const files = (await fs.stat(full)).isFile()
      ? [full]
      : (await fs.readdir(full, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile() && !e.name.endsWith('.test.ts'))
          .map((e) => path.join(e.parentPath, e.name))
          .sort();
    for (const file of files)
      hash.update(path.relative(repoRoot, file)).update(await fs.readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}
