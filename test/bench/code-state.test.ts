import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  codeState,
  recordingContext,
  stampMeasuredCode,
  startRecording,
} from '../../bench/bench-support.js';

const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-code-state-'));
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
    cwd: repo,
    encoding: 'utf8',
  }).trim();
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  fs.writeFileSync(path.join(repo, file), text);
};

git('init', '-q');
write('src/a.ts', 'export const a = 1;\n');
write('bench/results/x.jsonl', '{}\n');
git('add', '-A');
git('commit', '-qm', 'first');
afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

describe('the code a bench run is stamped with', () => {
  it('is dirty when src/ changed, not when only bench/results did', () => {
    write('bench/results/x.jsonl', '{}\n{}\n');
    expect(codeState(repo).dirty).toBe(false);
    write('src/a.ts', 'export const a = 2;\n');
    expect(codeState(repo)).toEqual({
      commit: git('rev-parse', '--short=12', 'HEAD'),
      dirty: true,
    });
    git('add', '-A');
    git('commit', '-qm', 'second');
  });

  it('follows the checkout when a bench loads measured code later, keeping where it started', () => {
    const start = startRecording('code-state-test', ['--no-such-option']);
    stampMeasuredCode(repo);
    const context = recordingContext()!;
    expect(context.commit).toBe(git('rev-parse', '--short=12', 'HEAD'));
    expect(context.startedAt).toEqual({ commit: start.commit, dirty: start.dirty });
  });
});
