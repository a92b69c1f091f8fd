import { Option, type Command } from 'commander';
import type { CliContext } from '../cli/cli-context.js';
import { CliError } from '../cli/cli-context.js';
import { loadDemoData } from './demo.loader.js';
import type { DemoLogin } from './people.js';
import { DEMO_SCALES, type DemoScale } from './scale.js';

/** Prints the demo logins as a table. */
export function formatLogins(logins: DemoLogin[]): string {
  return (
    'Demo logins (demo-only passwords, never use them for real data):\n' +
    logins.map((l) => `  ${l.role.padEnd(22)} ${l.email.padEnd(42)} ${l.password}\n`).join('')
  );
}

/** `passerelle demo load`: the seeded demo dataset, into an empty database. */
export function demoCommands(program: Command, context: () => CliContext): void {
  const demo = program.command('demo').description('demo data generated from a seed');
  demo
    .command('load')
    .description('load demo organisations and users into an empty database and print the logins')
    .option('--seed <n>', 'seed of the generator (default: DEMO_SEED)')
    .addOption(
      new Option('--scale <scale>', 'how much data (default: DEMO_SCALE)').choices(DEMO_SCALES),
    )
    .action(async (options: { seed?: string; scale?: DemoScale }) => {
      const { config, openDatabase } = context();
      const seed = options.seed === undefined ? config.demoSeed : Number(options.seed);
      if (!Number.isInteger(seed))
        throw new CliError(`--seed: must be an integer, got ${options.seed}`);
      const handle = await openDatabase();
      try {
        const report = await loadDemoData(handle.db, {
          seed,
          scale: options.scale ?? config.demoScale,
          now: new Date(),
        });
        process.stdout.write(
          report.loaded
            ? `Loaded ${report.organisations} organisations and ${report.users} users (seed ${seed}).\n`
            : 'The database already holds organisations: nothing loaded.\n',
        );
        if (report.logins.length > 0) process.stdout.write(formatLogins(report.logins));
      } finally {
        await handle.close();
      }
    });
}
