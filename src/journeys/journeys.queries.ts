import { and, asc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { candidate, programme } from '../people/people.schema.js';
import { splitOpeningDays } from './cohort-months.js';
import {
  cohortStats,
  talliesOfGroups,
  type CohortStats,
  type DaysRow,
  type GroupRow,
  type TallyDimension,
  type TallyRow,
} from './cohort-stats.js';
import { journeyCohortStay, journeyCohortTally } from './cohort-tally.schema.js';
import type { JourneyRow } from './journey-record.js';
import { journeyColumns } from './journey.store.js';
import { journey } from './journeys.schema.js';
import { STAGES, STAGE_INFO, type Stage } from './stages.js';

type Reader = Pick<Database, 'select'>;

/** Filters of the cohort list, view and export (docs/journeys.md#api). */
export interface CohortFilter {
  partnershipId: string;
  intake?: string;
  stage?: Stage;
  status?: JourneyRow['status'];
  /** Journeys opened on or after this day. */
  openedFrom?: string;
  /** Journeys opened on or before this day. */
  openedTo?: string;
}

/**
 * Which journeys of a partnership an actor may list: all (its coordinators), or those of the
 * person, of the programmes the actor's organisations provide (training stages only) and of the
 * employees of the actor's organisations (from arrival on).
 */
export interface ListScope {
  all: boolean;
  personUserId: string;
  providerOrganisationIds: string[];
  employerOrganisationIds: string[];
}

const TRAINING_STAGES = STAGES.filter((s) => STAGE_INFO[s].training);
const EMPLOYER_STAGES = STAGES.filter((s) => STAGE_INFO[s].employerVisible);

function filterOf(f: CohortFilter): SQL {
  const parts: (SQL | undefined)[] = [
    eq(journey.partnershipId, f.partnershipId),
    f.intake === undefined ? undefined : eq(journey.intake, f.intake),
    f.stage === undefined ? undefined : eq(journey.stage, f.stage),
    f.status === undefined ? undefined : eq(journey.status, f.status),
    f.openedFrom === undefined ? undefined : gte(journey.openedOn, f.openedFrom),
    f.openedTo === undefined ? undefined : lte(journey.openedOn, f.openedTo),
  ];
  return and(...parts) as SQL;
}

function scopeOf(scope: ListScope): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [eq(candidate.userId, scope.personUserId)];
  if (scope.providerOrganisationIds.length > 0)
    parts.push(
      and(
        inArray(programme.providerId, scope.providerOrganisationIds),
        inArray(journey.stage, TRAINING_STAGES),
      ) as SQL,
    );
  if (scope.employerOrganisationIds.length > 0)
    parts.push(
      and(
        inArray(journey.employerId, scope.employerOrganisationIds),
        inArray(journey.stage, EMPLOYER_STAGES),
      ) as SQL,
    );
  return or(...parts);
}

/** A listed journey: its row and the person's name. */
export interface ListedJourney {
  row: JourneyRow;
  personName: string;
  providerId: string | null;
}

/** A page of a partnership's journeys the actor may see, by the day they were opened. */
export async function listJourneys(
  db: Reader,
  filter: CohortFilter,
  scope: ListScope,
  page: { offset: number; limit: number },
): Promise<{ total: number; journeys: ListedJourney[] }> {
  const where = and(filterOf(filter), scopeOf(scope));
  const base = () =>
    db
      .select({
        row: journeyColumns,
        personName: sql<string>`${candidate.profile}->>'name'`,
        providerId: programme.providerId,
      })
      .from(journey)
      .innerJoin(candidate, eq(candidate.id, journey.candidateId))
      .leftJoin(programme, eq(programme.id, journey.programmeId))
      .where(where);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(journey)
    .innerJoin(candidate, eq(candidate.id, journey.candidateId))
    .leftJoin(programme, eq(programme.id, journey.programmeId))
    .where(where);
  const rows = await base()
    .orderBy(asc(journey.openedOn), asc(journey.id))
    .offset(page.offset)
    .limit(page.limit);
  return { total: Number(count?.n ?? 0), journeys: rows };
}

/** Every journey of the filter, for the CSV export (coordinators only). */
export async function exportJourneys(db: Reader, filter: CohortFilter): Promise<JourneyRow[]> {
  return db
    .select(journeyColumns)
    .from(journey)
    .where(filterOf(filter))
    .orderBy(asc(journey.openedOn), asc(journey.id));
}

