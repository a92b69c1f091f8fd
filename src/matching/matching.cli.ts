import type { Command } from 'commander';
import { z } from 'zod';
import { CliError, type CliContext } from '../cli/cli-context.js';
import type { Database } from '../db/database.js';
import { TRACKS, type Track } from '../people/profile-fields.js';
import { loadTaxonomyIndex } from '../taxonomy/taxonomy-index.store.js';
import type { explanationSchema, pathwaySchema } from './matching.presenters.js';
import { candidateMatches, openingMatches } from './matching.queries.js';
import { MatchingService } from './matching.service.js';
import { rankingPartnership, weightsFor } from './matching.store.js';

type Explanation = z.infer<typeof explanationSchema>;
type Pathway = z.infer<typeof pathwaySchema> | null;

const listOf = (value: string | undefined, pattern: RegExp, option: string) => {
  if (value === undefined) return undefined;
  const items = value.split(',');
  const bad = items.find((x) => !pattern.test(x));
  if (bad !== undefined) throw new CliError(`${option}: "${bad}" is not valid`);
  return items;
};

const pageOf = (options: { limit: string }) => {
  const limit = Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50)
    throw new CliError(`--limit: must be a whole number from 1 to 50, got ${options.limit}`);
  return { limit, offset: 0 };
};

/** A result's score as people read it, with the exact score beside it: `good 60/100 (29.3)`. */
export const ratingText = (m: { score: number; rating: Explanation['rating'] }) =>
  `${m.rating.band} ${m.rating.value}/100 (${m.score.toFixed(1)})`;

/** The reasons of one result as indented lines. */
export function formatExplanation(e: Explanation, pathway: Pathway): string[] {
  const names = (xs: { label: string }[]) => xs.map((x) => x.label).join('; ') || '—';
  const essential = e.essential;
  const total = essential.held.length + essential.partial.length + essential.missing.length;
  const lines = [
    `    essential skills: ${essential.held.length} held, ${essential.partial.length} in part, ${essential.missing.length} missing of ${total}`,
    `      held:    ${names(essential.held)}`,
    ...(essential.partial.length
      ? [
          `      in part: ${essential.partial.map((p) => `${p.label} (via ${p.via.label})`).join('; ')}`,
        ]
      : []),
    ...(essential.missing.length ? [`      missing: ${names(essential.missing)}`] : []),
    ...e.language.languages.map(
      (l) =>
        `    language ${l.tag}${l.skill ? ` (${l.skill})` : ''}: ${l.held ?? 'not spoken'} of ${l.required} required`,
    ),
    ...(e.qualification.requiredEqfLevel !== null
      ? [
          `    qualification: EQF ${e.qualification.heldEqfLevel ?? '?'} of ${e.qualification.requiredEqfLevel} required`,
        ]
      : []),
    ...(e.qualification.recognition ? [`    recognition: ${e.qualification.recognition}`] : []),
    ...e.preferences.misses.map((m) => `    preference: ${m.replaceAll('_', ' ')}`),
    ...(e.location.miss ? [`    location: ${e.location.miss.replaceAll('_', ' ')}`] : []),
  ];
  if (pathway)
    lines.push(
      `    training to close the gap: ${pathway.modules.length} module(s), ${pathway.hours} h, cost ${Math.round(pathway.cost)}`,
      ...pathway.modules.map((m) => `      - ${m.title} (${m.provider}, ${m.hours} h)`),
      ...(pathway.uncoverable.length
        ? [`      no module teaches: ${names(pathway.uncoverable)}`]
        : []),
    );
  return lines;
}

async function withService<T>(
  context: () => CliContext,
  run: (
    s: MatchingService,
    taxonomy: Awaited<ReturnType<typeof loadTaxonomyIndex>>,
    db: Database,
  ) => Promise<T>,
) {
  const handle = await context().openDatabase();
  try {
    const [service, taxonomy] = await Promise.all([
      MatchingService.open(handle.db),
      loadTaxonomyIndex(handle.db),
    ]);
    return await run(service, taxonomy, handle.db);
  } finally {
    await handle.close();
  }
}

