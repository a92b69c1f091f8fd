import type { Command } from 'commander';
import { askSecret } from '../cli/ask-secret.js';
import type { CliContext } from '../cli/cli-context.js';
import { CliError } from '../cli/cli-context.js';
import { parseOptions } from './cli-options.cli.js';
import {
  firstAdministratorSchema,
  setUpFirstAdministrator,
} from './first-administrator.service.js';
import { ORGANISATION_KINDS } from './roles.js';

interface SetupOptions {
  adminEmail: string;
  adminName: string;
  country: string;
  organisation: string;
  organisationKind: string;
  link?: boolean;
}

/** On a terminal, the password twice; elsewhere (or with --link) none: a link sets it. */
async function choosePassword(options: SetupOptions): Promise<string | undefined> {
  if (options.link || !process.stdin.isTTY) return undefined;
  const password = await askSecret('Password for the administrator: ');
  if ((await askSecret('Same password again: ')) !== password) {
    throw new CliError('The two passwords differ; nothing was created.');
  }
  return password;
}

/** `passerelle setup`: creates the first administrator of a database without the demo. */
export function setupCommand(program: Command, context: () => CliContext): void {
  program
    .command('setup')
    .description(
      'create the first administrator and their organisation (refused once an administrator ' +
        'exists); asks for the password on a terminal, otherwise prints a one-time link',
    )
    .requiredOption('--admin-email <email>', "the administrator's login email")
    .requiredOption('--admin-name <name>', "the administrator's display name")
    .requiredOption('--country <code>', "the organisation's country (ISO 3166-1 alpha-2)")
    .option('--organisation <name>', "the administrator's organisation", 'Platform administration')
    .option('--organisation-kind <kind>', `one of ${ORGANISATION_KINDS.join(', ')}`, 'government')
    .option('--link', 'print a one-time link to choose the password, even on a terminal')
    .action(async (options: SetupOptions) => {
      const input = parseOptions(
        firstAdministratorSchema,
        {
          email: options.adminEmail,
          displayName: options.adminName,
          country: options.country,
          organisationName: options.organisation,
          organisationKind: options.organisationKind,
          password: await choosePassword(options),
        },
        {
          email: 'admin-email',
          displayName: 'admin-name',
          organisationName: 'organisation',
          organisationKind: 'organisation-kind',
        },
      );
      const { config } = context();
      const handle = await context().openDatabase();
      try {
        const created = await setUpFirstAdministrator(handle.db, input, {
          now: new Date(),
          publicUrl: config.publicUrl,
        });
        process.stdout.write(`Created administrator ${input.email} (${created.userId}).\n`);
        if (created.link) {
          process.stdout.write(
            `Open this link within ${created.linkMinutes} minutes to choose the password ` +
              `(it works once):\n${created.link}\n`,
          );
        }
      } finally {
        await handle.close();
      }
    });
}
