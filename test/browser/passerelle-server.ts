import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { passerelleArgs } from '../support/cli-bundle.js';
import { prepareEscoDataFolder } from '../support/esco-data.js';
import { freePort } from '../support/free-port.js';
import { testPasswordHashEnv } from '../support/password-cost.js';
import { productionWebBuild } from '../support/web-build.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
/** The first start on a machine imports ESCO (later ones copy the cached import). */
const readyTimeoutMs = 270_000; // inside vitest.browser.config.ts's hookTimeout (300 s)

/** A real Passerelle server (API and freshly built UI) on a free port over a fresh data folder. */
export interface PasserelleServer {
  url: string;
  stop: () => Promise<void>;
  /** The last few kilobytes the server wrote (empty for a server started elsewhere). */
  output: () => string;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Stops the server's whole process group, politely first. */
async function stopProcessGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || exited(child)) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  signalGroup('SIGTERM');
  if (!(await waitForExit(child, 15_000))) {
    signalGroup('SIGKILL');
    await waitForExit(child, 5_000);
  }
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string) {
  const started = Date.now();
  let lastAnswer = 'no answer';
  while (Date.now() - started < readyTimeoutMs) {
    if (exited(child)) {
      throw new Error(
        `the server exited (code ${child.exitCode}) before it was ready:\n${output()}`,
      );
    }
    try {
      const response = await fetch(`${url}/api/ready`);
      if (response.status === 200) return;
      lastAnswer = `${response.status} ${await response.text()}`;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(
    `the server was not ready within ${readyTimeoutMs / 1000} s; /api/ready last said: ${lastAnswer}\n${output()}`,
  );
}

/** How to start a server of one's own (e.g. `{ env: { DEMO: 'off' } }`) rather than the shared one. */
export interface PasserelleOptions {
  /** Environment of the server over the test's; given, a fresh server starts even with PASSERELLE_URL set. */
  env?: Record<string, string>;
}

/**
 * Starts `passerelle serve` on the UI's production build (test/support/web-build.ts) over a data
 * folder that already holds ESCO (test/support/esco-data.ts); resolves once ready.
 * With PASSERELLE_URL set and no options, uses that running server instead (and leaves it running).
 */
export async function startPasserelle(options: PasserelleOptions = {}): Promise<PasserelleServer> {
  const existing = process.env.PASSERELLE_URL;
  if (existing && !options.env)
    return { url: existing.replace(/\/$/, ''), stop: async () => {}, output: () => '' };
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'passerelle-browser-'));
  const webDir = await productionWebBuild(root);
  await prepareEscoDataFolder(path.join(root, 'data')); // serve then skips the ESCO import

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...passerelleArgs(), 'serve'], {
    cwd: repoRoot,
    detached: true, // its own process group, so stop() reaches any worker it started too
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...testPasswordHashEnv,
      DATA_DIR: path.join(root, 'data'),
      WEB_DIR: webDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-6_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = async () => {
    await stopProcessGroup(child);
    // A worker of the server may still flush PGlite files for a moment after the server exits.
    await fs.rm(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  try {
    await waitUntilReady(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop, output: () => output };
}
