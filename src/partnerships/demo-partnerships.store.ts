import type { DemoOrganisation } from '../demo/organisations.js';
import { insertPlan } from './action-plan.store.js';
import { generateDemoPartnerships } from './demo-partnerships.js';
import { insertPartnership, type Tx } from './partnership.store.js';
import { partnershipAgreement } from './partnerships.schema.js';

/** Writes the demo partnerships inside the demo load's transaction (after the organisations). */
export async function insertDemoPartnerships(
  tx: Tx,
  dataset: { seed: number; organisations: DemoOrganisation[] },
  now: Date,
): Promise<void> {
  for (const demo of generateDemoPartnerships(dataset.organisations, dataset.seed)) {
    await insertPartnership(tx, demo.id, demo.draft, { actorUserId: null, now });
    if (demo.agreements.length > 0) {
      await tx.insert(partnershipAgreement).values(
        demo.agreements.map((a) => ({
          ...a,
          partnershipId: demo.id,
          document: null,
          createdAt: now,
        })),
      );
    }
    await insertPlan(tx, demo.id, demo.plan);
  }
}
