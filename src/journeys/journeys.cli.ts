import type { Command } from 'commander';
import { z } from 'zod';
import { CliError, type CliContext } from '../cli/cli-context.js';
import { isEvidenceKind } from './evidence-kinds.js';
import { planAdvance } from './journey-plans.js';
import { appendEvent, requireJourney, type EvidenceInput } from './journey.store.js';
import { cohortView, listJourneys } from './journeys.queries.js';
import { isStage } from './stages.js';

const uuid = (flag: string, value: string) => {
  if (!z.uuid().safeParse(value).success)
    throw new CliError(`${flag}: must be an id (UUID), got ${value}`);
  return value;
};
const today = () => new Date().toISOString().slice(0, 10);

/** `passerelle journeys list|show|advance|funnel` (the operator acts as a coordinator). */
export function journeysCommands(program: Command, context: () => CliContext): void {
  const journeys = program
    .command('journeys')
    .description("people's journeys through the migration cycle");

  journeys
    .command('list')
    .description("a partnership's journeys: id, stage, status, since")
    .requiredOption('--partnership <id>', 'the partnership (UUID)')
    .action(async (options: { partnership: string }) => {
      const handle = await context().openDatabase();
      try {
        const page = await listJourneys(
          handle.db,
          { partnershipId: uuid('--partnership', options.partnership) },
          { all: true, personUserId: '', providerOrganisationIds: [], employerOrganisationIds: [] },
          { offset: 0, limit: 100_000 },
        );
        for (const j of page.journeys)
          process.stdout.write(
            `${j.row.id}  ${j.row.stage.padEnd(16)} ${j.row.status.padEnd(9)} since ${j.row.stageSince}  v${j.row.version}\n`,
          );
        process.stdout.write(`${page.total} journeys\n`);
      } finally {
        await handle.close();
      }
    });

  journeys
    .command('show <id>')
    .description('a journey as JSON: state, events and evidence')
    .action(async (id: string) => {
      const handle = await context().openDatabase();
      try {
        const j = await requireJourney(handle.db, uuid('id', id));
        process.stdout.write(
          `${JSON.stringify({ journey: j.row, state: { ...j.state, effective: undefined }, events: j.events, evidence: j.evidence }, null, 2)}\n`,
        );
      } finally {
        await handle.close();
      }
    });

  journeys
    .command('advance <id>')
    .description('move a journey to its next stage, with evidence kind=value pairs')
    .requiredOption('--to <stage>', 'the next stage')
    .option('--evidence <kind=value...>', 'evidence to record with the move')
    .option('--on <date>', 'the day it happened (YYYY-MM-DD)', today())
    .action(async (id: string, options: { to: string; evidence?: string[]; on: string }) => {
      if (!isStage(options.to)) throw new CliError(`--to: not a stage: ${options.to}`);
      const to = options.to;
      const evidence = (options.evidence ?? []).map((pair): EvidenceInput => {
        const [kind, ...rest] = pair.split('=');
        if (!kind || !isEvidenceKind(kind) || rest.length === 0)
          throw new CliError(`--evidence: expected kind=value with a known kind, got ${pair}`);
        return { kind, value: rest.join('='), occurredOn: options.on };
      });
      const handle = await context().openDatabase();
      try {
        const j = await requireJourney(handle.db, uuid('id', id));
        const { state } = await appendEvent(
          handle.db,
          j,
          evidence,
          (held) =>
            planAdvance(
              j.state,
              {
                to,
                expectedVersion: j.state.version,
                occurredOn: options.on,
                performers: ['coordinator'],
              },
              held,
            ),
          {
            actorUserId: null,
            now: new Date(),
            note: 'command line',
            action: 'journey.advance',
            recordedAs: 'coordinator',
          },
        );
        process.stdout.write(`${id}: ${state.stage} (version ${state.version})\n`);
      } finally {
        await handle.close();
      }
    });

  journeys
    .command('funnel')
    .description("a partnership's cohort view: funnel, time in stage, exits, breakdowns")
    .requiredOption('--partnership <id>', 'the partnership (UUID)')
    .option('--json', 'print the whole view as JSON')
    .action(async (options: { partnership: string; json?: boolean }) => {
      const handle = await context().openDatabase();
      try {
        const view = await cohortView(handle.db, {
          partnershipId: uuid('--partnership', options.partnership),
        });
        if (options.json) process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
        else
          for (const f of view.funnel)
            process.stdout.write(
              `${f.stage.padEnd(16)} reached ${String(f.reached).padStart(6)}  now ${f.current}\n`,
            );
      } finally {
        await handle.close();
      }
    });
}
