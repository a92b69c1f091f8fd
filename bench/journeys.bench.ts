/**
 * `npm run bench -- journeys [--scale small|full] [--rounds N]`: the coordinator's cohort view
 * (`cohortView`: two grouped queries and a pure function over compact rows) at 3,000 (small) or
 * 100,000 (full) journeys of one partnership on PGlite, against the equivalent plain SQL on the
 * same data (percentile_cont over the unnested days, counts per stage, exits and breakdowns in
 * SQL), p50/p95 side by side with the ratio; both answers are checked equal first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/database.js';
import { createRandom } from '../src/demo/random.js';
import { demoJourney } from '../src/journeys/demo-journeys.js';
import { genderOf } from '../src/allocation/cohort.store.js';
import { cohortStats, talliesOfGroups } from '../src/journeys/cohort-stats.js';
import { figuresOf } from '../src/journeys/journey-figures.js';
import { replay } from '../src/journeys/journey.js';
import { journey } from '../src/journeys/journeys.schema.js';
import {
  cohortDays,
  cohortGroups,
  cohortView,
  type CohortFilter,
} from '../src/journeys/journeys.queries.js';
import { STAGES } from '../src/journeys/stages.js';
import { partnership } from '../src/partnerships/partnerships.schema.js';
import { organisation } from '../src/accounts/accounts.schema.js';
import { option, percentile, postgresDatabase, report } from './bench-support.js';

const BENCH = 'journeys';
const NATIONALITIES = ['MA', 'NG', 'SN', 'TN', 'PH', 'IN', 'EG', 'GH'];
const GENDERS = ['female', 'male', 'non_binary', 'undisclosed'] as const;

/** One bench person's journey row, from a seeded demo history replayed through the domain. */
function journeyRow(
  person: { id: string; gender: string; nationality: string },
  ids: { partnershipId: string; employerId: string },
  random: ReturnType<typeof createRandom>,
  now: Date,
) {
  const h = demoJourney(
    {
      candidateId: person.id,
      partnershipId: ids.partnershipId,
      programmeId: null,
      employerId: ids.employerId,
    },
    random,
    '2026-11-21',
  );
  const state = replay(h.events);
  const figures = figuresOf(state);
  const opening = h.events[0]!.body;
  return {
    id: h.id,
    partnershipId: h.partnershipId,
    candidateId: h.candidateId,
    intake: h.intake,
    originKind: opening.type === 'opened' ? opening.origin.kind : ('coordinator' as const),
    originId: null,
    programmeId: null,
    employerId: h.employerId,
    stage: state.stage,
    status: state.status,
    track: state.track,
    exitReason: state.exit?.reason ?? null,
    version: state.version,
    gender: person.gender,
    nationality: person.nationality,
    openedOn: state.openedOn,
    stageSince: state.stageSince,
    reached: figures.reached,
    stageDays: figures.stageDays as number[],
    createdAt: now,
    updatedAt: now,
  };
}

const snakeCase = (row: object) =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]),
  );

/**
 * n journeys in one partnership, in one transaction: the people by one INSERT … SELECT over
 * arrays per 10,000, their journey rows (seeded demo histories replayed, as the demo writes them)
 * by one INSERT … SELECT over a JSON array (so the triggers keeping the cohort figures run once
 * per 10,000 rows). The view reads journey rows only: their events and evidence are
 * not written (they do not change what the view reads).
 */
