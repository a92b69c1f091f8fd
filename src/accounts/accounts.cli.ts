import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { CliContext } from '../cli/cli-context.js';
import type { Database } from '../db/database.js';
import { PasserelleError, unprocessable } from '../shared/errors.js';
import { organisation } from './accounts.schema.js';
import { listMessages } from './outbox.store.js';
import { adminResetLink } from './password.service.js';
import { newUserSchema, registerUser } from './user-registration.service.js';
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

/** `passerelle users …`: account administration from the command line. */
export function accountsCommands(program: Command, context: () => CliContext): void {
  const users = program.command('users').description('user accounts');
  users
    .command('create')
    .description(
      'create a user with a first membership (audited; the password is hashed with argon2id)',
    )
    .requiredOption('--email <email>', 'login email')
    .requiredOption('--name <name>', 'display name')
    .requiredOption(
      '--password <password>',
      'password: 12+ characters, not common, not built from the email',
    )
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
  users
    .command('reset-link')
    .description(
      'print a single-use link (30 minutes) for the user to choose a new password (audited)',
    )
    .argument('<email>', 'login email of the user')
    .action(async (email: string) => {
      const { config } = context();
      const handle = await context().openDatabase();
      try {
        const link = await adminResetLink(handle.db, email, {
          now: new Date(),
          publicUrl: config.publicUrl,
        });
        process.stdout.write(`${link}\n`);
      } finally {
        await handle.close();
      }
    });
  outboxCommands(program, context);
}

/** `passerelle outbox list`: the messages Passerelle would have sent (no delivery yet). */
function outboxCommands(program: Command, context: () => CliContext): void {
  program
    .command('outbox')
    .description('messages to users (password-reset links, lock notices)')
    .command('list')
    .description('list queued messages, newest first')
    .option('--all', 'include messages already sent')
    .option('--limit <n>', 'how many messages', '20')
    .action(async (options: { all?: boolean; limit: string }) => {
      const { limit } = parseOptions(
        z.object({ limit: z.coerce.number().int().min(1).max(1000) }),
        { limit: options.limit },
      );
      const handle = await context().openDatabase();
      try {
        const messages = await listMessages(handle.db, { unsentOnly: !options.all, limit });
        for (const m of messages) {
          const sent = m.sentAt ? `sent ${m.sentAt.toISOString()}` : 'not sent';
          process.stdout.write(
            `#${m.id} ${m.createdAt.toISOString()} ${m.kind} to ${m.recipient} (${sent})\n` +
              `Subject: ${m.subject}\n\n${m.body}\n`,
          );
        }
        if (messages.length === 0) process.stdout.write('No messages.\n');
      } finally {
        await handle.close();
      }
    });
}
