import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../../src/db/database.js';
import { openEmbedded } from '../../src/db/embedded.js';
import { silentProgress } from '../../src/shared/progress.js';
import { ensureReferenceData } from '../../src/taxonomy/reference-import.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const cacheFolder = path.join(repoRoot, 'node_modules', '.cache', 'passerelle-test');
/** What the imported database depends on: the schema, the data, the import code, PGlite. */
const inputs = [
  'drizzle',
  'reference',
  'src/taxonomy',
  'node_modules/@electric-sql/pglite/package.json',
];

/** A digest of every input file, so that a change to any of them makes a new dump. */
async function inputsDigest(): Promise<string> {
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

/** Removes the dumps of earlier inputs, which nothing will read again. */
async function removeOtherDumps(kept: string): Promise<void> {
  for (const name of await fs.readdir(cacheFolder)) {
    const file = path.join(cacheFolder, name);
    if (/^pglite-esco-\w+\.tar$/.test(name) && file !== kept) await fs.rm(file, { force: true });
  }
}

/** Imports ESCO into a migrated in-memory PGlite and writes its data folder as a tarball. */
async function writeEscoDump(file: string): Promise<void> {
  const handle = await openDatabase({ kind: 'pglite', dataDir: undefined });
  try {
    await ensureReferenceData(handle.db, path.join(repoRoot, 'reference'), silentProgress);
    const client = (handle.db as unknown as { $client: PGlite }).$client;
    const dump = await client.dumpDataDir('none');
    await fs.mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    await fs.writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await fs.rename(partial, file); // whole or absent, even with two runs at once
    await removeOtherDumps(file);
  } finally {
    await handle.close();
  }
}

/**
 * A PGlite data folder, as a tarball, holding the migrated schema and the imported ESCO release:
 * imported once, then kept in node_modules/.cache until the schema, data or import code change.
 */
export async function escoDump(): Promise<Blob> {
  const file = path.join(cacheFolder, `pglite-esco-${await inputsDigest()}.tar`);
  const cached = await fs.readFile(file).catch(() => undefined);
  if (cached) return new Blob([cached]);
  await writeEscoDump(file);
  return new Blob([await fs.readFile(file)]);
}

/** Fills a new data folder with the ESCO dump, as `passerelle serve` would find it after import. */
export async function prepareEscoDataFolder(dataDir: string): Promise<void> {
  const embedded = await openEmbedded(dataDir, await escoDump());
  await embedded.close();
}
