import { Option, type Command } from 'commander';
import { CliError, type CliContext } from '../cli/cli-context.js';
import { cliProgress } from '../cli/progress.js';
import type { DatabaseHandle } from '../db/database.js';
import { conceptUri } from './esco-uri.js';
import { ensureReferenceData, importReferenceData } from './reference-import.service.js';
import type { ConceptType } from './taxonomy-index.js';
import { activeVersionId, loadTaxonomyIndex } from './taxonomy-index.store.js';
import { presentOccupation, presentSearchHit, presentSkill } from './taxonomy.presenters.js';
import { occupationPage, skillPage } from './taxonomy.store.js';
import { formatOccupation, formatSearchHits, formatSkill } from './taxonomy.cli-format.js';

/** Opens the database, runs `work`, and always closes the handle. */
async function withDatabase<T>(
  context: () => CliContext,
  work: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const handle = await context().openDatabase();
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

async function requireVersion(handle: DatabaseHandle): Promise<string> {
  const id = await activeVersionId(handle.db);
  if (!id) throw new CliError('No taxonomy imported yet: run `passerelle taxonomy import` first.');
  return id;
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new CliError('--limit must be 1..100');
  return n;
}

/** `passerelle taxonomy …`: import the reference data, search it, show concepts. */
export function taxonomyCommands(program: Command, context: () => CliContext): void {
  const taxonomy = program
    .command('taxonomy')
    .description('ESCO occupations and skills, ISCO, ISCED');

  taxonomy
    .command('import')
    .description('import the vendored reference data (ESCO v1.1.1, ISCO, ISCED, countries, EQF)')
    .option('--force', 're-import even when a complete version is active')
    .action(async (options: { force?: boolean }) => {
      const { config } = context();
      await withDatabase(context, async ({ db }) => {
        const report = options.force
          ? await importReferenceData(db, config.referenceDir, cliProgress())
          : await ensureReferenceData(db, config.referenceDir, cliProgress());
        process.stdout.write(
          (report?.summary ?? 'The taxonomy is already imported (use --force to re-import).') +
            '\n',
        );
      });
    });

  taxonomy
    .command('search <query>')
    .description('search occupations and skills (typos tolerated)')
    .addOption(
      new Option('--type <type>', 'only this kind of concept').choices(['occupation', 'skill']),
    )
    .option('--limit <n>', 'results to show (1..100)', parseLimit, 20)
    .option('--json', 'print the results as JSON')
    .action(
      async (query: string, options: { type?: ConceptType; limit: number; json?: boolean }) => {
        await withDatabase(context, async (handle) => {
          await requireVersion(handle);
          const index = await loadTaxonomyIndex(handle.db);
          const hits = index.search(query, {
            ...(options.type ? { type: options.type } : {}),
            limit: options.limit,
          });
          process.stdout.write(
            options.json
              ? JSON.stringify(hits.map(presentSearchHit), null, 2) + '\n'
              : formatSearchHits(query, hits),
          );
        });
      },
    );

  taxonomy
    .command('occupation <id-or-uri>')
    .description('show an occupation with its ISCO path and skills')
    .action(async (idOrUri: string) => {
      await withDatabase(context, async (handle) => {
        const page = await occupationPage(
          handle.db,
          await requireVersion(handle),
          conceptUri('occupation', idOrUri),
        );
        if (!page) throw new CliError(`No occupation ${idOrUri}.`);
        process.stdout.write(formatOccupation(presentOccupation(page)));
      });
    });

  taxonomy
    .command('skill <id-or-uri>')
    .description('show a skill with its groups, collections and occupations')
    .action(async (idOrUri: string) => {
      await withDatabase(context, async (handle) => {
        const page = await skillPage(
          handle.db,
          await requireVersion(handle),
          conceptUri('skill', idOrUri),
        );
        if (!page) throw new CliError(`No skill ${idOrUri}.`);
        process.stdout.write(formatSkill(presentSkill(page)));
      });
    });
}
