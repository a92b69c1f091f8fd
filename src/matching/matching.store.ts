import { and, asc, eq, gt, inArray, isNotNull, lt, max, sql } from 'drizzle-orm';
import { recordAudit } from '../accounts/audit.store.js';
import type { Database } from '../db/database.js';
import { organisation } from '../accounts/accounts.schema.js';
import { hasConsent, type ConsentPurpose } from '../people/candidates/consent.js';
import { candidate, candidateConsent, programme, vacancy } from '../people/people.schema.js';
import { recognitionCase, trainingModule } from '../recognition/recognition.schema.js';
import type { RecognitionOutcome } from '../recognition/outcome.js';
import type { TrainingModule } from '../recognition/training-module.js';
import { listPartnerships, requirePartnership } from '../partnerships/partnership.store.js';
import { partnership } from '../partnerships/partnerships.schema.js';
import { occupation, occupationSkill, skillBroader } from '../taxonomy/taxonomy.schema.js';
import type { CandidateConsents } from './match-filters.js';
import {
  candidateForMatching,
  programmeForMatching,
  vacancyForMatching,
  type MatchCandidate,
  type MatchOpening,
} from './match-profiles.js';
import { matchingChange, matchWeights } from './matching.schema.js';
import { PartnershipSnapshot } from './partnership-snapshot.js';
import { defaultMatchWeights, matchWeightsSchema, type MatchWeights } from './match-weights.js';
import type { SkillGraph, SkillGraphInput } from './skill-graph.js';
import { vacancyNotSuspended } from './suspended-vacancies.queries.js';

/** The skill graph's rows of a taxonomy version. */
export async function readSkillGraphInput(
  db: Database,
  versionId: string,
): Promise<SkillGraphInput> {
  const [occupations, relations, broader] = await Promise.all([
    db
      .select({ uri: occupation.uri, iscoCode: occupation.iscoCode })
      .from(occupation)
      .where(eq(occupation.versionId, versionId)),
    db
      .select({
        occupationUri: occupationSkill.occupationUri,
        skillUri: occupationSkill.skillUri,
        relation: occupationSkill.relation,
      })
      .from(occupationSkill)
      .where(eq(occupationSkill.versionId, versionId)),
    db
      .select({ uri: skillBroader.uri, broaderUri: skillBroader.broaderUri })
      .from(skillBroader)
      .where(eq(skillBroader.versionId, versionId)),
  ]);
  return { occupations, relations, skillBroader: broader };
}

/** A candidate as the index holds them, with their user account for access checks. */
export interface IndexedCandidate {
  candidate: MatchCandidate;
  consents: CandidateConsents;
  userId: string | null;
  name: string;
  purposes: ConsentPurpose[];
  /** Qualifications of the recognition catalogue the profile names (for predicted recognition). */
  qualificationIds: string[];
}

/** Candidates (all, or those with the given ids) with consents and recorded recognition decisions. */
export async function readMatchCandidates(
  db: Database,
  ids?: readonly string[],
): Promise<IndexedCandidate[]> {
  if (ids && ids.length === 0) return [];
  const rows = await db
    .select()
    .from(candidate)
    .where(ids ? inArray(candidate.id, [...ids]) : undefined);
  return indexedCandidates(db, rows);
}

/**
 * Candidates of the given rows as the index holds them: their consents and recorded recognition
 * decisions read for those rows only (two queries, however many rows).
 */
