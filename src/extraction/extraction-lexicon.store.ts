import type { Database } from '../db/database.js';
import type { TaxonomyIndex } from '../taxonomy/taxonomy-index.js';
import { country } from '../taxonomy/taxonomy.schema.js';
import { buildConceptLexicon, type ConceptLexicon } from './concept-lexicon.js';

const cache = new WeakMap<TaxonomyIndex, ConceptLexicon>();

/**
 * The extraction lexicon of the active taxonomy, built once per index (~2 s for ESCO) from the
 * labels the search index already holds in memory.
 */
export function lexiconOf(taxonomy: TaxonomyIndex): ConceptLexicon {
  let lexicon = cache.get(taxonomy);
  if (!lexicon) {
    lexicon = buildConceptLexicon(taxonomy.concepts);
    cache.set(taxonomy, lexicon);
  }
  return lexicon;
}

/** ISO 3166-1 codes and English names, for importers. */
export function countryNames(db: Database): Promise<{ code: string; name: string }[]> {
  return db.select({ code: country.alpha2, name: country.name }).from(country);
}
