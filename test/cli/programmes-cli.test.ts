import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { passerelleArgs } from '../support/cli-bundle.js';

const cli = passerelleArgs();

describe('passerelle programmes enrol as a process', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-programmes-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const passerelle = (...args: string[]) =>
    spawnSync(process.execPath, [...cli, 'programmes', ...args], {
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO: 'off' },
      encoding: 'utf8',
    });

  it('GIVEN a bad option THEN the command (registered by main.ts) names it on stderr with exit 1, before opening any database', () => {
    const badId = passerelle('enrol', 'not-an-id', '--person', randomUUID(), '--as', 'a@b.org');
    expect(badId.status).toBe(1);
    expect(badId.stderr).toMatch(/^passerelle: --programme: /);
    expect(badId.stdout).toBe('');
    expect(fs.readdirSync(dataDir)).toEqual([]);
  }, 60_000);
});
