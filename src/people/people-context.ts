import { countryNames } from '../extraction/extraction-lexicon.store.js';
import { lexiconKeyOf } from '../imports-runtime/parse-pool.job.js';
import type { AppContext } from '../http/context.js';
import { unprocessable, type FieldProblem } from '../shared/errors.js';
import type { TaxonomyIndex } from '../taxonomy/taxonomy-index.js';

/** What a CV or posting read in a worker thread needs besides its text (the concepts aside). */
export async function peopleImportInput(
  ctx: Pick<AppContext, 'db' | 'taxonomy'>,
): Promise<{ countries: { code: string; name: string }[]; lexiconKey: number }> {
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
