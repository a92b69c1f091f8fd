import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { CliContext } from '../cli/cli-context.js';
import type { Database } from '../db/database.js';
import { demoCommands } from '../demo/demo.cli.js';
import { PasserelleError, unprocessable } from '../shared/errors.js';
import { organisation } from './accounts.schema.js';
import { newUserSchema, registerUser } from './user-registration.js';
import { ROLES } from './roles.js';

/** Validates command-line input with the same schema as the API, naming every bad option. */
export function parseOptions<S extends z.ZodType>(
  schema: S,
  input: unknown,
  optionNames: Record<string, string> = {},
): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((i) => ({
    field: `--${optionNames[i.path.join('.')] ?? i.path.join('.')}`,
    reason: i.message,
  }));
  throw new PasserelleError(
    'invalid',
    'cli.invalid_options',
    fields.map((f) => `${f.field}: ${f.reason}`).join('; '),
    fields,
  );
}

/** The id of an organisation named by id or by exact name. */
async function resolveOrganisation(db: Database, idOrName: string): Promise<string> {
  const byName = await db
    .select({ id: organisation.id })
    .from(organisation)
    .where(eq(organisation.name, idOrName));
  if (byName.length > 1) {
    throw unprocessable(
      'accounts.ambiguous_organisation',
      `Several organisations are named "${idOrName}"; give its id.`,
    );
  }
  if (byName[0]) return byName[0].id;
  if (z.uuid().safeParse(idOrName).success) return idOrName;
  throw unprocessable('accounts.unknown_organisation', `No organisation is named "${idOrName}".`, [
    { field: '--organisation', reason: 'neither an organisation id nor an exact name' },
  ]);
}

/** `passerelle users …` (and `passerelle demo …`): account administration from the command line. */
export function accountsCommands(program: Command, context: () => CliContext): void {
  const users = program.command('users').description('user accounts');
  users
    .command('create')
    .description(
      'create a user with a first membership (audited; the password is hashed with argon2id)',
    )
    .requiredOption('--email <email>', 'login email')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--password <password>', 'password, at least 12 characters')
    .requiredOption('--organisation <id-or-name>', 'organisation id, or its exact name')
    .requiredOption('--role <role>', `role in the organisation: ${ROLES.join(', ')}`)
    .action(
      async (options: {
        email: string;
        name: string;
        password: string;
        organisation: string;
        role: string;
      }) => {
        const handle = await context().openDatabase();
        try {
          const organisationId = await resolveOrganisation(handle.db, options.organisation);
          const input = parseOptions(
            newUserSchema,
            {
              email: options.email,
              displayName: options.name,
              password: options.password,
              organisationId,
              role: options.role,
            },
            { displayName: 'name', organisationId: 'organisation' },
          );
          const id = await registerUser(handle.db, input, { actorUserId: null, now: new Date() });
          process.stdout.write(`Created user ${input.email} (${id}) as ${input.role}.\n`);
        } finally {
          await handle.close();
        }
      },
    );
  demoCommands(program, context);
}