async function fill(db: Database, n: number): Promise<string> {
  const now = new Date('2026-11-21T09:00:00Z');
  const random = createRandom(2025);
  const ids = { partnershipId: random.uuid(), employerId: random.uuid() };
  await db.transaction(async (tx) => {
    await tx.insert(organisation).values({
      id: ids.employerId,
      name: 'Bench employer',
      kind: 'employer',
      country: 'BE',
      city: 'Gent',
      createdAt: now,
    });
    await tx.insert(partnership).values({
      id: ids.partnershipId,
      title: 'Bench partnership',
      type: 'bilateral',
      status: 'active',
      corridors: [],
      occupations: [],
      tracks: ['away', 'home'],
      quotas: {} as never,
      createdAt: now,
      updatedAt: now,
    });
    for (let start = 0; start < n; start += 10_000) {
      const people = Array.from({ length: Math.min(10_000, n - start) }, () => {
        const nationality = random.pick(NATIONALITIES);
        const kind = random.pick(GENDERS);
        const gender = genderOf({ gender: { kind } } as never);
        return { id: random.uuid(), nationality, kind, gender };
      });
      await tx.execute(sql`
        insert into candidate (id, user_id, residence_country, profile, created_at, updated_at)
        select p.id, null, p.nationality, jsonb_build_object(
            'name', 'Bench person', 'residenceCountry', p.nationality, 'nationality', p.nationality,
            'gender', jsonb_build_object('kind', p.kind), 'skills', '[]'::jsonb,
            'languages', '[]'::jsonb, 'qualifications', '[]'::jsonb, 'experience', '[]'::jsonb,
            'preferences', '{"destinationCountries":[],"tracks":[],"sectors":[]}'::jsonb,
            'availability', '{}'::jsonb),
          ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
        from unnest(${`{${people.map((p) => p.id).join(',')}}`}::uuid[],
          ${`{${people.map((p) => p.nationality).join(',')}}`}::text[],
          ${`{${people.map((p) => p.kind).join(',')}}`}::text[]) as p(id, nationality, kind)`);
      const rows = people.map((p) => journeyRow(p, ids, random, now));
      await tx.execute(sql`
        insert into ${journey} (id, partnership_id, candidate_id, intake, origin_kind, origin_id,
          programme_id, employer_id, stage, status, track, exit_reason, version, gender,
          nationality, opened_on, stage_since, reached, stage_days, created_at, updated_at)
        select id, partnership_id, candidate_id, intake, origin_kind, origin_id, programme_id,
          employer_id, stage, status, track, exit_reason, version, gender, nationality, opened_on,
          stage_since, reached, stage_days, created_at, updated_at
        from jsonb_to_recordset(${JSON.stringify(rows.map(snakeCase))}::jsonb) as j(id uuid,
          partnership_id uuid, candidate_id uuid, intake text, origin_kind text, origin_id uuid,
          programme_id uuid, employer_id uuid, stage text, status text, track text,
          exit_reason text, version int, gender text, nationality text, opened_on date,
          stage_since date, reached int, stage_days int[], created_at timestamptz,
          updated_at timestamptz)`);
    }
  });
  return ids.partnershipId;
}

/** The same view in plain SQL: percentiles, funnel, exits and breakdowns computed by the database. */
async function plainSql(db: Database, partnershipId: string) {
  const days = await db.execute(sql`
    select (s.ord - 1)::int as stage_index, count(*)::int as stays,
      percentile_cont(0.5) within group (order by s.days) as median,
      percentile_cont(0.9) within group (order by s.days) as p90
    from journey j cross join lateral unnest(j.stage_days) with ordinality as s(days, ord)
    where j.partnership_id = ${partnershipId} and s.days is not null group by 1 order by 1`);
  const funnel = await db.execute(sql`
    select i, count(*) filter (where (j.reached & (1 << i)) <> 0)::int as reached
    from journey j cross join generate_series(0, ${STAGES.length - 1}) as i
    where j.partnership_id = ${partnershipId} group by i order by i`);
  const current = await db.execute(sql`
    select stage, count(*)::int as n from journey
    where partnership_id = ${partnershipId} and status = 'active' group by stage`);
  const exits = await db.execute(sql`
    select exit_reason, count(*)::int as n from journey
    where partnership_id = ${partnershipId} and exit_reason is not null group by exit_reason`);
  const breakdowns = await db.execute(sql`
    select 'gender' as dim, gender as value, status, count(*)::int as n from journey
      where partnership_id = ${partnershipId} group by gender, status
    union all
    select 'nationality', nationality, status, count(*)::int from journey
      where partnership_id = ${partnershipId} group by nationality, status
    union all
    select 'track', coalesce(track, 'undecided'), status, count(*)::int from journey
      where partnership_id = ${partnershipId} group by coalesce(track, 'undecided'), status`);
  return { days, funnel, current, exits, breakdowns };
}

const SCALES: Record<string, number> = { small: 3_000, medium: 10_000, full: 100_000 };

/** Where the time of one view goes: each query (client side and server side), the pure function. */
async function profile(db: Database, filter: CohortFilter, rounds: number, extra: object) {
  const stages: Record<string, () => Promise<unknown>> = {
    groups_query: () => cohortGroups(db, filter),
    days_query: () => cohortDays(db, filter),
  };
  for (const [name, f] of Object.entries(stages))
    report(BENCH, `profile_${name}_p50`, percentile(await timed(rounds, f), 0.5), 'ms', extra);
  const [groups, days] = await Promise.all([cohortGroups(db, filter), cohortDays(db, filter)]);
  const pure = await timed(rounds, () =>
    Promise.resolve(cohortStats(talliesOfGroups(groups), days)),
  );
  report(BENCH, 'profile_pure_function_p50', percentile(pure, 0.5), 'ms', {
    ...extra,
    groups: groups.length,
    daysRows: days.length,
  });
}

