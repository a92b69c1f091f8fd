import type { Tx } from './partnership.store.js';

/**
 * What partnerships read from the recognition area, passed in by the composition root
 * (src/http/app.ts, src/cli/main.ts) so that partnerships do not depend on recognition, which
 * depends on them (recognition agreements bind partnerships).
 */
export interface PartnershipSources {
  /** Ids of the recognition agreements on record (an agreement clause may cite one). */
  recognitionAgreementIds: (db: Tx) => Promise<Set<string>>;
  /** The two countries of each recognition agreement on record (the scorecard counts them). */
  recognitionAgreementCountries: (db: Tx) => Promise<{ from: string; to: string }[]>;
}
