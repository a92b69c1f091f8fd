import { buildConceptSearch } from './search/concept-search.js';

/** The two kinds of ESCO concept the search covers. */
export type ConceptType = 'occupation' | 'skill';

/** Which label of a concept a query matched. */
export type LabelKind = 'preferred' | 'alt' | 'hidden';

/** A concept as the index knows it: its labels and the codes a result shows. */
export interface IndexedConcept {
  uri: string;
  type: ConceptType;
  preferredLabel: string;
  altLabels: readonly string[];
  hiddenLabels: readonly string[];
  /** ESCO code of an occupation (`2221.1`). */
  code?: string;
  /** ISCO-08 unit group of an occupation. */
  iscoCode?: string;
  /** `skill/competence`, `knowledge` or '' for a skill. */
  skillType?: string;
}

export interface SearchHit {
  uri: string;
  type: ConceptType;
  preferredLabel: string;
  matchedLabel: string;
  matchedKind: LabelKind;
  /** Relevance in 0..1: exact > label prefix > all words > words with typos; then label kind and length. */
  score: number;
  code?: string;
  iscoCode?: string;
  skillType?: string;
}

export interface SearchOptions {
  type?: ConceptType;
  /** Results wanted (default 20). */
  limit?: number;
}

/** In-memory search over the active taxonomy version. */
export interface TaxonomyIndex {
  versionId: string;
  /** Number of concepts indexed. */
  size: number;
  /** Every indexed concept with its labels (other in-memory indexes are built from these). */
  concepts: readonly IndexedConcept[];
  search(query: string, options?: SearchOptions): SearchHit[];
  /** The indexed concept with this URI, if any. */
  concept(uri: string): IndexedConcept | undefined;
}

export const emptyTaxonomyIndex: TaxonomyIndex = {
  versionId: '',
  size: 0,
  concepts: [],
  search: () => [],
  concept: () => undefined,
};

/** Builds the search index of a taxonomy version from its concepts. Pure; ~1 s for ESCO. */
export function buildTaxonomyIndex(
  versionId: string,
  concepts: readonly IndexedConcept[],
): TaxonomyIndex {
  const search = buildConceptSearch(concepts);
  const byUri = new Map(concepts.map((c) => [c.uri, c]));
  return {
    versionId,
    size: concepts.length,
    concepts,
    search: (query, options = {}) => search(query, options),
    concept: (uri) => byUri.get(uri),
  };
}
