import type { Command } from 'commander';
import { z } from 'zod';
import { CliError, type CliContext } from '../cli/cli-context.js';
import { partnershipDashboard } from './partnership-dashboard.service.js';
import type { PartnershipSources } from './partnership-sources.js';
import {
  listPartnerships,
  requirePartnership,
  type PartnershipRecord,
} from './partnership.store.js';

type Dashboard = Awaited<ReturnType<typeof partnershipDashboard>>;

const corridorsOf = (p: PartnershipRecord) =>
  p.corridors.map((c) => `${c.origin}→${c.destination}`).join(', ');

/** One line per partnership: id, status, type, corridors and title. */
export function formatPartnershipList(partnerships: PartnershipRecord[]): string {
  if (partnerships.length === 0) return 'No partnerships.\n';
  return partnerships
    .map(
      (p) =>
        `${p.id}  ${p.status.padEnd(11)} ${p.type.padEnd(12)} ${corridorsOf(p).padEnd(14)} ${p.title}\n`,
    )
    .join('');
}

/** A partnership's dashboard as plain text. */
export function formatDashboard(d: Dashboard): string {
  const p = d.partnership;
  const lines = [
    `${p.title} (${p.type}, ${p.status})`,
    `  dates:       ${p.startsOn ?? '?'} → ${p.endsOn ?? '?'}`,
    `  corridors:   ${corridorsOf(p)}`,
    `  occupations: ${p.occupations.join(', ') || '—'}`,
    `  tracks:      ${p.tracks.join(', ') || '—'}  places: ${JSON.stringify(d.placesPerTrack)}`,
    'Parties:',
    ...d.stakeholderMap.sides.flatMap((s) =>
      s.roles.map(
        (r) =>
          `  ${s.side.padEnd(13)} ${r.role.padEnd(22)} ${r.parties.map((x) => x.name).join('; ')}`,
      ),
    ),
    'Agreements:',
    ...d.agreements.map(
      (a) => `  ${a.title} (${a.kind}) review ${a.reviewOn ?? '—'}, expires ${a.expiresOn ?? '—'}`,
    ),
    ...d.reminders.map(
      (r) =>
        `  ! ${r.kind} of "${r.title}" ${r.daysLeft < 0 ? `${-r.daysLeft} days overdue` : `in ${r.daysLeft} days`}`,
    ),
    `Action plan (as of ${d.asOf}): ${d.progress.byStatus.done}/${d.progress.actions} actions done, ${d.progress.overdue} overdue`,
    ...d.timeline.map(
      (e) => `  ${e.date} ${e.overdue ? 'OVERDUE ' : ''}${e.kind} ${e.title} [${e.status}]`,
    ),
    `Readiness: ${d.scorecard.overall}/100`,
    ...d.scorecard.prerequisites.map(
      (s) => `  ${s.prerequisite.padEnd(21)} ${String(s.score).padStart(3)} ${s.level}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** `passerelle partnerships list|show <id>`; what they read from recognition comes in `sources`. */
export function partnershipsCommands(
  program: Command,
  context: () => CliContext,
  sources: PartnershipSources,
): void {
  const partnerships = program.command('partnerships').description('skills mobility partnerships');
  partnerships
    .command('list')
    .description('list every partnership')
    .action(async () => {
      const handle = await context().openDatabase();
      try {
        process.stdout.write(formatPartnershipList(await listPartnerships(handle.db)));
      } finally {
        await handle.close();
      }
    });
  partnerships
    .command('show <id>')
    .description("a partnership's dashboard: parties, agreements, action plan, readiness")
    .action(async (id: string) => {
      if (!z.uuid().safeParse(id).success)
        throw new CliError(`<id>: must be a partnership id (UUID), got ${id}`);
      const handle = await context().openDatabase();
      try {
        const record = await requirePartnership(handle.db, id);
        process.stdout.write(
          formatDashboard(await partnershipDashboard(handle.db, record, new Date(), sources)),
        );
      } finally {
        await handle.close();
      }
    });
}
