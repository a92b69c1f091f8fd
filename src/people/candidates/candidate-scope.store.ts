import { listPartnerships, type Tx } from '../../partnerships/partnership.store.js';
import { asCohortPartnership, type CohortPartnership } from './candidate-scope.js';

/** Every partnership as candidate visibility sees it, by id (partnerships are few). */
export async function cohortPartnerships(db: Tx): Promise<Map<string, CohortPartnership>> {
  const records = await listPartnerships(db);
  return new Map(records.map((r) => [r.id, asCohortPartnership(r)]));
}
