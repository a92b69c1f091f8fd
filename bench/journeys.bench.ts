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
import { insertJourneyHistories } from '../src/journeys/journey-history.store.js';
import { cohortView } from '../src/journeys/journeys.queries.js';
import { STAGES } from '../src/journeys/stages.js';
import { partnership } from '../src/partnerships/partnerships.schema.js';
import { candidate } from '../src/people/people.schema.js';
import { organisation } from '../src/accounts/accounts.schema.js';
import { option, percentile, report } from './bench-support.js';

const BENCH = 'journeys';
const NATIONALITIES = ['MA', 'NG', 'SN', 'TN', 'PH', 'IN', 'EG', 'GH'];
const GENDERS = ['female', 'male', 'non_binary', 'undisclosed'] as const;

async function fill(db: Database, n: number): Promise<string> {
  const now = new Date('2026-11-21T09:00:00Z');
  const random = createRandom(2025);
  const partnershipId = random.uuid();
  const employerId = random.uuid();
  await db
    .insert(organisation)
    .values({
      id: employerId,
      name: 'Bench employer',
      kind: 'employer',
      country: 'BE',
      city: 'Gent',
      createdAt: now,
    });
  await db.insert(partnership).values({
    id: partnershipId,
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
  for (let start = 0; start < n; start += 5000) {
    const people = Array.from({ length: Math.min(5000, n - start) }, () => {
      const nationality = random.pick(NATIONALITIES);
      return {
        id: random.uuid(),
        userId: null,
        residenceCountry: nationality,
        profile: {
          name: 'Bench person',
          residenceCountry: nationality,
          nationality,
          gender: { kind: random.pick(GENDERS) },
          skills: [],
          languages: [],
          qualifications: [],
          experience: [],
          preferences: { destinationCountries: [], tracks: [], sectors: [] },
          availability: {},
        },
        createdAt: now,
        updatedAt: now,
      };
    });
    for (let i = 0; i < people.length; i += 1000)
      await db.insert(candidate).values(people.slice(i, i + 1000) as never);
    const histories = people.map((p) =>
      demoJourney(
        { candidateId: p.id, partnershipId, programmeId: null, employerId },
        random,
        '2026-11-21',
      ),
    );
    await insertJourneyHistories(db, histories, { now, audit: false, source: 'bench' });
  }
  return partnershipId;
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

export async function run(args: string[]): Promise<void> {
  const scale = option(args, 'scale', 'small');
  const n = scale === 'full' ? 100_000 : 3_000;
  const rounds = Number(option(args, 'rounds', scale === 'full' ? '30' : '20'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-bench-journeys-'));
  const handle = await openDatabase({ kind: 'pglite', dataDir: dir });
  try {
    const t0 = performance.now();
    const partnershipId = await fill(handle.db, n);
    report(BENCH, 'fill', performance.now() - t0, 'ms', { journeys: n, engine: 'pglite' });
    await handle.db.execute(sql`analyze`);

    // Same answers first: the medians, p90s and funnel of both sides.
    const view = await cohortView(handle.db, { partnershipId });
    const reference = await plainSql(handle.db, partnershipId);
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

    await timed(5, () => cohortView(handle.db, { partnershipId }));
    await timed(5, () => plainSql(handle.db, partnershipId));
    const product = await timed(rounds, () => cohortView(handle.db, { partnershipId }));
    const plain = await timed(rounds, () => plainSql(handle.db, partnershipId));
    for (const q of [0.5, 0.95] as const) {
      const mine = percentile(product, q);
      const ref = percentile(plain, q);
      report(BENCH, `cohort_view_p${q * 100}`, mine, 'ms', {
        journeys: n,
        engine: 'pglite',
        reference: 'plain SQL (percentile_cont, filtered counts)',
        referenceMs: Math.round(ref * 1000) / 1000,
        ratio: Math.round((mine / ref) * 1000) / 1000,
        rounds,
        budgetMs: 200,
      });
    }
  } finally {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
