import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The data folder is already owned by another live process. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number | undefined,
  ) {
    super(
      `The data folder ${dataDir} is in use by process ${ownerPid ?? '(unknown)'}. ` +
        'Stop that process, or point DATA_DIR at another folder.',
    );
    this.name = 'DataDirLockedError';
  }
}

/** How long a refused starter waits for the owner to say its pid. */
const ownerAnswerMs = 2_000;

/** Binds tried before giving up on an owner that holds the address yet refuses connections. */
const bindAttempts = 10;

/**
 * The socket address naming a data folder, from its device and inode (the same folder under two
 * paths is one lock). On Linux an abstract socket: the kernel frees it when its process dies, so
 * a lock is never stale. Elsewhere a socket file, which a crash leaves behind.
 */
function lockAddress(dataDir: string): string {
  const { dev, ino } = fs.statSync(dataDir);
  const id = createHash('sha256').update(`${dev}:${ino}`).digest('hex').slice(0, 32);
  if (process.platform === 'linux') return `\0passerelle-data-${id}`;
  if (process.platform === 'win32') return `\\\\?\\pipe\\passerelle-data-${id}`;
  return path.join(os.tmpdir(), `passerelle-data-${id}.sock`);
}

/** Binds the address; resolves false when another process holds it. */
function listen(server: net.Server, address: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') resolve(false);
      else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(true);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ path: address, exclusive: true });
  });
}

/** Asks the owner of the address for its pid; 'gone' when nobody listens any more. */
function askOwner(address: string): Promise<number | 'gone' | undefined> {
  return new Promise((resolve) => {
    let answer = '';
    const socket = net.connect({ path: address });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(undefined); // an owner too busy to answer: still alive
    }, ownerAnswerMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => {
      clearTimeout(timer);
      const pid = Number.parseInt(answer, 10);
      resolve(Number.isFinite(pid) ? pid : undefined);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(error.code === 'ECONNREFUSED' || error.code === 'ENOENT' ? 'gone' : undefined);
    });
  });
}

function pidInLockFile(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10);
    return Number.isFinite(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes exclusive ownership of an embedded database folder. PGlite has no lock of its own, and
 * two processes writing one folder corrupt it. The lock is a listening local socket named after
 * the folder: binding it is atomic in the kernel, so of many starters exactly one wins, and it is
 * freed when its process ends however it ends. `passerelle.lock` holds the owner's pid for people
 * to read. A live owner, even this process, is refused. Resolves to the release function.
 */
export async function lockDataDir(dataDir: string): Promise<() => void> {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const address = lockAddress(dataDir);
  const lockFile = path.join(dataDir, 'passerelle.lock');
  const server = net.createServer((socket) => socket.end(String(process.pid)));
  for (let attempt = 0; attempt < bindAttempts; attempt++) {
    if (await listen(server, address)) {
      server.unref();
      fs.writeFileSync(lockFile, String(process.pid));
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(lockFile, { force: true });
        server.close();
      };
    }
    const owner = await askOwner(address);
    if (owner !== 'gone') throw new DataDirLockedError(dataDir, owner ?? pidInLockFile(lockFile));
    // Refused: either the owner ended between our bind and our question (on Linux the address is
    // free again; elsewhere its socket file is left behind), or it has bound the address and not
    // yet called listen, which a loaded machine can stretch to many milliseconds. Wait, then
    // try again; a socket file that keeps refusing is a crashed owner's.
    if (attempt >= 2 && !address.startsWith('\0') && process.platform !== 'win32')
      fs.rmSync(address, { force: true });
    await new Promise((resolve) => setTimeout(resolve, Math.min(20 * 2 ** attempt, 500)));
  }
  throw new DataDirLockedError(dataDir, pidInLockFile(lockFile));
}