const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

async function timed(rounds: number, f: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await f();
    out.push(performance.now() - t);
  }
  return out;
}

/** Throws unless the view and plain SQL give the same medians, p90s, funnel and total. */
async function checkSameAnswers(db: Database, partnershipId: string, n: number) {
  const view = await cohortView(db, { partnershipId });
  const reference = await plainSql(db, partnershipId);
  for (const r of rowsOf(reference.days)) {
    const mine = view.timeInStage[Number(r.stage_index)]!;
    if (
      mine.stays !== Number(r.stays) ||
      Math.abs((mine.medianDays ?? -1) - Number(r.median)) > 1e-9 ||
      Math.abs((mine.p90Days ?? -1) - Number(r.p90)) > 1e-9
    )
      throw new Error(
        `time in ${mine.stage} differs: ${JSON.stringify(mine)} vs ${JSON.stringify(r)}`,
      );
  }
  for (const r of rowsOf(reference.funnel))
    if (view.funnel[Number(r.i)]!.reached !== Number(r.reached))
      throw new Error(`funnel differs at ${String(r.i)}`);
  if (view.total !== n) throw new Error(`total ${view.total} ≠ ${n}`);
  // The kept figures give what grouping the journey rows gives, unfiltered and filtered.
  const [someIntake] = await cohortGroups(db, { partnershipId })
    .then(() =>
      db.execute(sql`select intake from journey where partnership_id = ${partnershipId} limit 1`),
    )
    .then((r) => rowsOf(r).map((x) => String(x.intake)));
  for (const filter of [
    { partnershipId },
    { partnershipId, intake: someIntake! },
    { partnershipId, openedFrom: '2025-03-15', openedTo: '2026-02-10' },
    { partnershipId, openedFrom: '2025-06-01', openedTo: '2025-11-30' },
  ]) {
    const grouped = cohortStats(
      talliesOfGroups(await cohortGroups(db, filter)),
      await cohortDays(db, filter),
    );
    if (JSON.stringify(await cohortView(db, filter)) !== JSON.stringify(grouped))
      throw new Error(`the view differs from the grouped rows for ${JSON.stringify(filter)}`);
  }
}

export async function run(args: string[]): Promise<void> {
  const scale = option(args, 'scale', 'small');
  const n = Number(option(args, 'journeys', String(SCALES[scale] ?? SCALES.small)));
  const rounds = Number(option(args, 'rounds', scale === 'full' ? '30' : '20'));
  const engine = option(args, 'engine', 'pglite');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-bench-journeys-'));
  const server =
    engine === 'postgres' ? await postgresDatabase('passerelle_bench_journeys') : undefined;
  const handle = await openDatabase(
    server ? { kind: 'postgres', url: server.url } : { kind: 'pglite', dataDir: dir },
  );
  const extra = { journeys: n, engine };
  try {
    const t0 = performance.now();
    const partnershipId = await fill(handle.db, n);
    report(BENCH, 'fill', performance.now() - t0, 'ms', extra);
    await handle.db.execute(sql`analyze`);
    await checkSameAnswers(handle.db, partnershipId, n);
    if (args.includes('--profile')) await profile(handle.db, { partnershipId }, rounds, extra);

    await timed(5, () => cohortView(handle.db, { partnershipId }));
    await timed(5, () => plainSql(handle.db, partnershipId));
    const product = await timed(rounds, () => cohortView(handle.db, { partnershipId }));
    const plain = await timed(rounds, () => plainSql(handle.db, partnershipId));
    for (const q of [0.5, 0.95] as const) {
      const mine = percentile(product, q);
      const ref = percentile(plain, q);
      report(BENCH, `cohort_view_p${q * 100}`, mine, 'ms', {
        ...extra,
        reference: 'plain SQL (percentile_cont, filtered counts)',
        referenceMs: Math.round(ref * 1000) / 1000,
        ratio: Math.round((mine / ref) * 1000) / 1000,
        rounds,
        budgetMs: 200,
      });
    }
  } finally {
    await handle.close();
    await server?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
