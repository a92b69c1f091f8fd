import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const distWeb = path.join(repoRoot, 'dist', 'web');

/** The newest modification time of any file under `folder`. */
async function newestChange(folder: string): Promise<number> {
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const times = await Promise.all(files.map(async (f) => (await fs.stat(f)).mtimeMs));
  return Math.max(0, ...times);
}

/** Whether `npm run build:web` left a build in dist/web newer than every UI source and the lock. */
async function distWebIsFresh(): Promise<boolean> {
  const built = await fs.stat(path.join(distWeb, 'index.html')).catch(() => undefined);
  if (!built) return false;
  const sources = Math.max(
    await newestChange(path.join(repoRoot, 'web')),
    (await fs.stat(path.join(repoRoot, 'package-lock.json'))).mtimeMs,
  );
  return built.mtimeMs > sources;
}

/**
 * A production build of the UI: dist/web when `npm run build:web` made it after the last change
 * (as `npm test` does just before), otherwise a fresh build into `root`/web.
 */
export async function productionWebBuild(root: string): Promise<string> {
  if (await distWebIsFresh()) return distWeb;
  const webDir = path.join(root, 'web');
  // A child process, so the build is a production one (vitest sets NODE_ENV=test).
  await promisify(execFile)(
    'npx',
    ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn', '--outDir', webDir],
    { cwd: repoRoot, env: { ...process.env, NODE_ENV: 'production' } },
  );
  return webDir;
}
