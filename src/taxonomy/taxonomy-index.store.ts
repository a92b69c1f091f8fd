// CONTRACT STUB — the taxonomy helper replaces this file.
import type { Database } from '../db/database.js';
import { emptyTaxonomyIndex, type TaxonomyIndex } from './taxonomy-index.js';

export async function loadTaxonomyIndex(_db: Database): Promise<TaxonomyIndex> {
  return emptyTaxonomyIndex;
}
