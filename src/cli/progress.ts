import cliProgressLib from 'cli-progress';
import type { ProgressReporter } from '../shared/progress.js';

/** A progress reporter drawing one bar per step on stderr (silent when stderr is not a TTY). */
export function cliProgress(): ProgressReporter {
  let bar: cliProgressLib.SingleBar | undefined;
  const tty = process.stderr.isTTY === true;
  return {
    start(step, total) {
      bar?.stop();
      if (!tty) {
        process.stderr.write(`${step}: ${total} rows\n`);
        bar = undefined;
        return;
      }
      bar = new cliProgressLib.SingleBar(
        {
          format: `${step.padEnd(28)} [{bar}] {percentage}% {value}/{total}`,
          stream: process.stderr,
        },
        cliProgressLib.Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    advance(n) {
      bar?.increment(n);
    },
    finish() {
      bar?.stop();
      bar = undefined;
    },
  };
}