export async function indexedCandidates(
  db: Database,
  rows: readonly (typeof candidate.$inferSelect)[],
): Promise<IndexedCandidate[]> {
  if (rows.length === 0) return [];
  const idList = rows.map((r) => r.id);
  const userIds = rows.flatMap((r) => (r.userId ? [r.userId] : []));
  const [consents, decisions] = await Promise.all([
    db.select().from(candidateConsent).where(inArray(candidateConsent.candidateId, idList)),
    userIds.length
      ? db
          .select({
            userId: recognitionCase.applicantUserId,
            country: recognitionCase.targetCountry,
            outcome: recognitionCase.outcome,
          })
          .from(recognitionCase)
          .where(
            and(
              inArray(recognitionCase.applicantUserId, userIds),
              isNotNull(recognitionCase.outcome),
            ),
          )
      : [],
  ]);
  const consentsOf = grouped(consents, (c) => c.candidateId);
  const decisionsOf = grouped(decisions, (d) => d.userId);
  return rows.map((r) => {
    const records = (consentsOf.get(r.id) ?? []).map((c) => ({
      purpose: c.purpose as ConsentPurpose,
      grantedAt: c.grantedAt,
      withdrawnAt: c.withdrawnAt,
    }));
    const purposes = (
      ['partnership_matching', 'employer_sharing', 'anonymous_statistics'] as const
    ).filter((p) => hasConsent(records, p));
    const recognitions = (r.userId ? (decisionsOf.get(r.userId) ?? []) : []).map((d) => ({
      country: d.country,
      outcome: d.outcome as RecognitionOutcome,
    }));
    return {
      candidate: candidateForMatching(r.id, r.profile, recognitions),
      consents: {
        matching: purposes.includes('partnership_matching'),
        employerSharing: purposes.includes('employer_sharing'),
      },
      userId: r.userId,
      name: r.profile.name,
      purposes,
      qualificationIds: [
        ...new Set(r.profile.qualifications.flatMap((q) => q.qualificationId ?? [])),
      ],
    };
  });
}

/** Items by key, each list in the items' order. */
function grouped<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const byKey = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = byKey.get(k);
    if (list) list.push(item);
    else byKey.set(k, [item]);
  }
  return byKey;
}

/** Vacancies (all, or those with the given ids) as openings, leaving out suspended employers'. */
export async function readVacancyOpenings(
  db: Database,
  graph: Pick<SkillGraph, 'occupations'>,
  ids?: readonly string[],
): Promise<MatchOpening[]> {
  if (ids && ids.length === 0) return [];
  const rows = await db
    .select({ id: vacancy.id, posting: vacancy.posting })
    .from(vacancy)
    .where(and(ids ? inArray(vacancy.id, [...ids]) : undefined, vacancyNotSuspended()));
  return rows.map((r) => vacancyForMatching(r.id, r.posting, graph));
}

/** Programmes (all, or those with the given ids) as openings, and their modules as a catalogue. */
export async function readProgrammeOpenings(
  db: Database,
  ids?: readonly string[],
): Promise<{ openings: MatchOpening[]; modules: Map<string, TrainingModule[]> }> {
  if (ids && ids.length === 0) return { openings: [], modules: new Map() };
  const rows = await db
    .select({
      id: programme.id,
      programme: programme.programme,
      providerCountry: organisation.country,
      provider: organisation.name,
    })
    .from(programme)
    .innerJoin(organisation, eq(organisation.id, programme.providerId))
    .where(ids ? inArray(programme.id, [...ids]) : undefined);
  const modules = new Map<string, TrainingModule[]>();
  for (const r of rows) {
    const p = r.programme;
    modules.set(
      r.id,
      p.modules.map((m, i) => ({
        id: `${r.id}#${i + 1}`,
        title: `${p.title}: ${m.title}`,
        provider: r.provider,
        ...(p.country ? { country: p.country } : {}),
        // Module cost when given, else the programme's cost shared by hours.
        cost:
          m.cost?.amount ??
          (p.cost ? (p.cost.amount * m.hours) / p.modules.reduce((sum, x) => sum + x.hours, 0) : 0),
        hours: m.hours,
        skills: m.skills,
      })),
    );
  }
  return {
    openings: rows.map((r) => programmeForMatching(r.id, r.programme, r.providerCountry)),
    modules,
  };
}

/** The recognition area's catalogue of bridging modules. */
export async function readBridgingModules(db: Database): Promise<TrainingModule[]> {
  const rows = await db.select().from(trainingModule);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    provider: r.provider,
    ...(r.country ? { country: r.country } : {}),
    cost: r.cost,
    hours: r.hours,
    skills: r.skills,
  }));
}

/** The last change logged, or 0. */
export async function lastChange(db: Database): Promise<number> {
  const [row] = await db.select({ seq: max(matchingChange.seq) }).from(matchingChange);
  return row?.seq ?? 0;
}

