import { asc } from 'drizzle-orm';
import { createRandom } from '../../demo/random.js';
import type { Tx } from '../../partnerships/partnership.store.js';
import { partnership } from '../../partnerships/partnerships.schema.js';
import { orientationModule } from '../journey-steps.schema.js';
import { demoOrientationModules } from './orientation-text.js';

/**
 * The demo orientation: every demo partnership's corridors whose destination the demo knows get
 * the six topics in English, French and Arabic. Ids come from the seed, so two loads agree.
 */
export async function insertDemoOrientation(tx: Tx, seed: number, now: Date): Promise<number> {
  const random = createRandom(seed + 25);
  const partnerships = await tx
    .select({ id: partnership.id, corridors: partnership.corridors })
    .from(partnership)
    .orderBy(asc(partnership.createdAt), asc(partnership.title));
  const rows = partnerships.flatMap((p) =>
    p.corridors.flatMap((c) =>
      demoOrientationModules(c).map((m) => ({
        id: random.uuid(),
        partnershipId: p.id,
        ...m,
        version: 1,
        updatedAt: now,
        updatedBy: null,
      })),
    ),
  );
  for (let i = 0; i < rows.length; i += 200) {
    await tx.insert(orientationModule).values(rows.slice(i, i + 200));
  }
  return rows.length;
}
