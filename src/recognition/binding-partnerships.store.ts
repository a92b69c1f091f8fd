import { listPartnerships, type PartnershipRecord } from '../partnerships/partnership.store.js';
import type { Tx } from './framework.store.js';

/** Statuses in which a partnership gives its parties a say (ended and suspended ones give none). */
const BINDING = new Set(['idea', 'draft', 'negotiation', 'active']);

/** The partnerships whose parties may act for them in recognition (read-only use of partnerships). */
export async function bindingPartnerships(db: Tx): Promise<PartnershipRecord[]> {
  return (await listPartnerships(db)).filter((p) => BINDING.has(p.status));
}
