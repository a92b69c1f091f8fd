import type { Tx } from './framework.store.js';
import { recognitionAgreement } from './recognition.schema.js';

/**
 * Read-only views of the recognition agreements for the areas built beside recognition
 * (partnerships), handed to them by the composition root (src/http/app.ts, src/cli/main.ts).
 */

/** Ids of the recognition agreements on record. */
export async function recognitionAgreementIds(db: Tx): Promise<Set<string>> {
  const rows = await db.select({ id: recognitionAgreement.id }).from(recognitionAgreement);
  return new Set(rows.map((r) => r.id));
}

/** The two countries of each recognition agreement on record. */
export async function recognitionAgreementCountries(
  db: Tx,
): Promise<{ from: string; to: string }[]> {
  const rows = await db
    .select({ from: recognitionAgreement.fromParty, to: recognitionAgreement.toParty })
    .from(recognitionAgreement);
  return rows.map((r) => ({ from: r.from.country, to: r.to.country }));
}
