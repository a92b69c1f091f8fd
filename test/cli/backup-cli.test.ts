import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { passerelleArgs } from '../support/cli-bundle.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-backup-cli-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function passerelle(env: NodeJS.ProcessEnv, ...args: string[]) {
  return spawnSync(process.execPath, [...passerelleArgs(), ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '', ...env },
    encoding: 'utf8',
  });
}

describe('passerelle backup and restore on the command line', () => {
  it('GIVEN no database in the data folder WHEN backing up THEN it says so on stderr and exits 1', () => {
    const run = passerelle({ DATA_DIR: path.join(scratch, 'empty') }, 'backup', 'x.tar.gz');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/There is no database in .*empty to back up\./);
    expect(fs.existsSync(path.join(root, 'x.tar.gz'))).toBe(false);
  }, 60_000);

  it('GIVEN a missing backup file WHEN restoring THEN it says so on stderr and exits 1', () => {
    const missing = path.join(scratch, 'missing.tar.gz');
    const run = passerelle({ DATA_DIR: path.join(scratch, 'data') }, 'restore', missing);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`There is no file ${missing}.`);
  }, 60_000);

  it('GIVEN a PostgreSQL database and no pg_dump on PATH WHEN backing up THEN it says how to install it', () => {
    const run = passerelle(
      { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', PATH: path.join(scratch, 'no-tools') },
      'backup',
      path.join(scratch, 'pg.backup'),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('pg_dump was not found on PATH. Install the PostgreSQL client');
    expect(fs.readdirSync(scratch).filter((f) => f.startsWith('pg.backup'))).toEqual([]);
  }, 60_000);
});
