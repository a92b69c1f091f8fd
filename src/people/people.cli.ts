import fs from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { CliError, type CliContext } from '../cli/cli-context.js';
import type { Database } from '../db/database.js';
import { extractConcepts } from '../extraction/extract-concepts.js';
import { countryNames, lexiconOf } from '../extraction/extraction-lexicon.store.js';
import { PasserelleError } from '../shared/errors.js';
import { loadTaxonomyIndex } from '../taxonomy/taxonomy-index.store.js';
import { listCandidates, saveProfile } from './candidates/candidate.store.js';
import { MAX_IMPORT_BYTES } from './candidates/candidate.routes.js';
import { importEuropassXml } from './imports/europass-xml.import.js';
import { buildImportVocabulary } from './imports/import-vocabulary.js';
import { importJobPosting } from './imports/jobposting.import.js';
import { importJsonResume } from './imports/json-resume.import.js';
import {
  exportCandidatesCsv,
  importCandidatesCsv,
  importVacanciesCsv,
} from './imports/people-csv.js';
import { saveVacancy } from './vacancies/vacancy.store.js';
import { demoPeopleCommands } from './demo/demo-people.cli.js';
import { programmesCommands, type ProgrammesCliWiring } from './programmes/programmes.cli.js';

async function lexiconFor(db: Database) {
  const taxonomy = await loadTaxonomyIndex(db);
  if (taxonomy.size === 0)
    throw new CliError('No taxonomy is imported yet: run `passerelle taxonomy import` first.');
  return lexiconOf(taxonomy);
}

async function readUpload(file: string): Promise<string> {
  const stat = await fs.stat(file).catch(() => {
    throw new CliError(`${file}: no such file`);
  });
  if (stat.size > MAX_IMPORT_BYTES)
    throw new CliError(`${file}: larger than ${MAX_IMPORT_BYTES} bytes`);
  return fs.readFile(file, 'utf8');
}

/** Domain errors become CLI errors naming the path in the document. */
function asCliError(file: string, error: unknown): never {
  if (error instanceof PasserelleError) throw new CliError(`${file}: ${error.message}`);
  throw error;
}

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

/**
 * `passerelle extract`, `passerelle candidates import|export`, `passerelle vacancies import`,
 * `passerelle people generate`, `passerelle programmes enrol|withdraw`.
 */
export function peopleCommands(
  program: Command,
  context: () => CliContext,
  wiring: ProgrammesCliWiring = {},
): void {
  demoPeopleCommands(program, context);
  programmesCommands(program, context, wiring);
  program
    .command('extract <text>')
    .description('ESCO skills and occupations found in a text, ranked with their confidence')
    .addOption(
      new Option('--type <type>', 'only skills or only occupations').choices([
        'skill',
        'occupation',
      ]),
    )
    .option('--limit <n>', 'hits wanted', '10')
    .action(async (text: string, options: { type?: 'skill' | 'occupation'; limit: string }) => {
      const handle = await context().openDatabase();
      try {
        const hits = extractConcepts(await lexiconFor(handle.db), text, {
          ...(options.type ? { type: options.type } : {}),
          limit: Number(options.limit),
        });
        for (const h of hits) {
          process.stdout.write(
            `${h.confidence.toFixed(2)}  ${h.type.padEnd(10)} ${h.preferredLabel}  (${h.matchedKind}: ${h.matchedLabel})  ${h.uri}\n`,
          );
        }
      } finally {
        await handle.close();
      }
    });

  const candidates = program.command('candidates').description('candidate profiles');
  candidates
    .command('import <file>')
    .description(
      'read a CV (JSON Resume, Europass XML) or a candidates CSV; print what was mapped and what not',
    )
    .option(
      '--commit',
      'store the CSV rows as candidates (without a login); otherwise only preview',
    )
    .action(async (file: string, options: { commit?: boolean }) => {
      const text = await readUpload(file);
      const handle = await context().openDatabase();
      try {
        const ext = path.extname(file).toLowerCase();
        if (ext === '.csv') {
          const result = (() => {
            try {
              return importCandidatesCsv(text);
            } catch (e) {
              return asCliError(file, e);
            }
          })();
          for (const r of result.rejected)
            process.stderr.write(`${file}: ${r.path}: ${r.reason}\n`);
          if (options.commit && result.rejected.length === 0) {
            for (const { record } of result.accepted) {
              await saveProfile(handle.db, { userId: null }, record, {
                actorUserId: null,
                now: new Date(),
              });
            }
          }
          process.stdout.write(
            `${result.accepted.length} accepted, ${result.rejected.length} rejected${options.commit ? (result.rejected.length ? ' (nothing stored: fix the rejected lines first)' : ', stored') : ' (preview)'}\n`,
          );
          if (options.commit && result.rejected.length) throw new CliError('import refused');
          return;
        }
        const vocabulary = buildImportVocabulary(
          await lexiconFor(handle.db),
          await countryNames(handle.db),
        );
        try {
          print(
            ext === '.xml'
              ? importEuropassXml(text, vocabulary)
              : importJsonResume(JSON.parse(text), vocabulary),
          );
        } catch (error) {
          if (error instanceof SyntaxError)
            throw new CliError(`${file}: not valid JSON (${error.message})`);
          asCliError(file, error);
        }
      } finally {
        await handle.close();
      }
    });
  candidates
    .command('export')
    .description('all candidates as CSV (the import columns)')
    .action(async () => {
      const handle = await context().openDatabase();
      try {
        const { candidates } = await listCandidates(handle.db, 'all', {
          limit: 1_000_000,
          offset: 0,
        });
        process.stdout.write(exportCandidatesCsv(candidates.map((c) => c.profile)));
      } finally {
        await handle.close();
      }
    });

  program
    .command('vacancies')
    .description('vacancies')
    .command('import <file>')
    .description(
      'read a schema.org JobPosting (.jsonld, preview) or a vacancies CSV (--commit stores it)',
    )
    .option('--commit', 'store the CSV rows')
    .action(async (file: string, options: { commit?: boolean }) => {
      const text = await readUpload(file);
      const handle = await context().openDatabase();
      try {
        if (path.extname(file).toLowerCase() === '.csv') {
          const result = (() => {
            try {
              return importVacanciesCsv(text);
            } catch (e) {
              return asCliError(file, e);
            }
          })();
          for (const r of result.rejected)
            process.stderr.write(`${file}: ${r.path}: ${r.reason}\n`);
          if (result.rejected.length)
            throw new CliError(`${result.rejected.length} problem(s): nothing stored`);
          if (options.commit)
            for (const { record } of result.accepted)
              await saveVacancy(handle.db, record, new Date());
          process.stdout.write(
            `${result.accepted.length} vacancies ${options.commit ? 'stored' : 'valid (preview)'}\n`,
          );
          return;
        }
        const vocabulary = buildImportVocabulary(
          await lexiconFor(handle.db),
          await countryNames(handle.db),
        );
        try {
          print(importJobPosting(JSON.parse(text), vocabulary));
        } catch (error) {
          if (error instanceof SyntaxError)
            throw new CliError(`${file}: not valid JSON (${error.message})`);
          asCliError(file, error);
        }
      } finally {
        await handle.close();
      }
    });
}
