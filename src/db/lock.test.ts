import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './lock.js';

describe('the data-folder lock', () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-lock-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second owner while the first is alive, naming it', async () => {
    const dir = freshDir();
    const release = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toThrow(DataDirLockedError);
    await expect(lockDataDir(dir)).rejects.toThrow(`in use by process ${process.pid}`);
    release();
    (await lockDataDir(dir))();
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const dir = freshDir();
    fs.writeFileSync(path.join(dir, 'passerelle.lock'), '999999999');
    const release = await lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'passerelle.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
