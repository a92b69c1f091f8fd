import { and, eq, exists, inArray, isNull, sql } from 'drizzle-orm';
import { listPartnerships, type Tx } from '../../partnerships/partnership.store.js';
import { candidate, candidateConsent } from '../people.schema.js';
import { asCohortPartnership, type CohortPartnership } from './candidate-scope.js';

/** Every partnership as candidate visibility sees it, by id (partnerships are few). */
export async function cohortPartnerships(db: Tx): Promise<Map<string, CohortPartnership>> {
  const records = await listPartnerships(db);
  return new Map(records.map((r) => [r.id, asCohortPartnership(r)]));
}

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
        ),
      ),
    );
  return row ?? null;
}
