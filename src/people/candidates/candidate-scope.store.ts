import { and, eq, exists, inArray, isNull, sql } from 'drizzle-orm';
import { listPartnerships, type Tx } from '../../partnerships/partnership.store.js';
import { candidate, candidateConsent } from '../people.schema.js';
import { asCohortPartnership, type CohortPartnership } from './candidate-scope.js';

/** Every partnership as candidate visibility sees it, by id (partnerships are few). */
export async function cohortPartnerships(db: Tx): Promise<Map<string, CohortPartnership>> {
  const records = await listPartnerships(db);
  return new Map(records.map((r) => [r.id, asCohortPartnership(r)]));
}

/** The partnership-matching consent standing for the candidate row in the query. */
export const consentsToPartnershipMatching = (db: Pick<Tx, 'select'>) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(candidateConsent)
      .where(
        and(
          eq(candidateConsent.candidateId, candidate.id),
          eq(candidateConsent.purpose, 'partnership_matching'),
          isNull(candidateConsent.withdrawnAt),
        ),
      ),
  );

/**
 * The candidate when they belong to the partnership's cohort — they live in one of its origin
 * countries and consent to partnership matching (the allocation cohort's rule) — else null, the
 * same for a candidate who does not exist (docs/security.md#scope-audit-of-the-migration-cycle-routes).
 */
export async function cohortCandidate(
  db: Tx,
  partnership: { corridors: readonly { origin: string }[] },
  candidateId: string,
): Promise<{ id: string; userId: string | null } | null> {
  const origins = [...new Set(partnership.corridors.map((c) => c.origin))];
  if (origins.length === 0) return null;
  const [row] = await db
    .select({ id: candidate.id, userId: candidate.userId })
    .from(candidate)
    .where(
      and(
        eq(candidate.id, candidateId),
        inArray(candidate.residenceCountry, origins),
        consentsToPartnershipMatching(db),
      ),
    );
  return row ?? null;
}

/**
 * Which of these candidates belong to the cohort of at least one of these partnerships, in one
 * query for the whole list: a cohort is the consenting residents of the partnership's origins, so
 * belonging to some cohort is living in one of all their origins (the same answer as
 * `cohortCandidate` asked per candidate and partnership).
 */
export async function cohortCandidateIds(
  db: Tx,
  partnerships: readonly { corridors: readonly { origin: string }[] }[],
  candidateIds: readonly string[],
): Promise<Set<string>> {
  const origins = [...new Set(partnerships.flatMap((p) => p.corridors.map((c) => c.origin)))];
  if (origins.length === 0 || candidateIds.length === 0) return new Set();
  const rows = await db
    .select({ id: candidate.id })
    .from(candidate)
    .where(
      and(
        inArray(candidate.id, [...new Set(candidateIds)]),
        inArray(candidate.residenceCountry, origins),
        consentsToPartnershipMatching(db),
      ),
    );
  return new Set(rows.map((r) => r.id));
}
