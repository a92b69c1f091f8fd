import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { organisation } from '../../accounts/accounts.schema.js';
import { auditEvent } from '../../accounts/accounts.schema.js';
import type { Tx } from '../../partnerships/partnership.store.js';
import { partnership } from '../../partnerships/partnerships.schema.js';
import { partnershipSlotLink } from '../../people/slot-links/slot-link.schema.js';
import { candidate, vacancy } from '../../people/people.schema.js';
import { demoPlacements } from './demo-fair-recruitment.js';
import { contractVersion, placementContract, recruitmentCost } from './fair-recruitment.schema.js';

/** A UUID derived from a name, so that the demo's rows keep their ids from one load to the next. */
const uuidOf = (name: string) => {
  const h = createHash('sha256').update(`passerelle-demo:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * Writes the demo placements, costs and contract versions of the partnership with the most
 * accepted vacancies, inside the demo load's transaction; each row audited as demo data.
 */
export async function insertDemoFairRecruitment(tx: Tx, now: Date): Promise<void> {
  const links = await tx
    .select({
      partnershipId: partnershipSlotLink.partnershipId,
      vacancyId: partnershipSlotLink.vacancyId,
    })
    .from(partnershipSlotLink)
    .innerJoin(partnership, eq(partnership.id, partnershipSlotLink.partnershipId))
    .where(eq(partnershipSlotLink.status, 'accepted'))
    .orderBy(asc(partnership.title), asc(partnershipSlotLink.vacancyId));
  const first = links.find((l) => l.vacancyId !== null);
  if (!first) return;
  const vacancyIds = links
    .filter((l) => l.partnershipId === first.partnershipId)
    .flatMap((l) => l.vacancyId ?? []);
  const slots = await tx
    .select({ id: vacancy.id, employerId: vacancy.employerId, posting: vacancy.posting })
    .from(vacancy)
    .where(inArray(vacancy.id, vacancyIds))
    .orderBy(asc(vacancy.id));
  const people = await tx
    .select({ id: candidate.id, userId: candidate.userId })
    .from(candidate)
    .orderBy(asc(candidate.createdAt), asc(candidate.id))
    .limit(8);
  const [recruiter] = await tx
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(eq(organisation.kind, 'recruitment_agency')))
    .orderBy(asc(organisation.name))
    .limit(1);
  const userOf = new Map(people.map((p) => [p.id, p.userId]));
  const placements = demoPlacements(
    people.map((p) => p.id),
    slots,
    recruiter?.id ?? null,
    now,
  );
  for (const p of placements) {
    const id = uuidOf(`contract:${p.candidateId}:${p.vacancyId}`);
    await tx.insert(placementContract).values({
      id,
      partnershipId: first.partnershipId,
      candidateId: p.candidateId,
      vacancyId: p.vacancyId,
      employerId: p.employerId,
      recruiterId: p.recruiterId,
      createdAt: now,
    });
    await tx
      .insert(contractVersion)
      .values(p.versions.map((v) => ({ contractId: id, ...v, recordedAt: now })));
    const costs = p.costs.map((c, i) => ({
      id: uuidOf(`cost:${id}:${i}`),
      partnershipId: first.partnershipId,
      candidateId: p.candidateId,
      ...c,
      employerId: p.employerId,
      recruiterId: p.recruiterId,
      recordedAt: now,
    }));
    await tx.insert(recruitmentCost).values(costs);
    const subjectUserId = userOf.get(p.candidateId) ?? null;
    await tx.insert(auditEvent).values([
      {
        at: now,
        actorUserId: null,
        action: 'contract.create',
        entity: 'placement_contract',
        entityId: id,
        subjectUserId,
        detail: { source: 'demo', stages: p.versions.map((v) => v.stage) },
      },
      ...costs.map((c) => ({
        at: now,
        actorUserId: null,
        action: 'recruitment_cost.record',
        entity: 'recruitment_cost',
        entityId: c.id,
        subjectUserId,
        detail: { source: 'demo', kind: c.kind, paidBy: c.paidBy },
      })),
    ]);
  }
}
