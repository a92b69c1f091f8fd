import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { createRandom } from '../demo/random.js';
import { originCountries } from '../allocation/cohort.store.js';
import { listPartnerships } from '../partnerships/partnership.store.js';
import { partnershipSlotLink } from '../people/slot-links/slot-link.schema.js';
import { candidate } from '../people/people.schema.js';
import { demoJourney, type DemoCohortPerson, type JourneyHistory } from './demo-journeys.js';
import { insertJourneyHistories } from './journey-history.store.js';

type Tx = Pick<Database, 'insert' | 'select' | 'update' | 'delete'>;

/** How many people of each demo cohort get a journey (the accounts' own people first). */
const PER_PARTNERSHIP = 60;

/**
 * Demo journeys for the demo cohorts: people living in a partnership's origin countries walk
 * its cycle to every stage, some leave it (each exit with its reason), some return and
 * reintegrate; dates lie before `now`. Deterministic for a seed.
 */
export async function insertDemoJourneys(tx: Tx, seed: number, now: Date): Promise<number> {
  const random = createRandom(seed ^ 0x25_25);
  const today = now.toISOString().slice(0, 10);
  const partnerships = await listPartnerships(tx);
  const histories: JourneyHistory[] = [];
  const taken = new Set<string>();
  for (const p of partnerships) {
    const origins = originCountries(p);
    if (origins.length === 0) continue;
    const people = await tx
      .select({ id: candidate.id, userId: candidate.userId })
      .from(candidate)
      .where(inArray(candidate.residenceCountry, origins))
      .orderBy(candidate.id);
    const links = await tx
      .select({
        programmeId: partnershipSlotLink.programmeId,
        partyOrganisationId: partnershipSlotLink.partyOrganisationId,
        slotKind: partnershipSlotLink.slotKind,
      })
      .from(partnershipSlotLink)
      .where(
        and(
          eq(partnershipSlotLink.partnershipId, p.id),
          eq(partnershipSlotLink.status, 'accepted'),
        ),
      );
    const programmes = links
      .filter((l) => l.programmeId !== null)
      .map((l) => l.programmeId as string);
    const employers = [
      ...new Set([
        ...p.parties.filter((x) => x.role === 'employer').map((x) => x.organisationId),
        ...links.filter((l) => l.programmeId === null).map((l) => l.partyOrganisationId),
      ]),
    ].sort();
    const ordered = [
      ...people.filter((x) => x.userId !== null),
      ...people.filter((x) => x.userId === null),
    ];
    for (const person of ordered
      .filter((x) => !taken.has(`${p.id}:${x.id}`))
      .slice(0, PER_PARTNERSHIP)) {
      taken.add(`${p.id}:${person.id}`);
      const cohortPerson: DemoCohortPerson = {
        candidateId: person.id,
        partnershipId: p.id,
        programmeId: programmes.length > 0 ? random.pick(programmes) : null,
        employerId: employers.length > 0 ? random.pick(employers) : null,
      };
      histories.push(demoJourney(cohortPerson, random, today));
    }
  }
  await insertJourneyHistories(tx, histories, { now, audit: true, source: 'demo' });
  return histories.length;
}