const uuid = (value: string, what: string, argument = '<id>') => {
  if (!z.uuid().safeParse(value).success)
    throw new CliError(`${argument}: must be a ${what} id (UUID), got ${value}`);
};

/** `passerelle match candidate <id>` and `passerelle match vacancy <id>`. */
export function matchingCommands(program: Command, context: () => CliContext): void {
  const match = program
    .command('match')
    .description('explained matches between people and jobs or training');
  match
    .command('candidate <id>')
    .description("a candidate's best vacancies (or programmes), with reasons and gap pathways")
    .option('--programmes', 'rank training programmes instead of vacancies')
    .option('--country <codes>', 'only these countries, e.g. BE,IT')
    .option('--track <tracks>', 'only these tracks: home, away, study')
    .option(
      '--partnership <id>',
      "rank with this partnership's weights, or none for the defaults (default: the person's own partnership when they take part in exactly one)",
    )
    .option('--limit <n>', 'how many results', '10')
    .action(
      async (
        id: string,
        options: {
          programmes?: boolean;
          country?: string;
          track?: string;
          partnership?: string;
          limit: string;
        },
      ) => {
        uuid(id, 'candidate');
        if (options.partnership !== undefined && options.partnership !== 'none')
          uuid(options.partnership, 'partnership', '--partnership');
        const page = pageOf(options);
        const countries = listOf(options.country, /^[A-Z]{2}$/, '--country');
        const tracks = listOf(options.track, new RegExp(`^(${TRACKS.join('|')})$`), '--track') as
          Track[] | undefined;
        const text = await withService(context, async (service, taxonomy, db) => {
          const person = service.people.get(id);
          if (!person) throw new CliError(`<id>: there is no candidate ${id}`);
          const ranking = await rankingPartnership(
            db,
            person.candidate.residenceCountry,
            options.partnership,
          );
          const { matches } = openingMatches(
            service,
            taxonomy,
            person.candidate,
            { kind: options.programmes ? 'programme' : 'vacancy', countries, tracks, ...page },
            await weightsFor(db, ranking.chosen?.id),
          );
          if (matches.length === 0) return `No match for ${person.name}.\n`;
          return (
            matches
              .map((m, i) =>
                [
                  `${i + 1}. ${ratingText(m)}  ${m.opening.title} — ${m.opening.country}, ${m.opening.track} track (${m.opening.id})`,
                  ...formatExplanation(m.explanation, m.pathway),
                ].join('\n'),
              )
              .join('\n') + '\n'
          );
        });
        process.stdout.write(text);
      },
    );
  match
    .command('vacancy <id>')
    .description("a vacancy's (or programme's) explained shortlist of consenting candidates")
    .option(
      '--coordinator',
      'include candidates who consented to matching but not to sharing with employers',
    )
    .option('--residence <codes>', 'only candidates living in these countries, e.g. MA,SN')
    .option('--limit <n>', 'how many results', '10')
    .action(
      async (id: string, options: { coordinator?: boolean; residence?: string; limit: string }) => {
        uuid(id, 'vacancy');
        const page = pageOf(options);
        const residence = listOf(options.residence, /^[A-Z]{2}$/, '--residence');
        const text = await withService(context, async (service, taxonomy, db) => {
          const opening = service.openings.get(id);
          if (!opening) throw new CliError(`<id>: there is no vacancy or programme ${id}`);
          const { matches } = candidateMatches(
            service,
            taxonomy,
            opening,
            {
              audience: options.coordinator ? 'coordinator' : 'employer',
              ...(residence ? { residenceCountries: residence } : {}),
            },
            page,
            await weightsFor(db, opening.partnershipId ?? undefined),
          );
          if (matches.length === 0) return `No consenting candidate matches ${opening.title}.\n`;
          return (
            matches
              .map((m, i) =>
                [
                  `${i + 1}. ${ratingText(m)}  ${m.candidate.name} — lives in ${m.candidate.residenceCountry} (${m.candidate.id})`,
                  ...formatExplanation(m.explanation, m.pathway),
                ].join('\n'),
              )
              .join('\n') + '\n'
          );
        });
        process.stdout.write(text);
      },
    );
}
