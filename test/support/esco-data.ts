import fs from 'node:fs/promises';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import lockfile from 'proper-lockfile';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.js';
import { openEmbedded } from '../../src/db/embedded.js';
import { silentProgress } from '../../src/shared/progress.js';
import { ensureReferenceData } from '../../src/taxonomy/reference-import.service.js';
import { inputsDigest, repoRoot, testCacheFolder as cacheFolder } from './input-digest.js';

/** What the imported database depends on: the schema, the data, the import code, PGlite. */
const inputs = [
  'drizzle',
  'reference',
  'src/taxonomy',
  'node_modules/@electric-sql/pglite/package.json',
];

/** Removes the dumps of earlier inputs, which nothing will read again. */
async function removeOtherDumps(kept: string): Promise<void> {
  for (const name of await fs.readdir(cacheFolder)) {
    const file = path.join(cacheFolder, name);
    if (/^pglite-esco-\w+\.tar$/.test(name) && file !== kept) await fs.rm(file, { force: true });
  }
}

/** Where the dump of the current inputs is kept. */
async function dumpFile(): Promise<string> {
  return path.join(cacheFolder, `pglite-esco-${await inputsDigest(inputs)}.tar`);
}

/** Writes the open PGlite database's data folder, as a tarball, to `file`. */
async function saveDump(handle: DatabaseHandle, file: string): Promise<void> {
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir('none');
  await fs.mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await fs.writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await fs.rename(partial, file); // whole or absent, even with two runs at once
  await removeOtherDumps(file);
}

/** Imports ESCO into a database `open` gives, and keeps its dump for the next ones. */
async function importAndSave(open: () => Promise<DatabaseHandle>, file: string) {
  const handle = await open();
  try {
    await ensureReferenceData(handle.db, path.join(repoRoot, 'reference'), silentProgress);
    await saveDump(handle, file);
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

const readDump = (file: string) =>
  fs.readFile(file).then(
    (bytes) => new Blob([bytes]),
    () => undefined,
  );

/**
 * Runs `work` holding the cache's lock, so that two test runs started together (the unit and
 * browser suites of `npm test`) import ESCO once: the second waits, then finds the dump.
 */
async function holdingCacheLock<T>(work: () => Promise<T>): Promise<T> {
  await fs.mkdir(cacheFolder, { recursive: true });
  const release = await lockfile.lock(cacheFolder, {
    lockfilePath: path.join(cacheFolder, 'esco-import.lock'),
    stale: 30_000, // refreshed while held; a crashed holder's lock expires
    retries: { retries: 600, minTimeout: 500, maxTimeout: 1_000 },
  });
  try {
    return await work();
  } finally {
    await release();
  }
}

/**
 * A PGlite database holding the imported ESCO release: a copy of the cached dump, or, the first
 * time (the dump is kept in node_modules/.cache until the schema, data or import code change),
 * one `open` gives that is imported into.
 */
export async function openPgliteWithEsco(
  open: (loadDataDir?: Blob) => Promise<DatabaseHandle>,
): Promise<DatabaseHandle> {
  const file = await dumpFile();
  const cached = await readDump(file);
  if (cached) return open(cached);
  return holdingCacheLock(async () => {
    const made = await readDump(file);
    return made ? open(made) : importAndSave(() => open(), file);
  });
}

/** The cached ESCO dump as a tarball (imported and saved first when there is none). */
export async function escoDump(): Promise<Blob> {
  const file = await dumpFile();
  const cached = await readDump(file);
  if (cached) return cached;
  return holdingCacheLock(async () => {
    const made = await readDump(file);
    if (made) return made;
    const open = () => openDatabase({ kind: 'pglite', dataDir: undefined });
    await (await importAndSave(open, file)).close();
    return new Blob([await fs.readFile(file)]);
  });
}

/** Fills a new data folder with the ESCO dump, as `passerelle serve` would find it after import. */
export async function prepareEscoDataFolder(dataDir: string): Promise<void> {
  const embedded = await openEmbedded(dataDir, await escoDump());
  await embedded.close();
}
