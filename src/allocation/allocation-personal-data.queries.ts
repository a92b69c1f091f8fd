import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { partnership } from '../partnerships/partnerships.schema.js';
import type { PersonalDataSection } from '../people/candidates/personal-data.js';
import { programme, vacancy } from '../people/people.schema.js';
import {
  allocationPersonalDataShape,
  type ExportedAllocationOverride,
} from './allocation-personal-data.schemas.js';
import { allocationOverride, allocationRun } from './allocation.schema.js';

/** A coordinator's overrides about a person in allocation runs, oldest first. */
export async function allocationOverridesOfPerson(
  db: Pick<Database, 'select'>,
  candidateId: string,
): Promise<ExportedAllocationOverride[]> {
  const rows = await db
    .select({
      partnership: partnership.title,
      runStartedOn: allocationRun.createdAt,
      slotId: allocationOverride.slotId,
      vacancy: sql<string | null>`${vacancy.posting}->>'title'`,
      programme: sql<string | null>`${programme.programme}->>'title'`,
      locked: allocationOverride.locked,
      reason: allocationOverride.reason,
      at: allocationOverride.at,
    })
    .from(allocationOverride)
    .innerJoin(allocationRun, eq(allocationRun.id, allocationOverride.runId))
    .innerJoin(partnership, eq(partnership.id, allocationRun.partnershipId))
    .leftJoin(vacancy, eq(vacancy.id, allocationOverride.slotId))
    .leftJoin(programme, eq(programme.id, allocationOverride.slotId))
    .where(eq(allocationOverride.candidateId, candidateId))
    .orderBy(asc(allocationOverride.at), asc(allocationOverride.id));
  return rows.map((r) => ({
    partnership: r.partnership,
    runStartedOn: r.runStartedOn.toISOString(),
    slot:
      r.slotId === null
        ? null
        : r.vacancy !== null
          ? { kind: 'vacancy' as const, title: r.vacancy }
          : { kind: 'programme' as const, title: r.programme ?? '' },
    locked: r.locked,
    reason: r.reason,
    at: r.at.toISOString(),
  }));
}

/**
 * The allocation section of a person's data export, passed to the people area by the
 * composition root (erasure removes the rows by the trigger of migration 0005).
 */
export const allocationPersonalData: PersonalDataSection = {
  shape: allocationPersonalDataShape,
  read: async (db, candidateId) => ({
    allocationOverrides: await allocationOverridesOfPerson(db, candidateId),
  }),
};
