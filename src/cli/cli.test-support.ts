import { Command } from 'commander';
import { vi } from 'vitest';
import { loadConfig } from '../config/config.js';
import type { DatabaseHandle } from '../db/database.js';
import type { CliContext } from './cli-context.js';

/**
 * Runs a command area's CLI in this process on a test database (left open), as `passerelle
 * <args>` would, and returns what it printed on stdout; stderr is silenced. Errors are thrown,
 * as `main` receives them.
 */
export async function runCommands(
  register: (program: Command, context: () => CliContext) => void,
  handle: DatabaseHandle,
  args: string[],
): Promise<string> {
  const program = new Command().exitOverride();
  register(program, () => ({
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    openDatabase: async () => ({ ...handle, close: async () => {} }),
  }));
  let out = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await program.parseAsync(args, { from: 'user' });
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  return out;
}
