import type { Command } from 'commander';
import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { CliError, type CliContext } from '../../cli/cli-context.js';
import { grievance } from '../protection.schema.js';
import { grievanceKeyring } from './grievance-cipher.service.js';
import { grievanceEvents, type GrievanceRow } from './grievance-events.store.js';
import { overdue } from './grievance-routing.js';
import { runEscalation, type EscalationReport } from './grievance-routing.store.js';
import { requireGrievance } from './grievance.store.js';

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? '—';

/** One line per case: id, status, topic, country, handler, deadlines. No narrative, no person. */
export function formatGrievanceList(rows: readonly GrievanceRow[], now: Date): string {
  if (rows.length === 0) return 'No grievances.\n';
  return rows
    .map((g) => {
      const late = overdue(g, now);
      return (
        `${g.id}  ${g.status.padEnd(20)} ${g.topic.padEnd(25)} ${g.country}  ` +
        `${(g.handlerKind ?? 'unrouted').padEnd(20)} ack ${day(g.acknowledgeBy)} resolve ${day(g.resolveBy)}` +
        `${late ? `  OVERDUE (${late})` : ''}${g.retaliationFlaggedAt ? '  RETALIATION?' : ''}\n`
      );
    })
    .join('');
}

/** What a run of escalation did, as text. */
export function formatEscalation(report: EscalationReport): string {
  return (
    [
      `Checked ${report.checked} open grievances: ${report.escalated.length} escalated, ${report.exhausted.length} overdue with no body left.`,
      ...report.escalated.map(
        (e) => `  escalated ${e.id} (missed ${e.missed}) → ${e.toOrganisationId}`,
      ),
      ...report.exhausted.map((e) => `  overdue   ${e.id} (missed ${e.missed})`),
    ].join('\n') + '\n'
  );
}

/**
 * `passerelle grievances list|show <id>|route`. The command line runs the platform, not a case:
 * it prints no narrative, note or attachment (docs/protection.md#confidentiality).
 */
export function grievancesCommands(program: Command, context: () => CliContext): void {
  const grievances = program
    .command('grievances')
    .description('grievances (rights and protection)');
  const withDb = async <T>(
    work: (ctx: CliContext, db: Awaited<ReturnType<CliContext['openDatabase']>>) => Promise<T>,
  ) => {
    const ctx = context();
    const handle = await ctx.openDatabase();
    try {
      return await work(ctx, handle);
    } finally {
      await handle.close();
    }
  };
  grievances
    .command('list')
    .description('every grievance: status, topic, handler, deadlines (no narrative)')
    .action(() =>
      withDb(async (_ctx, handle) => {
        const rows = await handle.db.select().from(grievance).orderBy(asc(grievance.filedAt));
        process.stdout.write(formatGrievanceList(rows, new Date()));
      }),
    );
  grievances
    .command('show <id>')
    .description('one grievance and its steps (no narrative or notes)')
    .action((id: string) => {
      if (!z.uuid().safeParse(id).success)
        throw new CliError(`<id>: must be a grievance id (UUID), got ${id}`);
      return withDb(async (_ctx, handle) => {
        const g = await requireGrievance(handle.db, id);
        const events = await grievanceEvents(handle.db, id);
        process.stdout.write(
          formatGrievanceList([g], new Date()) +
            events
              .map(
                (e) =>
                  `  ${e.at.toISOString()}  ${e.kind.padEnd(22)} ${e.bodyKind ?? ''}${e.noteCipher ? '  (note)' : ''}${e.disclosed ? ' disclosed' : ''}\n`,
              )
              .join(''),
        );
      });
    });
  grievances
    .command('route')
    .description('run routing and escalation now: cases past a deadline go to the next body')
    .action(() =>
      withDb(async (ctx, handle) => {
        const report = await runEscalation(
          handle.db,
          grievanceKeyring(ctx.config.grievanceKey),
          new Date(),
        );
        process.stdout.write(formatEscalation(report));
      }),
    );
}
