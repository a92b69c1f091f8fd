// CONTRACT STUB — the accounts helper replaces this file.
import type { Command } from 'commander';
import type { CliContext } from '../cli/cli-context.js';

export function accountsCommands(_program: Command, _context: () => CliContext): void {}
