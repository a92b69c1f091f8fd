import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { conflict, PasserelleError, unprocessable } from '../shared/errors.js';
import { ensurePrivateDataDir, makeFilesPrivate } from './data-dir.js';
import type { DatabaseTarget } from './database.js';
import { openEmbedded, pgdataOf } from './embedded.js';
import { lockDataDir } from './lock.js';

/** Where backup and restore say what they are doing (stderr in the CLI). */
export type Say = (line: string) => void;

export interface RestoreOptions {
  /** Replace a database that already holds tables. */
  force: boolean;
}

type EmbeddedTarget = { kind: 'pglite'; dataDir: string };
type ServerTarget = { kind: 'postgres'; url: string };

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** Writes the file next to its final name first, so a failed backup never leaves half a file. */
function writeWhole(file: string, write: (partial: string) => Promise<void>): Promise<void> {
  const partial = `${file}.partial`;
  // Private from its first byte, whatever the umask: the tools keep an existing file's mode.
  fs.writeFileSync(partial, '', { mode: 0o600 });
  fs.chmodSync(partial, 0o600);
  return write(partial).then(
    () => fs.renameSync(partial, file),
    (error: unknown) => {
      fs.rmSync(partial, { force: true });
      throw error;
    },
  );
}

function persistentTarget(target: DatabaseTarget): EmbeddedTarget | ServerTarget {
  if (target.kind === 'postgres') return target;
  if (!target.dataDir) throw new Error('an in-memory database has nothing to back up');
  return { kind: 'pglite', dataDir: target.dataDir };
}

/** Writes a backup of the whole database to `file`. */
export async function backupDatabase(target: DatabaseTarget, file: string, say: Say) {
  const t = persistentTarget(target);
  if (t.kind === 'postgres') return backupServer(t.url, file, say);
  if (!fs.existsSync(path.join(pgdataOf(t.dataDir), 'PG_VERSION')))
    throw unprocessable('backup.no_database', `There is no database in ${t.dataDir} to back up.`);
  say(`backup: opening ${t.dataDir}`);
  const embedded = await openEmbedded(t.dataDir);
  try {
    say('backup: dumping the data folder');
    const tarball = await embedded.client.dumpDataDir('gzip');
    const bytes = Buffer.from(await tarball.arrayBuffer());
    await writeWhole(file, async (partial) => fs.writeFileSync(partial, bytes));
    say(`backup: wrote ${file} (${megabytes(bytes.length)})`);
  } finally {
    await embedded.close();
  }
}

/** Restores a backup written by `backupDatabase` on the same engine. */
export async function restoreDatabase(
  target: DatabaseTarget,
  file: string,
  options: RestoreOptions,
  say: Say,
) {
  if (!fs.existsSync(file)) throw unprocessable('backup.no_file', `There is no file ${file}.`);
  const t = persistentTarget(target);
  return t.kind === 'postgres'
    ? restoreServer(t.url, file, options, say)
    : restoreEmbedded(t.dataDir, file, options, say);
}

const notEmpty = (where: string) =>
  conflict(
    'backup.database_not_empty',
    `The database ${where} is not empty. Restore into an empty one, or add --force to replace it.`,
  );

async function restoreEmbedded(dataDir: string, file: string, options: RestoreOptions, say: Say) {
  const bytes = fs.readFileSync(file);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b)
    throw unprocessable('backup.not_a_backup', `${file} is not a PGlite backup (a .tar.gz).`);
  ensurePrivateDataDir(dataDir);
  const release = await lockDataDir(dataDir);
  try {
    const pgdata = pgdataOf(dataDir);
    const existing = fs.existsSync(pgdata) && fs.readdirSync(pgdata).length > 0;
    if (existing && !options.force) throw notEmpty(`in ${dataDir}`);
    // Loaded beside the live folder and swapped in only once whole.
    const incoming = `${pgdata}.restoring`;
    fs.rmSync(incoming, { recursive: true, force: true });
    say(`restore: loading ${file} (${megabytes(bytes.length)})`);
    const client = await PGlite.create({
      dataDir: incoming,
      extensions: { pg_trgm },
      loadDataDir: new Blob([bytes], { type: 'application/x-gzip' }),
    });
    await client.query('select 1');
    await client.close();
    makeFilesPrivate(incoming);
    if (existing) {
      const replaced = `${pgdata}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(pgdata, replaced);
      say(`restore: the replaced database is kept in ${replaced}; delete it once checked`);
    }
    fs.renameSync(incoming, pgdata);
    say(`restore: restored ${dataDir} from ${file}`);
  } finally {
    release();
  }
}

/**
 * The PostgreSQL client tools' connection: the URL without its password (command lines are
 * visible to other users), which travels in PGPASSWORD instead.
 */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

/** Runs a PostgreSQL client tool, its own messages going to our stderr. */
function runTool(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new PasserelleError(
              'unavailable',
              'backup.client_missing',
              `${tool} was not found on PATH. Install the PostgreSQL client tools of your server's ` +
                'version or newer (Debian: apt-get install postgresql-client-15).',
            )
          : error,
      ),
    );
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            new PasserelleError(
              'unavailable',
              'backup.client_failed',
              `${tool} failed (${signal ?? `exit code ${code}`}); its messages are above.`,
            ),
          ),
    );
  });
}

async function backupServer(url: string, file: string, say: Say) {
  const { dbname, env } = connection(url);
  say('backup: running pg_dump');
  await writeWhole(file, (partial) =>
    runTool('pg_dump', ['--format=custom', `--file=${partial}`, `--dbname=${dbname}`], env),
  );
  say(`backup: wrote ${file} (${megabytes(fs.statSync(file).size)})`);
}

async function tableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: number }>(
      "select count(*)::int as n from information_schema.tables where table_schema in ('public', 'drizzle')",
    );
    return result.rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

async function restoreServer(url: string, file: string, options: RestoreOptions, say: Say) {
  const { dbname, env } = connection(url);
  const existing = (await tableCount(url)) > 0;
  if (existing && !options.force) throw notEmpty(`at ${new URL(dbname).pathname.slice(1)}`);
  say('restore: running pg_restore (one transaction: all or nothing)');
  await runTool(
    'pg_restore',
    [
      '--single-transaction',
      '--exit-on-error',
      '--no-owner',
      ...(existing ? ['--clean', '--if-exists'] : []),
      `--dbname=${dbname}`,
      file,
    ],
    env,
  );
  say(`restore: restored from ${file}`);
}
