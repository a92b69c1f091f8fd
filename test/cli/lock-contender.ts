// A process that races for the data-folder lock on command (see data-dir-lock-race.test.ts).
import { DataDirLockedError, lockDataDir } from '../../src/db/lock.js';

type Order = { type: 'go'; at: number } | { type: 'release' } | { type: 'exit' };

const dataDir = process.argv[2] ?? '';
const send = (message: object) => process.send?.(message);
let release: (() => void) | undefined;

process.on('message', (order: Order) => {
  if (order.type === 'go') {
    while (Date.now() < order.at); // spin, so every contender tries in the same millisecond
    Promise.resolve()
      .then(() => lockDataDir(dataDir))
      .then(
        (r) => {
          release = r;
          send({ won: true });
        },
        (error: unknown) =>
          send({
            won: false,
            owner: error instanceof DataDirLockedError ? error.ownerPid : undefined,
          }),
      );
  } else if (order.type === 'release') {
    release?.();
    release = undefined;
    send({ released: true });
  } else process.exit(0);
});
send({ ready: true });
