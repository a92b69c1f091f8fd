import { countryNames } from '../extraction/extraction-lexicon.store.js';
import { lexiconKeyOf } from '../imports-runtime/parse-pool.job.js';
import type { Database } from '../db/database.js';
import type { Actor } from '../accounts/actor.js';
import { can } from '../partnerships/partnerships.policy.js';
import { asResource } from '../partnerships/partnership.js';
import { findPartnership } from '../partnerships/partnership.store.js';
import { PasserelleError, unprocessable, type FieldProblem } from '../shared/errors.js';
import type { TaxonomyIndex } from '../taxonomy/taxonomy-index.js';

/** What a CV or posting read in a worker thread needs besides its text (the concepts aside). */
export async function peopleImportInput(ctx: {
  db: Database;
  taxonomy: TaxonomyIndex;
}): Promise<{ countries: { code: string; name: string }[]; lexiconKey: number }> {
  return { countries: await countryNames(ctx.db), lexiconKey: lexiconKeyOf(ctx.taxonomy.concepts) };
}

/**
 * Refuses ESCO URIs that are well-formed but not in the active taxonomy version, naming each
 * field. Skipped when no taxonomy is loaded (fresh test databases).
 */
export function requireKnownConcepts(
  taxonomy: TaxonomyIndex,
  uris: readonly { field: string; uri: string | undefined }[],
): void {
  if (taxonomy.size === 0) return;
  const problems: FieldProblem[] = uris
    .filter((u) => u.uri !== undefined && !taxonomy.concept(u.uri))
    .map((u) => ({ field: u.field, reason: 'is not a concept of the active ESCO version' }));
  if (problems.length) {
    throw unprocessable('people.unknown_esco_concept', 'Unknown ESCO concept(s).', problems);
  }
}

/** Throws unprocessable when a domain rule check found problems. */
export function refuseProblems(code: string, problems: FieldProblem[]): void {
  if (problems.length)
    throw unprocessable(code, problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A vacancy or programme becomes a slot of the partnership it names, so its organisation must be
 * a party of it: a partnership the actor may not see is 404 (like a missing one), one whose
 * parties do not include the organisation is 403. Nothing to check without a partnership.
 */
export async function requirePartyOfPartnership(
  ctx: { db: Database },
  actor: Actor,
  opening: { partnershipId?: string | undefined },
  organisationId: string,
): Promise<void> {
  const id = opening.partnershipId;
  if (id === undefined) return;
  const field = 'partnershipId';
  const record = UUID.test(id) ? await findPartnership(ctx.db, id) : null;
  if (!record || !can(actor, 'partnership.read', asResource(record))) {
    throw new PasserelleError(
      'not_found',
      'partnerships.unknown_partnership',
      'There is no such partnership.',
      [{ field, reason: 'is not a partnership you may see' }],
    );
  }
  if (!record.parties.some((p) => p.organisationId === organisationId)) {
    throw new PasserelleError(
      'forbidden',
      'people.not_a_party',
      `${field}: the organisation is not a party of this partnership`,
      [{ field, reason: 'names a partnership the organisation is not a party of' }],
    );
  }
}
