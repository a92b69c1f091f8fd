import { and, desc, eq, inArray } from 'drizzle-orm';
import { allocationRun } from './allocation.schema.js';
import type { Database } from '../db/database.js';
import { vacancy } from '../people/people.schema.js';
import { partnership } from '../partnerships/partnerships.schema.js';
import { activeVersionId } from '../taxonomy/taxonomy-index.store.js';
import { occupation } from '../taxonomy/taxonomy.schema.js';
import type { PartnershipPlan } from '../labour-market/planned-departures.js';

/** Partnerships that plan departures: being negotiated or active. */
const PLANNING = ['negotiation', 'active'] as const;

/** Per ISCO code, the people a succeeded run placed in away-track jobs. */
async function allocatedAway(db: Database, partnershipId: string): Promise<Map<string, number>> {
  const [run] = await db
    .select({ input: allocationRun.input, result: allocationRun.result })
    .from(allocationRun)
    .where(
      and(eq(allocationRun.partnershipId, partnershipId), eq(allocationRun.status, 'succeeded')),
    )
    .orderBy(desc(allocationRun.createdAt))
    .limit(1);
  if (!run || run.result?.kind !== 'assignment') return new Map();
  const slots = run.input.problem.slots;
  const placed = new Map<string, number>();
  for (const slotIndex of run.result.assignment) {
    const slot = slots[slotIndex];
    if (slot?.kind === 'away_job') placed.set(slot.id, (placed.get(slot.id) ?? 0) + 1);
  }
  return byIscoCode(db, placed);
}

/** Vacancy counts regrouped by the ISCO code of each vacancy's occupation. */
async function byIscoCode(db: Database, perVacancy: Map<string, number>) {
  const result = new Map<string, number>();
  const versionId = await activeVersionId(db);
  if (perVacancy.size === 0 || !versionId) return result;
  const rows = await db
    .select({ id: vacancy.id, iscoCode: occupation.iscoCode })
    .from(vacancy)
    .innerJoin(
      occupation,
      and(eq(occupation.uri, vacancy.occupationUri), eq(occupation.versionId, versionId)),
    )
    .where(inArray(vacancy.id, [...perVacancy.keys()]));
  for (const r of rows) {
    if (!r.iscoCode) continue;
    result.set(r.iscoCode, (result.get(r.iscoCode) ?? 0) + (perVacancy.get(r.id) ?? 0));
  }
  return result;
}

/** What each negotiated or active partnership starting in the country plans. */
export async function partnershipPlansFrom(
  db: Database,
  country: string,
): Promise<PartnershipPlan[]> {
  const rows = await db
    .select()
    .from(partnership)
    .where(inArray(partnership.status, [...PLANNING]));
  const starting = rows.filter((p) => p.corridors.some((c) => c.origin === country));
  return Promise.all(
    starting.map(async (p) => ({
      partnershipId: p.id,
      tracks: p.tracks,
      awayShare: p.quotas.trackShares.away,
      perOccupation: p.quotas.perOccupation,
      allocatedAway: await allocatedAway(db, p.id),
    })),
  );
}
