import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const contenderScript = path.join(import.meta.dirname, 'lock-contender.ts');
const contenders = 12;
const trials = 15;

interface Answer {
  ready?: boolean;
  won?: boolean;
  owner?: number;
  released?: boolean;
}

/** The next message of a contender. */
function nextAnswer(child: ChildProcess): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const onExit = () => reject(new Error(`contender ${child.pid} exited`));
    child.once('exit', onExit);
    child.once('message', (answer: Answer) => {
      child.off('exit', onExit);
      resolve(answer);
    });
  });
}

describe('GIVEN a stale lock (the pid of a dead process) and many processes starting together', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-lock-race-'));
  const lockFile = path.join(dataDir, 'passerelle.lock');
  let children: ChildProcess[] = [];

  beforeAll(async () => {
    children = Array.from({ length: contenders }, () =>
      fork(contenderScript, [dataDir], { execArgv: ['--import', 'tsx'], stdio: 'ignore' }),
    );
    children.forEach((c) => c.on('error', () => undefined));
    await Promise.all(children.map(nextAnswer));
  }, 60_000);

  afterAll(() => {
    for (const child of children) child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(`WHEN ${contenders} processes take the lock in the same millisecond, ${trials} times THEN exactly one wins each time and the others name it`, async () => {
    for (let trial = 0; trial < trials; trial++) {
      fs.writeFileSync(lockFile, '999999999'); // no such process
      const answers = children.map(nextAnswer);
      const at = Date.now() + 150;
      for (const child of children) child.send({ type: 'go', at });
      const results = await Promise.all(answers);
      const winners = children.filter((_, i) => results[i]?.won);
      expect(winners, `trial ${trial}`).toHaveLength(1);
      const winner = winners[0] as ChildProcess;
      expect(
        results.filter((r) => !r.won).map((r) => r.owner),
        `trial ${trial}`,
      ).toEqual(Array<number | undefined>(contenders - 1).fill(winner.pid));
      const released = nextAnswer(winner);
      winner.send({ type: 'release' });
      await released;
    }
  }, 120_000);
});
