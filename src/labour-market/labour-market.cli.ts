import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { parseOptions } from '../accounts/accounts.cli.js';
import type { CliContext } from '../cli/cli-context.js';
import { CliError } from '../cli/cli-context.js';
import { cliProgress } from '../cli/progress.js';
import { PasserelleError } from '../shared/errors.js';
import { activeVersionId } from '../taxonomy/taxonomy-index.store.js';
import { closeImportPool } from '../imports-runtime/parse-pool.job.js';
import { IMPORT_FORMATS, type ImportFormat } from './import-rows.js';
import { importObservationFile } from './observation-import.service.js';
import { gapReport, type GapRow } from './labour-market.queries.js';
import { gapQuerySchema } from './labour-market.schemas.js';
import type { ImportReport } from './observation.store.js';

/** The import report as the CLI prints it: totals, then each rejected line. */
export function formatImportReport(report: ImportReport): string {
  const head = report.alreadyImported
    ? `${report.fileName} was already imported (${report.importId}): nothing changed.\n`
    : `Imported ${report.fileName} as ${report.format}: ${report.rows} rows, ${report.accepted} observations, ${report.rejected.length} rejected.\n`;
  const skipped = report.skipped.map((s) => `  skipped ${s.rows} rows: ${s.reason}\n`).join('');
  const rejected = report.rejected.map((r) => `  line ${r.line}: ${r.reason}\n`).join('');
  return head + skipped + rejected;
}

const fmt = (n: number | null) =>
  n === null ? '—' : Number.isInteger(n) ? String(n) : n.toFixed(2);

/** Gap rows as an aligned text table. */
export function formatGapTable(rows: readonly GapRow[]): string {
  const header = [
    'month',
    'country',
    'region',
    'isco',
    'demand',
    'supply',
    'gap',
    'ratio',
    'class',
    'pers.6',
    'trend',
  ];
  const body = rows.map((r) => [
    r.month,
    r.country,
    r.region || '—',
    r.iscoCode || 'all',
    fmt(r.demand),
    fmt(r.supply),
    fmt(r.gap),
    fmt(r.ratio),
    r.classification,
    fmt(r.persistence.months6),
    r.trend,
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)),
  );
  return (
    [header, ...body]
      .map((row) =>
        row
          .map((c, i) => c.padEnd(widths[i] ?? 0))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

/** `passerelle lmi …`: labour-market imports and gap indicators from the command line. */
export function labourMarketCommands(program: Command, context: () => CliContext): void {
  const lmi = program.command('lmi').description('labour-market intelligence');
  lmi
    .command('import')
    .description(
      'import observations from a CSV, JobPosting JSON-LD / NDJSON, SDMX-CSV or ILOSTAT CSV file',
    )
    .argument('<file>', 'the file to import')
    .addOption(
      new Option('--format <format>', 'the file format (default: detected)').choices(
        IMPORT_FORMATS,
      ),
    )
    .option('--source <source>', 'provenance of JobPosting files (default: the file name)')
    .action(async (file: string, options: { format?: ImportFormat; source?: string }) => {
      if (!fs.existsSync(file)) throw new CliError(`${file}: no such file`);
      const content = fs.readFileSync(file, 'utf8');
      const handle = await context().openDatabase();
      try {
        const report = await importObservationFile(handle.db, {
          versionId: (await activeVersionId(handle.db)) ?? '',
          fileName: path.basename(file),
          content,
          ...options,
          importedBy: null,
          now: new Date(),
          progress: cliProgress(),
        });
        process.stdout.write(formatImportReport(report));
      } catch (error) {
        if (!(error instanceof PasserelleError) || error.fields.length === 0) throw error;
        const lines = error.fields.map((f) => `  ${f.field}: ${f.reason}`).join('\n');
        throw new CliError(`${error.message}\n${lines}`);
      } finally {
        await closeImportPool();
        await handle.close();
      }
    });
  lmi
    .command('gaps')
    .description('gap indicators: demand, supply, gap, ratio, classification, persistence, trend')
    .option('--country <code>', 'ISO 3166-1 alpha-2 country')
    .option('--isco <code>', 'ISCO-08 code prefix (any level)')
    .option('--from <month>', 'first month, YYYY-MM')
    .option('--to <month>', 'last month, YYYY-MM')
    .option('--level <n>', 'ISCO level to roll up to, 1–4', '4')
    .option('--regions', 'keep regions apart (default: whole countries)')
    .option('--skills', 'skill-level gaps instead of occupations')
    .option(
      '--essential-skills',
      'skill gaps derived from the ESCO essential skills of occupations',
    )
    .option('--json', 'print JSON lines instead of a table')
    .action(
      async (options: {
        country?: string;
        isco?: string;
        from?: string;
        to?: string;
        level: string;
        regions?: boolean;
        skills?: boolean;
        essentialSkills?: boolean;
        json?: boolean;
      }) => {
        const query = parseOptions(
          gapQuerySchema,
          {
            ...(options.country ? { country: options.country.toUpperCase() } : {}),
            ...(options.isco ? { isco: options.isco } : {}),
            ...(options.from ? { from: options.from } : {}),
            ...(options.to ? { to: options.to } : {}),
            iscoLevel: options.level,
            regionLevel: options.regions ? 'region' : 'country',
            level: options.essentialSkills
              ? 'essential_skill'
              : options.skills
                ? 'skill'
                : 'occupation',
          },
          { iscoLevel: 'level', regionLevel: 'regions', level: 'skills' },
        );
        const handle = await context().openDatabase();
        try {
          const versionId = (await activeVersionId(handle.db)) ?? '';
          const { rows, truncated } = await gapReport(
            handle.db,
            { ...query, iscoLevel: query.iscoLevel as 1 | 2 | 3 | 4 },
            { versionId },
          );
          if (options.json)
            process.stdout.write(rows.map((r) => JSON.stringify(r) + '\n').join(''));
          else
            process.stdout.write(rows.length ? formatGapTable(rows) : 'No observations match.\n');
          if (truncated) process.stderr.write('(truncated: narrow the query to see every row)\n');
        } finally {
          await handle.close();
        }
      },
    );
}
