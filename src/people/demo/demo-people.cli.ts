import { eq } from 'drizzle-orm';
import { Option, type Command } from 'commander';
import { organisation } from '../../accounts/accounts.schema.js';
import { CliError, type CliContext } from '../../cli/cli-context.js';
import { demoOccupationSkills } from './demo-people.store.js';
import { generatePeople, generateVacancies } from './demo-people.js';
import { profiledOccupations } from './demo-occupations.js';

const positiveInt = (name: string, value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--${name} must be a positive integer`);
  return n;
};

/**
 * `passerelle people generate`: demo candidates or vacancies as NDJSON on stdout, streamed in
 * batches at any scale (benchmarks), drawn from the active taxonomy's occupation skills.
 */
export function demoPeopleCommands(program: Command, context: () => CliContext): void {
  program
    .command('people')
    .description('people, jobs and training demo data')
    .command('generate')
    .description('generated candidates or vacancies as NDJSON (same seed, same output)')
    .addOption(
      new Option('--kind <kind>', 'what to generate')
        .choices(['candidates', 'vacancies'])
        .default('candidates'),
    )
    .option('--count <n>', 'how many', '1000')
    .option('--seed <n>', 'seed of the generator', '1')
    .action(async (options: { kind: 'candidates' | 'vacancies'; count: string; seed: string }) => {
      const count = positiveInt('count', options.count);
      const seed = Number(options.seed);
      if (!Number.isInteger(seed)) throw new CliError('--seed must be an integer');
      const handle = await context().openDatabase();
      try {
        const relations = await demoOccupationSkills(handle.db);
        if (profiledOccupations(relations).length === 0)
          throw new CliError(
            'No taxonomy is imported yet: run `passerelle taxonomy import` first.',
          );
        const employers =
          options.kind === 'vacancies'
            ? await handle.db
                .select({
                  id: organisation.id,
                  name: organisation.name,
                  country: organisation.country,
                })
                .from(organisation)
                .where(eq(organisation.kind, 'employer'))
            : [];
        if (options.kind === 'vacancies' && employers.length === 0)
          throw new CliError('No employer organisation exists: load the demo first.');
        const batches =
          options.kind === 'candidates'
            ? generatePeople({ seed, count, relations })
            : generateVacancies({ seed, count, relations, employers });
        for (const batch of batches) {
          const lines = batch.map((row) => JSON.stringify(row)).join('\n');
          if (!process.stdout.write(`${lines}\n`)) {
            await new Promise((resolve) => process.stdout.once('drain', resolve));
          }
        }
      } finally {
        await handle.close();
      }
    });
}
