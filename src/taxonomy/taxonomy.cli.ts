// CONTRACT STUB — the taxonomy helper replaces this file.
import type { Command } from 'commander';
import type { CliContext } from '../cli/cli-context.js';

export function taxonomyCommands(_program: Command, _context: () => CliContext): void {}
