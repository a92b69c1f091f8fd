import type { Config } from '../config/config.js';
import { loadConfig } from '../config/config.js';
import { openDatabase, type DatabaseHandle } from '../db/database.js';
import { usePasswordHashCost } from '../accounts/password.js';
import { useSessionCacheMs } from '../accounts/session.store.js';

/** What CLI commands receive: the configuration and a way to open the database once. */
export interface CliContext {
  config: Config;
  /** Opens (and migrates) the configured database; the caller closes it. */
  openDatabase(): Promise<DatabaseHandle>;
}

export function createCliContext(
  env: Record<string, string | undefined> = process.env,
): CliContext {
  const config = loadConfig(env);
  usePasswordHashCost(config.passwordHashCost);
  useSessionCacheMs(config.sessionCacheMs);
  return {
    config,
    openDatabase: () =>
      openDatabase(
        config.databaseUrl
          ? { kind: 'postgres', url: config.databaseUrl }
          : { kind: 'pglite', dataDir: config.dataDir },
      ),
  };
}

/** An error the CLI prints on stderr before exiting non-zero. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
