/**
 * The in-process reference a developer would pick for label search: MiniSearch over the same
 * concepts (preferred, alternative and hidden labels), with prefix and fuzzy search as its
 * documentation suggests for search-as-you-type (`prefix: true`, `fuzzy: 0.2`), preferred labels
 * boosted.
 */
import MiniSearch from 'minisearch';
import type { IndexedConcept } from '../src/taxonomy/taxonomy-index.js';

export interface MiniSearchReference {
  search(text: string, limit: number): string[];
}

export function miniSearchReference(concepts: readonly IndexedConcept[]): MiniSearchReference {
  const index = new MiniSearch<{ id: string; preferred: string; alt: string; hidden: string }>({
    fields: ['preferred', 'alt', 'hidden'],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { preferred: 2 } },
  });
  index.addAll(
    concepts.map((c) => ({
      id: c.uri,
      preferred: c.preferredLabel,
      alt: c.altLabels.join(' \n '),
      hidden: c.hiddenLabels.join(' \n '),
    })),
  );
  return {
    search: (text, limit) =>
      index
        .search(text)
        .slice(0, limit)
        .map((r) => String(r.id)),
  };
}
