import type { Command } from 'commander';
import { z } from 'zod';
import { actingUser, parseOptions } from '../../accounts/cli-options.cli.js';
import type { CliContext } from '../../cli/cli-context.js';
import { isoDateSchema } from '../profile-fields.js';
import type { Enrolment } from './enrolment.js';
import { enrolPerson, withdrawPersonEnrolment } from './enrolment.service.js';
import type { EnrolmentFollowUp } from './enrolment.store.js';

/** What the programme commands are given by the composition root (src/cli/main.ts). */
export interface ProgrammesCliWiring {
  /** Runs in the transaction recording an enrolment (the journeys open or move on). */
  enrolmentFollowUp?: EnrolmentFollowUp;
}

const today = () => new Date().toISOString().slice(0, 10);

// The same rules as the API's body and parameters (enrolment.routes.ts).
const enrolOptions = z.object({
  programme: z.uuid(),
  person: z.uuid(),
  on: isoDateSchema,
  as: z.string().trim().min(1),
});
const withdrawOptions = z.object({
  programme: z.uuid(),
  enrolment: z.uuid(),
  on: isoDateSchema,
  reason: z.string().trim().min(1).max(500),
  as: z.string().trim().min(1),
});

const line = (e: Enrolment) =>
  `${e.id}  ${e.name}  enrolled ${e.enrolledOn}${e.withdrawnOn ? `  withdrawn ${e.withdrawnOn}: ${e.withdrawalReason}` : ''}\n`;

/**
 * `passerelle programmes enrol|withdraw`: a provider's trainer (or an admin), named by `--as`,
 * enrols a person in a programme or withdraws an enrolment through the service the API uses
 * (same policy, date checks, audit and journeys); errors go to stderr with a non-zero exit.
 */
export function programmesCommands(
  program: Command,
  context: () => CliContext,
  wiring: ProgrammesCliWiring = {},
): void {
  const programmes = program.command('programmes').description("training providers' programmes");

  programmes
    .command('enrol <programme>')
    .description(
      'enrol a person in the programme (opens or moves on their journey in each linked partnership whose cohort they belong to)',
    )
    .requiredOption('--person <candidateId>', 'the person (candidate id)')
    .requiredOption('--as <email>', "the acting user: a trainer of the programme's provider")
    .option('--on <date>', 'the day of the enrolment (YYYY-MM-DD)', today())
    .action(async (programme: string, options: { person: string; on: string; as: string }) => {
      const input = parseOptions(enrolOptions, { ...options, programme });
      const handle = await context().openDatabase();
      try {
        const actor = await actingUser(handle.db, input.as);
        const { enrolment } = await enrolPerson(
          handle.db,
          input.programme,
          { candidateId: input.person, enrolledOn: input.on },
          { actor, now: new Date() },
          wiring.enrolmentFollowUp,
        );
        process.stdout.write(line(enrolment));
      } finally {
        await handle.close();
      }
    });

  programmes
    .command('withdraw <programme> <enrolment>')
    .description('withdraw an enrolment with its reason (the journeys stay as they are)')
    .requiredOption('--reason <text>', 'why the person leaves the programme')
    .requiredOption('--as <email>', "the acting user: a trainer of the programme's provider")
    .option('--on <date>', 'the day of the withdrawal (YYYY-MM-DD)', today())
    .action(
      async (
        programme: string,
        enrolment: string,
        options: { reason: string; on: string; as: string },
      ) => {
        const input = parseOptions(withdrawOptions, { ...options, programme, enrolment });
        const handle = await context().openDatabase();
        try {
          const actor = await actingUser(handle.db, input.as);
          const { enrolment: saved } = await withdrawPersonEnrolment(
            handle.db,
            input.programme,
            input.enrolment,
            { withdrawnOn: input.on, reason: input.reason },
            { actor, now: new Date() },
          );
          process.stdout.write(line(saved));
        } finally {
          await handle.close();
        }
      },
    );
}
