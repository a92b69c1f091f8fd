import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/config.js';

/**
 * Makes sure the embedded database folder is private to this user: creates it with mode 0700,
 * and refuses a folder other users may write to (they could alter or swap the database files).
 * Files inside are kept private by the process umask (077, set in the CLI's entry point).
 */
export function ensurePrivateDataDir(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const mode = fs.statSync(dataDir).mode & 0o777;
  if ((mode & 0o022) !== 0) {
    throw new ConfigError([
      {
        variable: 'DATA_DIR',
        reason:
          `the folder ${dataDir} is writable by other users (mode ${mode.toString(8).padStart(4, '0')}); ` +
          `make it private first: chmod 700 ${dataDir}`,
      },
    ]);
  }
}

/**
 * Takes group and world access off every file under `dir`. PGlite's file system layer gives the
 * files it creates mode 0666 whatever the umask; the folders honour the umask (0700), which
 * already keeps other users out, and this keeps the files private too.
 */
export function makeFilesPrivate(dir: string): void {
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    try {
      if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
    } catch (error) {
      // PostgreSQL may remove a temporary file while we walk
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
