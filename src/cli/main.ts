import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/config.js';
import { DataDirLockedError } from '../db/lock.js';
import { PasserelleError } from '../shared/errors.js';
import { accountsCommands } from '../accounts/accounts.cli.js';
import { demoCommands } from '../demo/demo.cli.js';
import { taxonomyCommands } from '../taxonomy/taxonomy.cli.js';
import { recognitionCommands } from '../recognition/recognition.cli.js';
import {
  recognitionAgreementCountries,
  recognitionAgreementIds,
} from '../recognition/recognition-agreements.queries.js';
import { partnershipsCommands } from '../partnerships/partnerships.cli.js';
import { labourMarketCommands } from '../labour-market/labour-market.cli.js';
import { peopleCommands } from '../people/people.cli.js';
import { allocationCommands } from '../allocation/allocation.cli.js';
import { journeysCommands } from '../journeys/journeys.cli.js';
import { journeysAfterProgrammeEvent } from '../journeys/programme-follow-up.service.js';
import { matchingCommands } from '../matching/matching.cli.js';
import { grievancesCommands } from '../protection/grievances/grievances.cli.js';
import { fairRecruitmentCommands } from '../protection/fair-recruitment/fair-recruitment.cli.js';
import { passportCommands } from '../passport/passport.cli.js';
import { loggableStack } from '../shared/loggable-error.js';
import { createCliContext, CliError, type CliContext } from './cli-context.js';
import { exitAfterFlush } from './exit.js';
import { serveCommand } from './serve.js';
import { backupCommands } from './backup.js';

/** Builds the `passerelle` command tree; each area adds its own commands. */
export function buildProgram(context: () => CliContext): Command {
  const program = new Command('passerelle')
    .description('Passerelle: an open platform for skills mobility partnerships')
    .exitOverride()
    .showHelpAfterError();
  serveCommand(program, context);
  backupCommands(program, context);
  taxonomyCommands(program, context);
  accountsCommands(program, context);
  demoCommands(program, context);
  recognitionCommands(program, context);
  partnershipsCommands(program, context, {
    recognitionAgreementIds,
    recognitionAgreementCountries,
  });
  labourMarketCommands(program, context);
  peopleCommands(program, context, { enrolmentFollowUp: journeysAfterProgrammeEvent });
  allocationCommands(program, context);
  journeysCommands(program, context);
  matchingCommands(program, context);
  grievancesCommands(program, context);
  fairRecruitmentCommands(program, context);
  passportCommands(program, context);
  return program;
}

async function main(argv: string[]): Promise<number> {
  // Every file Passerelle writes (database, backups, exports) is private to its user.
  process.umask(0o077);
  let cached: CliContext | undefined;
  const context = () => (cached ??= createCliContext());
  try {
    await buildProgram(context).parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (
      error instanceof CliError ||
      error instanceof ConfigError ||
      error instanceof DataDirLockedError ||
      error instanceof PasserelleError
    ) {
      process.stderr.write(`passerelle: ${error.message}\n`);
      return error instanceof CliError ? error.exitCode : 1;
    }
    // Without values: a failed query's message lists its parameters (e-mails, hashes).
    process.stderr.write(`passerelle: unexpected error: ${loggableStack(error)}\n`);
    return 2;
  }
}

const code = await main(process.argv);
if (code !== 0 || !process.argv.includes('serve')) await exitAfterFlush(code);