/** Changes logged after `seq`, oldest first. */
export async function changesAfter(
  db: Database,
  seq: number,
  limit = 50_000,
): Promise<
  { seq: number; subject: (typeof matchingChange.subject.enumValues)[number]; subjectId: string }[]
> {
  return db
    .select({
      seq: matchingChange.seq,
      subject: matchingChange.subject,
      subjectId: matchingChange.subjectId,
    })
    .from(matchingChange)
    .where(gt(matchingChange.seq, seq))
    .orderBy(matchingChange.seq)
    .limit(limit);
}

/** Forgets changes older than the cutoff: every index has read them by then. */
export async function pruneChanges(db: Database, before: Date): Promise<void> {
  await db.delete(matchingChange).where(lt(matchingChange.changedAt, before));
}

/** A partnership's weights, or undefined when it uses the defaults. */
export async function readWeights(
  db: Database,
  partnershipId: string,
): Promise<MatchWeights | undefined> {
  const [row] = await db
    .select()
    .from(matchWeights)
    .where(eq(matchWeights.partnershipId, partnershipId));
  return row ? matchWeightsSchema.parse(row.weights) : undefined;
}

/** Every partnership with its parties, and the weights partnerships set, as matching keeps them. */
export async function readPartnershipSnapshot(db: Database): Promise<PartnershipSnapshot> {
  const [partnerships, weights] = await Promise.all([
    listPartnerships(db),
    db.select({ id: matchWeights.partnershipId, weights: matchWeights.weights }).from(matchWeights),
  ]);
  return new PartnershipSnapshot(
    partnerships,
    new Map(weights.map((w) => [w.id, matchWeightsSchema.parse(w.weights)])),
  );
}

/** The weights a partnership ranks with: its own, or the defaults (also when none is given). */
export async function weightsFor(
  db: Database,
  partnershipId: string | undefined,
): Promise<MatchWeights> {
  return (partnershipId && (await readWeights(db, partnershipId))) || defaultMatchWeights;
}

/** Sets a partnership's weights, audited in the same transaction. */
export async function saveWeights(
  db: Database,
  partnershipId: string,
  weights: MatchWeights,
  change: { actorUserId: string | null; now: Date },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(matchWeights)
      .values({ partnershipId, weights, updatedAt: change.now, updatedBy: change.actorUserId })
      .onConflictDoUpdate({
        target: matchWeights.partnershipId,
        set: { weights, updatedAt: change.now, updatedBy: change.actorUserId },
      });
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'match_weights.update',
      entity: 'partnership',
      entityId: partnershipId,
      subjectUserId: null,
      detail: { weights },
    });
  });
}

/**
 * The active partnerships whose corridors start in the country: those a person living there
 * takes part in (their cohort, docs/allocation.md), by title.
 */
export async function partnershipsFrom(
  db: Database,
  country: string,
): Promise<{ id: string; title: string }[]> {
  return db
    .select({ id: partnership.id, title: partnership.title })
    .from(partnership)
    .where(
      and(
        eq(partnership.status, 'active'),
        sql`${partnership.corridors} @> ${JSON.stringify([{ origin: country }])}::jsonb`,
      ),
    )
    .orderBy(asc(partnership.title), asc(partnership.id));
}

/** Whose weights rank a person's matches, and the partnerships the person could pick from. */
export interface RankingPartnership {
  chosen: { id: string; title: string } | null;
  partnerships: { id: string; title: string }[];
}

/**
 * The partnership whose weights rank a person's matches: the one asked for (`none` for the
 * default weights), else the person's own when they take part in exactly one (an active
 * partnership whose corridors start where they live). Null when the choice is not clear: several,
 * or none. An id of no partnership throws the partnerships' 404.
 */
export async function rankingPartnership(
  db: Database,
  residenceCountry: string,
  asked: string | undefined,
): Promise<RankingPartnership> {
  const partnerships = await partnershipsFrom(db, residenceCountry);
  if (asked === 'none') return { chosen: null, partnerships };
  if (asked === undefined)
    return { chosen: partnerships.length === 1 ? partnerships[0]! : null, partnerships };
  const known = partnerships.find((p) => p.id === asked) ?? (await requirePartnership(db, asked));
  return { chosen: { id: known.id, title: known.title }, partnerships };
}
