import type { Command } from 'commander';
import { z } from 'zod';
import type { CliContext } from '../cli/cli-context.js';
import { parseOptions, resolveOrganisation } from './cli-options.cli.js';
import { setupCommand } from './onboarding.cli.js';
import { inviteCommand, organisationsCommands } from './organisations.cli.js';
import { listMessages, type QueuedMessage } from './outbox.store.js';
import { adminResetLink } from './password.service.js';
import { newUserSchema, registerUser } from './user-registration.service.js';
import { ROLES } from './roles.js';

export { parseOptions } from './cli-options.cli.js';

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
  inviteCommand(users, context);
  setupCommand(program, context);
  organisationsCommands(program, context);
  outboxCommands(program, context);
}

/** One message as `passerelle outbox list` prints it, with its delivery state. */
function describeMessage(m: QueuedMessage): string {
  const state = m.sentAt
    ? `sent ${m.sentAt.toISOString()}`
    : m.attempts === 0
      ? 'not sent'
      : `not sent after ${m.attempts} attempt(s), next ${m.nextAttemptAt?.toISOString() ?? 'soon'}` +
        `, last error: ${m.lastError ?? 'unknown'}`;
  return (
    `#${m.id} ${m.createdAt.toISOString()} ${m.kind} to ${m.recipient} (${state})\n` +
    `Subject: ${m.subject}\n\n${m.body}\n`
  );
}

/** `passerelle outbox list`: the messages Passerelle sends (or would send without SMTP_URL). */
function outboxCommands(program: Command, context: () => CliContext): void {
  program
    .command('outbox')
    .description('messages to users (invitations, password-reset links, lock notices)')
    .command('list')
    .description('list queued messages, newest first')
    .option('--all', 'include messages already sent')
    .option('--json', 'print JSON (one array), e.g. to read a link from a script')
    .option('--limit <n>', 'how many messages', '20')
    .action(async (options: { all?: boolean; json?: boolean; limit: string }) => {
      const { limit } = parseOptions(
        z.object({ limit: z.coerce.number().int().min(1).max(1000) }),
        { limit: options.limit },
      );
      const handle = await context().openDatabase();
      try {
        const messages = await listMessages(handle.db, { unsentOnly: !options.all, limit });
        if (options.json) process.stdout.write(JSON.stringify(messages, null, 2) + '\n');
        else if (messages.length === 0) process.stdout.write('No messages.\n');
        else for (const m of messages) process.stdout.write(describeMessage(m));
      } finally {
        await handle.close();
      }
    });
}
