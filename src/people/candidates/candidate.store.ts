import { and, asc, count, eq, exists, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { auditEventsAbout, recordAudit } from '../../accounts/audit.store.js';
import type { Database } from '../../db/database.js';
import { notFound } from '../../shared/errors.js';
import { candidate, candidateConsent, erasedCandidateStatistic } from '../people.schema.js';
import { programmesOfPerson } from '../programmes/person-programmes.queries.js';
import type { CandidateProfile } from './candidate-profile.js';
import type { CandidateScope } from './candidate-scope.js';
import type { PersonalDataSection } from './personal-data.js';
import {
  grantConsent,
  hasConsent,
  withdrawConsent,
  type ConsentPurpose,
  type ConsentRecord,
} from './consent.js';

/** A candidate as the areas see it: the profile and the consent history. */
export interface CandidateRecord {
  id: string;
  userId: string | null;
  profile: CandidateProfile;
  consents: ConsentRecord[];
  updatedAt: Date;
}

/** Who acts and when, for the audit log. */
export interface Change {
  actorUserId: string | null;
  now: Date;
}

async function withConsents(
  db: Database,
  rows: (typeof candidate.$inferSelect)[],
): Promise<CandidateRecord[]> {
  if (rows.length === 0) return [];
  const consents = await db
    .select()
    .from(candidateConsent)
    .where(
      inArray(
        candidateConsent.candidateId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(candidateConsent.id));
  return rows.map((r) => ({
    id: r.id,
    userId: r.userId,
    profile: r.profile,
    updatedAt: r.updatedAt,
    consents: consents
      .filter((c) => c.candidateId === r.id)
      .map((c) => ({
        purpose: c.purpose as ConsentPurpose,
        grantedAt: c.grantedAt,
        withdrawnAt: c.withdrawnAt,
      })),
  }));
}

export async function findCandidate(
  db: Database,
  id: string,
): Promise<CandidateRecord | undefined> {
  const rows = await db.select().from(candidate).where(eq(candidate.id, id));
  return (await withConsents(db, rows))[0];
}

export async function findCandidateOfUser(
  db: Database,
  userId: string,
): Promise<CandidateRecord | undefined> {
  const rows = await db.select().from(candidate).where(eq(candidate.userId, userId));
  return (await withConsents(db, rows))[0];
}

/** Consent for the purpose is in force for the candidate row (a correlated subquery). */
const consentsTo = (db: Database, purpose: ConsentPurpose) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(candidateConsent)
      .where(
        and(
          eq(candidateConsent.candidateId, candidate.id),
          eq(candidateConsent.purpose, purpose),
          isNull(candidateConsent.withdrawnAt),
        ),
      ),
  );

/** The candidates of the scope, as a condition on the candidate table. */
function inScope(db: Database, scope: CandidateScope | 'all'): SQL | undefined {
  if (scope === 'all' || scope.everyone) return undefined;
  return or(
    eq(candidate.userId, scope.userId),
    scope.employerSharing ? consentsTo(db, 'employer_sharing') : undefined,
    scope.matchingResidences.length > 0
      ? and(
          inArray(candidate.residenceCountry, scope.matchingResidences),
          consentsTo(db, 'partnership_matching'),
        )
      : undefined,
  );
}

/**
 * A page of the candidates in the scope (`all` for the operator's CLI), oldest first, and how
 * many the scope holds in all.
 */
export async function listCandidates(
  db: Database,
  scope: CandidateScope | 'all',
  page: { limit: number; offset: number },
): Promise<{ candidates: CandidateRecord[]; total: number }> {
  const where = inScope(db, scope);
  const [counted] = await db.select({ total: count() }).from(candidate).where(where);
  const rows = await db
    .select()
    .from(candidate)
    .where(where)
    .orderBy(asc(candidate.createdAt), asc(candidate.id))
    .limit(page.limit)
    .offset(page.offset);
  return { candidates: await withConsents(db, rows), total: counted?.total ?? 0 };
}

/** Which top-level fields of the profile differ: the audit names fields, never values. */
function changedFields(before: CandidateProfile | undefined, after: CandidateProfile): string[] {
  return (Object.keys(after) as (keyof CandidateProfile)[]).filter(
    (k) => JSON.stringify(before?.[k]) !== JSON.stringify(after[k]),
  );
}

/** Creates or replaces a person's profile (one per user), audited in the same transaction. */
export async function saveProfile(
  db: Database,
  owner: { userId: string | null; candidateId?: string },
  profile: CandidateProfile,
  change: Change,
): Promise<string> {
  return db.transaction(async (tx) => {
    const existing = owner.candidateId
      ? (await tx.select().from(candidate).where(eq(candidate.id, owner.candidateId)))[0]
      : owner.userId
        ? (await tx.select().from(candidate).where(eq(candidate.userId, owner.userId)))[0]
        : undefined;
    const id = existing?.id ?? randomUUID();
    const columns = { residenceCountry: profile.residenceCountry, profile, updatedAt: change.now };
    if (existing) await tx.update(candidate).set(columns).where(eq(candidate.id, id));
    else {
      await tx
        .insert(candidate)
        .values({ id, userId: owner.userId, createdAt: change.now, ...columns });
    }
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: existing ? 'candidate.update' : 'candidate.create',
      entity: 'candidate',
      entityId: id,
      subjectUserId: existing?.userId ?? owner.userId,
      detail: { fields: changedFields(existing?.profile, profile) },
    });
    return id;
  });
}

