import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { passerelleArgs } from '../support/cli-bundle.js';

const cli = passerelleArgs();

function passerelle(dataDir: string, ...args: string[]) {
  return spawnSync(process.execPath, [...cli, ...args], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO: 'off' },
    encoding: 'utf8',
  });
}

/** Every file and folder under `dir` (itself included) whose mode lets other users in. */
function openToOthers(dir: string): string[] {
  const entries = [
    dir,
    ...fs.readdirSync(dir, { recursive: true }).map((p) => path.join(dir, String(p))),
  ];
  return entries
    .map((p) => ({ p, mode: fs.lstatSync(p).mode & 0o777 }))
    .filter(({ mode }) => (mode & 0o077) !== 0)
    .map(({ p, mode }) => `${mode.toString(8)} ${path.relative(dir, p) || '.'}`);
}

describe('the embedded database folder on disk', () => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-modes-'));
  afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

  it('GIVEN no data folder WHEN Passerelle creates its database THEN the folder and every file in it are private to the user', () => {
    const dataDir = path.join(parent, 'fresh');
    const run = passerelle(dataDir, 'partnerships', 'list');
    expect(run.status, run.stderr).toBe(0);
    expect(fs.readdirSync(path.join(dataDir, 'pgdata')).length).toBeGreaterThan(5);
    expect(openToOthers(dataDir)).toEqual([]);
  }, 120_000);

  it('GIVEN a data folder other users may write to WHEN Passerelle starts THEN it refuses with a clear error saying how to fix it', () => {
    const dataDir = path.join(parent, 'shared');
    fs.mkdirSync(dataDir);
    fs.chmodSync(dataDir, 0o777);
    const run = passerelle(dataDir, 'partnerships', 'list');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`DATA_DIR: the folder ${dataDir} is writable by other users`);
    expect(run.stderr).toContain(`chmod 700 ${dataDir}`);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  }, 60_000);
});
