import { and, asc, eq, ilike } from 'drizzle-orm';
import type { Tx } from '../../partnerships/partnership.store.js';
import { partnership } from '../../partnerships/partnerships.schema.js';
import { isoDate } from '../../partnerships/rule-violation.js';
import { createRandom } from '../../demo/random.js';
import { skill, taxonomyVersion } from '../../taxonomy/taxonomy.schema.js';
import {
  arrivalCheckIn,
  arrivalItem,
  inWorkRecord,
  journeyReturn,
  permitApplication,
  reintegrationFollowUp,
  reintegrationPlan,
} from '../journey-steps.schema.js';
import { journey } from '../journeys.schema.js';
import { demoSteps } from './demo-steps.js';

/** Up to two ESCO skills about cloud computing in the active version (none before the import). */
async function cloudSkills(tx: Tx): Promise<string[]> {
  const [version] = await tx
    .select({ id: taxonomyVersion.id })
    .from(taxonomyVersion)
    .where(eq(taxonomyVersion.active, true));
  if (!version) return [];
  const rows = await tx
    .select({ uri: skill.uri })
    .from(skill)
    .where(and(eq(skill.versionId, version.id), ilike(skill.preferredLabel, '%cloud%')))
    .orderBy(asc(skill.uri))
    .limit(2);
  return rows.map((r) => r.uri);
}

/**
 * The demo content of the demo journeys' steps, consistent with each journey's stage (see
 * demo-steps.ts): permits, arrival checklists and check-ins, work abroad, returns and plans.
 */
export async function insertDemoSteps(tx: Tx, seed: number, now: Date): Promise<number> {
  const random = createRandom(seed + 2502);
  const today = isoDate(now);
  const journeys = await tx
    .select({
      id: journey.id,
      stage: journey.stage,
      stageSince: journey.stageSince,
      corridors: partnership.corridors,
    })
    .from(journey)
    .innerJoin(partnership, eq(partnership.id, journey.partnershipId))
    .orderBy(asc(journey.createdAt), asc(journey.id));
  const skills = await cloudSkills(tx);
  let rows = 0;
  for (const [index, j] of journeys.entries()) {
    const steps = demoSteps(
      { ...j, destination: j.corridors[0]?.destination ?? null },
      index,
      today,
    );
    const recorded = { recordedAt: now, recordedBy: null };
    if (steps.permits.length > 0)
      await tx
        .insert(permitApplication)
        .values(
          steps.permits.map((p) => ({ id: random.uuid(), journeyId: j.id, ...p, updatedAt: now })),
        );
    if (steps.arrivalItems.length > 0)
      await tx
        .insert(arrivalItem)
        .values(steps.arrivalItems.map((i) => ({ journeyId: j.id, ...i, ...recorded })));
    if (steps.checkIns.length > 0)
      await tx
        .insert(arrivalCheckIn)
        .values(steps.checkIns.map((c) => ({ journeyId: j.id, ...c, answeredAt: now })));
    if (steps.inWork.length > 0)
      await tx.insert(inWorkRecord).values(
        steps.inWork.map((r) => ({
          id: random.uuid(),
          journeyId: j.id,
          ...r,
          skills: r.kind === 'certification' ? skills : r.skills,
          ...recorded,
        })),
      );
    if (steps.returnDates)
      await tx
        .insert(journeyReturn)
        .values({ journeyId: j.id, ...steps.returnDates, updatedAt: now });
    if (steps.plan)
      await tx.insert(reintegrationPlan).values({ journeyId: j.id, ...steps.plan, updatedAt: now });
    if (steps.followUps.length > 0)
      await tx
        .insert(reintegrationFollowUp)
        .values(steps.followUps.map((f) => ({ journeyId: j.id, ...f })));
    rows +=
      steps.permits.length +
      steps.arrivalItems.length +
      steps.checkIns.length +
      steps.inWork.length +
      (steps.plan ? 1 : 0) +
      steps.followUps.length;
  }
  return rows;
}
