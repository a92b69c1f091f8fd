import path from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../config/config.js';
import { backupDatabase, restoreDatabase } from '../db/backup.service.js';
import type { DatabaseTarget } from '../db/database.js';
import type { CliContext } from './cli-context.js';

const toStderr = (line: string) => void process.stderr.write(`${line}\n`);

const targetOf = (config: Config): DatabaseTarget =>
  config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: config.dataDir };

/** `passerelle backup FILE` and `passerelle restore FILE [--force]`. */
export function backupCommands(program: Command, context: () => CliContext): void {
  program
    .command('backup <file>')
    .description(
      'write a backup of the whole database to FILE (PGlite: a .tar.gz of the data folder, ' +
        'with the server stopped; PostgreSQL: pg_dump custom format)',
    )
    .action(async (file: string) => {
      await backupDatabase(targetOf(context().config), path.resolve(file), toStderr);
    });
  program
    .command('restore <file>')
    .description('restore a backup written by `passerelle backup` into an empty database')
    .option('--force', 'replace a database that is not empty')
    .action(async (file: string, options: { force?: boolean }) => {
      await restoreDatabase(
        targetOf(context().config),
        path.resolve(file),
        { force: options.force === true },
        toStderr,
      );
    });
}
