import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const exitModule = pathToFileURL(path.join(root, 'src', 'cli', 'exit.ts')).href;

/** Runs a script that writes `bytes` to stdout and exits the way the CLI exits, read slowly. */
function runThroughSlowPipe(bytes: number, exit: 'flush' | 'immediate'): Promise<number> {
  const script =
    exit === 'flush'
      ? `const { exitAfterFlush } = await import(${JSON.stringify(exitModule)});
         process.stdout.write('x'.repeat(${bytes}));
         await exitAfterFlush(3);`
      : `process.stdout.write('x'.repeat(${bytes})); process.exit(3);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let received = 0;
  // A slow reader: takes a chunk, then stops reading for a moment.
  child.stdout.on('data', (chunk: Buffer) => {
    received += chunk.length;
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 5);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 3) reject(new Error(`exit code ${String(code)}, expected 3`));
      else resolve(received);
    });
  });
}

describe('GIVEN a command whose output goes to a slow pipe', () => {
  const size = 2_000_000;

  it('WHEN it exits THEN every byte reaches the reader and the exit code is kept', async () => {
    expect(await runThroughSlowPipe(size, 'flush')).toBe(size);
  });

  it('WHEN a process exits without flushing THEN the pipe loses output (what the CLI did before)', async () => {
    expect(await runThroughSlowPipe(size, 'immediate')).toBeLessThan(size);
  });
});
