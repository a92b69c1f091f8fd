import type { Command } from 'commander';
import type { CliContext } from '../cli/cli-context.js';
import type { Database } from '../db/database.js';
import { countrySchema, organisationKindSchema } from './account-fields.js';
import { parseOptions, resolveOrganisation } from './cli-options.cli.js';
import { invitationRequestSchema, inviteToOrganisation } from './invitation.service.js';
import { createOrganisation, organisationInputSchema } from './organisation-admin.service.js';
import {
  findOrganisation,
  listOrganisations,
  membersOf,
  type OrganisationSummary,
} from './organisation.store.js';
import { ORGANISATION_KINDS, ROLES } from './roles.js';
import { z } from 'zod';

/** Runs `work` on the configured database and closes it. */
async function withDatabase<T>(context: () => CliContext, work: (db: Database) => Promise<T>) {
  const handle = await context().openDatabase();
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

const line = (o: OrganisationSummary) =>
  `${o.id}  ${o.country}  ${o.kind.padEnd(26)} ${o.name}${o.active ? '' : ' (deactivated)'}\n`;

const filterSchema = z.object({
  kind: organisationKindSchema.optional(),
  country: countrySchema.optional(),
});

/** `passerelle organisations create|list|show`. */
export function organisationsCommands(program: Command, context: () => CliContext): void {
  const organisations = program.command('organisations').description('organisations');
  organisations
    .command('create')
    .description('create an organisation (audited; a name is unique within a country)')
    .requiredOption('--name <name>', 'name')
    .requiredOption('--kind <kind>', `one of ${ORGANISATION_KINDS.join(', ')}`)
    .requiredOption('--country <code>', 'country (ISO 3166-1 alpha-2)')
    .option('--city <city>', 'city', '')
    .action(async (options: Record<string, string>) => {
      const input = parseOptions(organisationInputSchema, options);
      const id = await withDatabase(context, (db) =>
        createOrganisation(db, input, { actorUserId: null, now: new Date() }),
      );
      process.stdout.write(`Created organisation ${input.name} (${id}).\n`);
    });
  organisations
    .command('list')
    .description('list organisations by name')
    .option('--kind <kind>', 'only of this kind')
    .option('--country <code>', 'only in this country')
    .option('--json', 'print JSON')
    .action(async (options: { kind?: string; country?: string; json?: boolean }) => {
      const filter = parseOptions(filterSchema, { kind: options.kind, country: options.country });
      const all = await withDatabase(context, (db) => listOrganisations(db, filter));
      if (options.json) process.stdout.write(JSON.stringify(all, null, 2) + '\n');
      else process.stdout.write(all.length ? all.map(line).join('') : 'No organisations.\n');
    });
  organisations
    .command('show')
    .description('an organisation and its members')
    .argument('<id-or-name>', 'organisation id, or its exact name')
    .action(async (idOrName: string) => {
      const text = await withDatabase(context, async (db) => {
        const org = await findOrganisation(db, await resolveOrganisation(db, idOrName));
        if (!org) return `No organisation is named "${idOrName}".\n`;
        const members = await membersOf(db, org.id);
        return (
          line(org) +
          (members.map((m) => `  ${m.role.padEnd(22)} ${m.displayName}\n`).join('') ||
            '  no members\n')
        );
      });
      process.stdout.write(text);
    });
}

/** `passerelle users invite`: queues an invitation and prints its link. */
export function inviteCommand(users: Command, context: () => CliContext): void {
  users
    .command('invite')
    .description('invite someone by e-mail to an organisation with a role (link valid 7 days)')
    .requiredOption('--email <email>', 'their e-mail')
    .requiredOption('--organisation <id-or-name>', 'organisation id, or its exact name')
    .requiredOption('--role <role>', `role: ${ROLES.join(', ')}`)
    .action(async (options: { email: string; organisation: string; role: string }) => {
      const request = parseOptions(invitationRequestSchema, options);
      const { config } = context();
      const invited = await withDatabase(context, async (db) =>
        inviteToOrganisation(db, await resolveOrganisation(db, options.organisation), request, {
          actorUserId: null,
          now: new Date(),
          publicUrl: config.publicUrl,
        }),
      );
      process.stdout.write(
        `Invited ${invited.email} as ${request.role} (the message is in the outbox); ` +
          `link, valid until ${invited.expiresAt.toISOString()}:\n${invited.link}\n`,
      );
    });
}
