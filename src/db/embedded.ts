import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { ensurePrivateDataDir, makeFilesPrivate } from './data-dir.js';
import { lockDataDir } from './lock.js';

/** An open embedded database and how to close it (which also frees its folder). */
export interface EmbeddedDatabase {
  client: PGlite;
  close(): Promise<void>;
}

/** Where PGlite keeps its files inside the data folder. */
export const pgdataOf = (dataDir: string) => path.join(dataDir, 'pgdata');

/**
 * Opens PGlite on a private, locked data folder, or in memory when `dataDir` is undefined (tests).
 * `loadDataDir` fills an empty folder (or the memory) from a tarball made by `dumpDataDir`.
 */
export async function openEmbedded(
  dataDir: string | undefined,
  loadDataDir?: Blob,
): Promise<EmbeddedDatabase> {
  if (!dataDir) {
    const client = await PGlite.create({
      extensions: { pg_trgm },
      ...(loadDataDir ? { loadDataDir } : {}),
    });
    return { client, close: () => client.close() };
  }
  ensurePrivateDataDir(dataDir);
  const release = await lockDataDir(dataDir);
  try {
    const client = await PGlite.create({
      dataDir: pgdataOf(dataDir),
      extensions: { pg_trgm },
      ...(loadDataDir ? { loadDataDir } : {}),
    });
    makeFilesPrivate(dataDir);
    return {
      client,
      close: async () => {
        try {
          await client.close();
          makeFilesPrivate(dataDir);
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
