import { randomInt } from 'node:crypto';
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { CliError, type CliContext } from '../cli/cli-context.js';
import { cliProgress } from '../cli/progress.js';
import { requirePartnership } from '../partnerships/partnership.store.js';
import {
  createRun,
  finishRun,
  locksInForce,
  markRunning,
  requireRun,
} from './allocation-run.store.js';
import { solveInThread } from './allocation-thread.job.js';
import { presentRun } from './allocation-view.store.js';
import { emptyCohortReason } from './cohort-problem.js';
import { cohortScorer } from './cohort-scorer.store.js';
import { problemFromSnapshot, type RunInput, type RunOutcome } from './cohort-snapshot.js';
import { buildRunInput } from './cohort.store.js';
import { runReport } from './run-report.js';

const PROGRESS_STEPS = 100;
/** With --json stdout is the document; the progress bar (stderr) is left out too. */
const silentProgress = { start: () => {}, advance: () => {}, finish: () => {} };

/** A finished run as plain text: its figures, or why there is none. */
export function formatOutcome(
  run: ReturnType<typeof presentRun>,
  outcome: RunOutcome,
  input: RunInput,
): string {
  if (outcome.kind !== 'assignment') return '';
  const s = run.summary;
  const lines = [
    `Run ${run.id} (${run.mode}, seed ${run.seed}, scores: ${input.scoreModel})`,
    `  cohort:      ${input.problem.candidates.length} candidates, ${input.problem.slots.length} slots`,
    `  assigned:    ${s?.assigned ?? 0}, unassigned: ${s?.unassigned ?? 0}`,
    `  objective:   ${outcome.objective.toFixed(1)}`,
    `  dual bound:  ${outcome.dualBound === null ? '—' : outcome.dualBound.toFixed(1)}`,
    `  gap:         ${outcome.gap === null ? '—' : `${(outcome.gap * 100).toFixed(2)}%`}`,
    `  solved in:   ${outcome.durationMs.toFixed(0)} ms, ${outcome.iterations} iterations`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Why a run has no assignment, for stderr. */
export function failureOf(outcome: RunOutcome): string | null {
  if (outcome.kind === 'infeasible') {
    return `the quotas cannot all be met:\n${outcome.conflicts.map((c) => `  - ${c.constraint}: ${c.reason}`).join('\n')}`;
  }
  if (outcome.kind === 'empty' || outcome.kind === 'error') return outcome.reason;
  return null;
}

/** `passerelle allocate --partnership <id> [--mode optimal|stable] [--seed n]`. */
export function allocationCommands(program: Command, context: () => CliContext): void {
  program
    .command('allocate')
    .description("allocate a partnership's cohort to jobs and training seats (stored as a run)")
    .requiredOption('--partnership <id>', 'the partnership (UUID)')
    .addOption(
      new Option('--mode <mode>', 'optimal assignment or deferred acceptance')
        .choices(['optimal', 'stable'])
        .default('optimal'),
    )
    .option('--seed <n>', 'seed of the run (drawn when omitted)')
    .option('--edges <n>', "each candidate's best slots kept", '50')
    .option(
      '--json',
      'print the run as JSON: figures, quota prices, every person with slot, score, reason',
    )
    .action(
      async (options: {
        partnership: string;
        mode: 'optimal' | 'stable';
        seed?: string;
        edges: string;
        json?: boolean;
      }) => {
        if (!z.uuid().safeParse(options.partnership).success) {
          throw new CliError(
            `--partnership: must be a partnership id (UUID), got ${options.partnership}`,
          );
        }
        const seed =
          options.seed === undefined ? randomInt(0, 2_147_483_647) : Number(options.seed);
        if (!Number.isInteger(seed) || seed < 0)
          throw new CliError('--seed: must be a whole number ≥ 0');
        const edges = Number(options.edges);
        if (!Number.isInteger(edges) || edges < 1)
          throw new CliError('--edges: must be a positive integer');
        const handle = await context().openDatabase();
        try {
          const partnership = await requirePartnership(handle.db, options.partnership);
          const now = new Date();
          const input = await buildRunInput(
            handle.db,
            partnership,
            {
              mode: options.mode,
              seed,
              edgesPerCandidate: edges,
              trackShareTolerance: 10,
              perEmployerMax: [],
              locks: await locksInForce(handle.db, partnership.id),
            },
            await cohortScorer(handle.db, partnership.id),
            now,
          );
          const empty = emptyCohortReason(problemFromSnapshot(input.problem));
          if (empty) throw new CliError(empty);
          const runId = await createRun(
            handle.db,
            { partnershipId: partnership.id, input, rerunOf: null },
            { actorUserId: null, now },
          );
          await markRunning(handle.db, runId, new Date());
          const progress = options.json ? silentProgress : cliProgress();
          progress.start(`allocating (${options.mode})`, PROGRESS_STEPS);
          let shown = 0;
          const outcome = await solveInThread(input, (p) => {
            const step = Math.floor(Math.min(1, p) * PROGRESS_STEPS);
            if (step > shown) progress.advance(step - shown);
            shown = Math.max(shown, step);
          }).outcome;
          progress.finish();
          await finishRun(handle.db, runId, outcome, new Date());
          const failure = failureOf(outcome);
          if (failure) throw new CliError(`run ${runId}: ${failure}`);
          const report = { id: runId, partnershipId: partnership.id };
          process.stdout.write(
            options.json
              ? `${JSON.stringify(runReport(report, input, outcome), null, 2)}\n`
              : formatOutcome(presentRun(await requireRun(handle.db, runId)), outcome, input),
          );
        } finally {
          await handle.close();
        }
      },
    );
}
