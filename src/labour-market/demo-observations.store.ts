import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import type { Corridor } from '../demo/corridors.js';
import { demoSeriesWindow, generateDemoObservations } from './demo-observations.js';
import { lmiImport, lmiObservation } from './labour-market.schema.js';

const BATCH = 2000;

/**
 * Writes the demo observations inside the demo load's transaction, as one import: series up to
 * the month before `now`.
 */
export async function insertDemoObservations(
  tx: Pick<Database, 'insert'>,
  dataset: { seed: number; scale: string; corridors: readonly Corridor[] },
  now: Date,
): Promise<void> {
  const observations = generateDemoObservations({
    seed: dataset.seed,
    corridors: dataset.corridors,
    ...demoSeriesWindow(now),
  });
  const importId = randomUUID();
  await tx.insert(lmiImport).values({
    id: importId,
    fileHash: `demo:${dataset.seed}`,
    fileName: 'demo observations',
    format: 'demo',
    rows: observations.length,
    accepted: observations.length,
    rejected: [],
    skipped: [],
    importedBy: null,
    importedAt: now,
  });
  for (let i = 0; i < observations.length; i += BATCH)
    await tx
      .insert(lmiObservation)
      .values(observations.slice(i, i + BATCH).map((o) => ({ ...o, importId })));
}