/** The grouped rows of the cohort view (one query; a few thousand groups at most). */
export async function cohortGroups(db: Reader, filter: CohortFilter): Promise<GroupRow[]> {
  const rows = await db
    .select({
      stage: journey.stage,
      status: journey.status,
      exitReason: journey.exitReason,
      gender: journey.gender,
      nationality: journey.nationality,
      track: journey.track,
      reached: journey.reached,
      count: sql<number>`count(*)::int`,
    })
    .from(journey)
    .where(filterOf(filter))
    .groupBy(
      journey.stage,
      journey.status,
      journey.exitReason,
      journey.gender,
      journey.nationality,
      journey.track,
      journey.reached,
    );
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** The histogram of days per stage left (one query). */
export async function cohortDays(db: Reader, filter: CohortFilter): Promise<DaysRow[]> {
  const rows = await db
    .select({
      stageIndex: sql<number>`(s.ord - 1)::int`,
      days: sql<number>`s.days::int`,
      count: sql<number>`count(*)::int`,
    })
    .from(
      sql`${journey} cross join lateral unnest(${journey.stageDays}) with ordinality as s(days, ord)`,
    )
    .where(and(filterOf(filter), sql`s.days is not null`))
    .groupBy(sql`1`, sql`2`);
  return rows.map((r) => ({
    stageIndex: Number(r.stageIndex),
    days: Number(r.days),
    count: Number(r.count),
  }));
}

/** The cohort view's rows read from the journey rows of a filter (grouped by the database). */
async function groupedFigures(db: Reader, filter: CohortFilter) {
  const [groups, days] = await Promise.all([cohortGroups(db, filter), cohortDays(db, filter)]);
  return { tallies: talliesOfGroups(groups), days };
}

/** The cohort view's rows kept on write, for whole months of opening (inclusive; null: open). */
async function keptFigures(
  db: Reader,
  key: { partnershipId: string; intake: string | undefined },
  months: { from: string | null; to: string | null },
) {
  const where = (t: typeof journeyCohortTally | typeof journeyCohortStay) =>
    and(
      eq(t.partnershipId, key.partnershipId),
      key.intake === undefined ? undefined : eq(t.intake, key.intake),
      months.from === null ? undefined : gte(t.openedMonth, months.from),
      months.to === null ? undefined : lte(t.openedMonth, months.to),
    );
  const t = journeyCohortTally;
  const tallies = await db
    .select({
      status: t.status,
      dimension: sql<TallyDimension>`${t.dimension}`,
      value: t.value,
      count: sql<number>`sum(${t.n})::int`,
    })
    .from(t)
    .where(where(t))
    .groupBy(t.status, t.dimension, t.value)
    .having(sql`sum(${t.n}) <> 0`);
  const s = journeyCohortStay;
  const days = await db
    .select({
      stageIndex: s.stageIndex,
      days: s.days,
      count: sql<number>`sum(${s.n})::int`,
    })
    .from(s)
    .where(where(s))
    .groupBy(s.stageIndex, s.days)
    .having(sql`sum(${s.n}) <> 0`);
  return {
    tallies: tallies.map((r): TallyRow => ({ ...r, count: Number(r.count) })),
    days: days.map((r) => ({ ...r, count: Number(r.count) })),
  };
}

/**
 * The coordinator's cohort view: funnel, time in stage, exits and breakdowns. Filtered by intake
 * and whole months of opening, it reads the figures kept on write (a few thousand rows whatever
 * the cohort's size); the days at the ends of an opening range outside whole months, and the
 * filters by current stage or status, read the journey rows.
 */
export async function cohortView(db: Reader, filter: CohortFilter): Promise<CohortStats> {
  if (filter.stage !== undefined || filter.status !== undefined) {
    const grouped = await groupedFigures(db, filter);
    return cohortStats(grouped.tallies, grouped.days);
  }
  const split = splitOpeningDays(filter.openedFrom, filter.openedTo);
  const parts = [];
  if (split.months)
    parts.push(
      await keptFigures(
        db,
        { partnershipId: filter.partnershipId, intake: filter.intake },
        split.months,
      ),
    );
  for (const edge of split.edges)
    parts.push(
      await groupedFigures(db, {
        partnershipId: filter.partnershipId,
        ...(filter.intake === undefined ? {} : { intake: filter.intake }),
        openedFrom: edge.from,
        openedTo: edge.to,
      }),
    );
  return cohortStats(
    parts.flatMap((p) => p.tallies),
    parts.flatMap((p) => p.days),
  );
}

/** The journeys of the person with this account, in every partnership, newest first. */
export async function journeysOfUser(db: Reader, userId: string): Promise<ListedJourney[]> {
  return db
    .select({
      row: journeyColumns,
      personName: sql<string>`${candidate.profile}->>'name'`,
      providerId: programme.providerId,
    })
    .from(journey)
    .innerJoin(candidate, eq(candidate.id, journey.candidateId))
    .leftJoin(programme, eq(programme.id, journey.programmeId))
    .where(eq(candidate.userId, userId))
    .orderBy(sql`${journey.openedOn} desc`, asc(journey.id));
}
