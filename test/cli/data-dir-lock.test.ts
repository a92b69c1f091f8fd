import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { passerelleArgs } from '../support/cli-bundle.js';

const cli = passerelleArgs();

describe('GIVEN a server owning the embedded database folder', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-cli-lock-'));
  const env = { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', DEMO: 'off' };
  // Its own process group, so that the kill below reaches any process the server started.
  const server = spawn(process.execPath, [...cli, 'serve'], {
    env,
    stdio: 'ignore',
    detached: true,
  });
  afterAll(async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    process.kill(-server.pid!, 'SIGKILL');
    await exited;
    // The killed child may still be closing files for a moment.
    fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  });

  it('WHEN a second process opens it THEN it exits non-zero with a clear error on stderr', async () => {
    const lockFile = path.join(dataDir, 'passerelle.lock');
    for (let i = 0; i < 300 && !fs.existsSync(lockFile); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(fs.existsSync(lockFile)).toBe(true);

    const second = spawnSync(process.execPath, [...cli, 'taxonomy', 'import'], {
      env,
      encoding: 'utf8',
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(
      /The data folder .* is in use by process \d+\. Stop that process/,
    );
  });
});