/** Grants or withdraws consent for a purpose (idempotent), audited. */
export async function changeConsent(
  db: Database,
  record: CandidateRecord,
  purpose: ConsentPurpose,
  grant: boolean,
  change: Change,
): Promise<ConsentRecord[]> {
  const next = grant
    ? grantConsent(record.consents, purpose, change.now)
    : withdrawConsent(record.consents, purpose, change.now);
  if (hasConsent(next, purpose) === hasConsent(record.consents, purpose)) return next;
  await db.transaction(async (tx) => {
    if (grant) {
      await tx
        .insert(candidateConsent)
        .values({ candidateId: record.id, purpose, grantedAt: change.now });
    } else {
      await tx
        .update(candidateConsent)
        .set({ withdrawnAt: change.now })
        .where(
          and(
            eq(candidateConsent.candidateId, record.id),
            eq(candidateConsent.purpose, purpose),
            isNull(candidateConsent.withdrawnAt),
          ),
        );
    }
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: grant ? 'consent.grant' : 'consent.withdraw',
      entity: 'candidate',
      entityId: record.id,
      subjectUserId: record.userId,
      detail: { purpose },
    });
  });
  return next;
}

/**
 * Everything held about a candidate, for the person to take away (what each table gives:
 * `personal-data.ts`), with the sections other areas hold (`sections`, passed in by the
 * composition root); the export is audited.
 */
export async function exportCandidateData(
  db: Database,
  record: CandidateRecord,
  change: Change,
  sections: readonly PersonalDataSection[] = [],
) {
  await db.transaction(async (tx) => {
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'candidate.export',
      entity: 'candidate',
      entityId: record.id,
      subjectUserId: record.userId,
      detail: {},
    });
  });
  const audit = record.userId ? await auditEventsAbout(db, record.userId) : [];
  const programmes = await programmesOfPerson(db, record.id);
  const held: Record<string, unknown> = {};
  for (const section of sections) Object.assign(held, await section.read(db, record.id));
  // A section may add keys, never replace the people area's own.
  return Object.assign(held, { exportedAt: change.now, candidate: record, ...programmes, audit });
}

/**
 * Erases a candidate's profile and consent history; the rows holding their id in other tables go
 * by cascade or trigger (`personal-data.ts`). If the person consented to anonymous
 * statistics, a row without any identifier remains (country, month, skill count, tracks).
 */
export async function eraseCandidate(db: Database, id: string, change: Change): Promise<void> {
  const record = await findCandidate(db, id);
  if (!record) throw notFound('people.unknown_candidate', 'There is no such candidate.');
  await db.transaction(async (tx) => {
    if (hasConsent(record.consents, 'anonymous_statistics')) {
      await tx.insert(erasedCandidateStatistic).values({
        month: change.now.toISOString().slice(0, 7),
        residenceCountry: record.profile.residenceCountry,
        skillCount: record.profile.skills.length,
        tracks: record.profile.preferences.tracks,
      });
    }
    await tx.delete(candidate).where(eq(candidate.id, id));
    await recordAudit(tx, {
      at: change.now,
      actorUserId: change.actorUserId,
      action: 'candidate.erase',
      entity: 'candidate',
      entityId: id,
      subjectUserId: record.userId,
      detail: {},
    });
  });
}
