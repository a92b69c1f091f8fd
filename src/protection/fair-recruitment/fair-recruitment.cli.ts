import type { Command } from 'commander';
import { z } from 'zod';
import { CliError, type CliContext } from '../../cli/cli-context.js';
import { requirePartnership } from '../../partnerships/partnership.store.js';
import { partnershipReport } from './fair-recruitment-report.service.js';
import { presentReport } from './fair-recruitment.presenters.js';

type Report = ReturnType<typeof presentReport>;

const months = (x: number | null) => (x === null ? '—' : `${x.toFixed(2)} months of income`);
const share = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)} %`);

/** The report as plain text: the indicator overall and per cohort, then the flags. */
export function formatReport(title: string, r: Report): string {
  const lines = [
    `${title}: ${r.indicator}`,
    `  ${r.definition}`,
    `  overall: median ${months(r.overall.median)}, mean ${months(r.overall.mean)}, paid anything ${share(r.overall.shareWhoPaid)} of ${r.overall.people} people (${r.overall.computed} computed)`,
    ...r.byCohort.map(
      (c) =>
        `  cohort ${c.cohort.padEnd(8)} median ${months(c.median)}, paid anything ${share(c.shareWhoPaid)} of ${c.people}`,
    ),
    `  people who paid a cost the employer should pay: ${r.overall.peopleWithEmployerPaysFlags}`,
    `  contracts flagged for possible substitution: ${r.substitutionFlags}`,
    `  rules: employer pays ${r.rules.employerPays.join(', ') || 'nothing'}; wage −${r.rules.tolerances.wageDropPercent} %, hours +${r.rules.tolerances.hoursRisePercent} %${r.rulesAreDefault ? ' (defaults)' : ''}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** `passerelle fair-recruitment report --partnership <id> [--json]`. */
export function fairRecruitmentCommands(program: Command, context: () => CliContext): void {
  const fair = program
    .command('fair-recruitment')
    .description('fair recruitment: SDG 10.7.1 recruitment costs, contract substitution');
  fair
    .command('report')
    .description("a partnership's SDG 10.7.1 figures and flags")
    .requiredOption('--partnership <id>', 'partnership id (UUID)')
    .option('--json', 'print JSON (with each person’s line)')
    .action(async (options: { partnership: string; json?: boolean }) => {
      if (!z.uuid().safeParse(options.partnership).success) {
        throw new CliError(
          `--partnership: must be a partnership id (UUID), got ${options.partnership}`,
        );
      }
      const handle = await context().openDatabase();
      try {
        const partnership = await requirePartnership(handle.db, options.partnership);
        const { report, rules, rulesAreDefault } = await partnershipReport(
          handle.db,
          partnership.id,
        );
        const presented = presentReport(partnership.id, report, rules, rulesAreDefault, true);
        process.stdout.write(
          options.json
            ? `${JSON.stringify({ ...presented, compliance: report.compliance }, null, 2)}\n`
            : formatReport(partnership.title, presented),
        );
      } finally {
        await handle.close();
      }
    });
}
