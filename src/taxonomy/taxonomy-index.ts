// CONTRACT STUB — the taxonomy helper replaces this file with the real in-memory search index.
export type ConceptType = 'occupation' | 'skill';

export interface SearchHit {
  uri: string;
  type: ConceptType;
  preferredLabel: string;
  matchedLabel: string;
  matchedKind: 'preferred' | 'alt' | 'hidden';
  score: number;
}

/** In-memory search over the active taxonomy version. */
export interface TaxonomyIndex {
  versionId: string;
  /** Number of concepts indexed. */
  size: number;
  search(query: string, options?: { type?: ConceptType; limit?: number }): SearchHit[];
}

export const emptyTaxonomyIndex: TaxonomyIndex = { versionId: '', size: 0, search: () => [] };
