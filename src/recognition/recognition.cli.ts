import fs from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { parseOptions } from '../accounts/accounts.cli.js';
import type { CliContext } from '../cli/cli-context.js';
import { loadTaxonomyIndex } from '../taxonomy/taxonomy-index.store.js';
import { evaluateRecognition, qualificationsByIds, type TargetSpec } from './evaluation.store.js';
import { loadRegistry } from './framework.store.js';
import { presentRecognition } from './recognition.presenters.js';
import { validateQualification, type Qualification } from './qualification.js';
import { countrySchema, isoDateSchema, qualificationSchema } from './recognition.schemas.js';
import { assertNoProblems } from './recognition-problems.js';
import { rplSkillsOf } from './rpl.store.js';
import { seedRecognitionData } from './recognition-seed.service.js';

const optionsSchema = z
  .object({
    qualification: z.array(z.string()).default([]),
    qualificationFile: z.string().optional(),
    person: z.uuid().optional(),
    country: countrySchema.optional(),
    occupation: z.string().optional(),
    targetQualification: z.string().optional(),
    asOf: isoDateSchema.optional(),
    json: z.boolean().default(false),
  })
  .refine((o) => o.targetQualification || (o.country && o.occupation), {
    message: 'give --country and --occupation, or --target-qualification',
    path: ['occupation'],
  });

const collect = (value: string, previous: string[] = []) => [...previous, value];

function adHocQualification(file: string): Qualification {
  const parsed = qualificationSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success)
    return parseOptions(qualificationSchema, parsed, { '': 'qualification-file' });
  return parsed.data;
}

/** `passerelle recognize …` and `passerelle recognition seed`: the engine from the command line. */
export function recognitionCommands(program: Command, context: () => CliContext): void {
  program
    .command('recognize')
    .description(
      'explain whether qualifications (stored, ad-hoc, or a person’s RPL results) are recognised for a target',
    )
    .option('--qualification <id>', 'a stored qualification (repeatable)', collect)
    .option(
      '--qualification-file <file>',
      'an ad-hoc qualification as JSON (same shape as the API)',
    )
    .option('--person <userId>', "add the person's RPL-evidenced skills")
    .option('--country <CC>', 'target country (ISO 3166-1 alpha-2)')
    .option('--occupation <esco>', 'target ESCO occupation (URI or id)')
    .option('--target-qualification <id>', 'target: a stored qualification of the destination')
    .option('--as-of <date>', 'evaluate as of this date (YYYY-MM-DD; default today)')
    .option('--json', 'print the full result as JSON')
    .action(async (raw: Record<string, unknown>) => {
      const o = parseOptions(optionsSchema, raw, {
        qualificationFile: 'qualification-file',
        targetQualification: 'target-qualification',
        asOf: 'as-of',
      });
      const handle = await context().openDatabase();
      try {
        const db = handle.db;
        const adHoc = o.qualificationFile ? [adHocQualification(o.qualificationFile)] : [];
        const { frameworks } = await loadRegistry(db);
        adHoc.forEach((q) => assertNoProblems(validateQualification(q, frameworks)));
        const qualifications = [
          ...(await qualificationsByIds(db, o.qualification, '--qualification')),
          ...adHoc,
        ];
        const skills = o.person ? await rplSkillsOf(db, o.person) : [];
        const target: TargetSpec = o.targetQualification
          ? { qualificationId: o.targetQualification }
          : { country: o.country!, occupation: o.occupation! };
        const asOf = o.asOf ?? new Date().toISOString().slice(0, 10);
        const result = await evaluateRecognition(
          db,
          { qualifications, skills, experience: [] },
          target,
          asOf,
        );
        const index = await loadTaxonomyIndex(db);
        const presented = presentRecognition(
          result,
          (uri) => index.concept(uri)?.preferredLabel ?? uri,
        );
        if (o.json) return void process.stdout.write(`${JSON.stringify(presented, null, 2)}\n`);
        const lines = [
          `Target: ${result.target.label}, as of ${asOf} (${result.rulesVersion})`,
          `Outcome: ${result.outcome.toUpperCase()}${result.qualificationId ? ` — on ${result.qualificationId}` : ''}`,
          ...presented.explanation.map((line) => `  - ${line}`),
          `Covered (${result.coverage.covered.length}): ${result.coverage.covered.map((s) => index.concept(s.skillUri)?.preferredLabel ?? s.skillUri).join(', ') || 'none'}`,
          `Missing (${result.coverage.missing.length}): ${result.coverage.missing.map((u) => index.concept(u)?.preferredLabel ?? u).join(', ') || 'none'}`,
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        await handle.close();
      }
    });

  program
    .command('recognition')
    .description('recognition reference data')
    .command('seed')
    .description(
      'load the EQF, ACQF and national referencing facts (and, with --demo, the demo frameworks, qualifications, catalogue and agreements)',
    )
    .option('--demo', 'also load the demo data (marked demo)')
    .action(async (raw: { demo?: boolean }) => {
      const handle = await context().openDatabase();
      try {
        await seedRecognitionData(handle.db, context().config.referenceDir, {
          demo: raw.demo ?? false,
        });
        process.stdout.write(
          `recognition reference data loaded${raw.demo ? ' (with demo data)' : ''}\n`,
        );
      } finally {
        await handle.close();
      }
    });
}
