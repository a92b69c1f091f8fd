import type { IndexedConcept, SearchHit, SearchOptions } from '../taxonomy-index.js';
import { labelKinds, buildLabelTable, type LabelTable } from './label-table.js';
import { labelTokens, normalizeLabel } from './label-text.js';
import { labelScore, matchTier } from './label-score.js';
import { TopConcepts } from './top-concepts.js';
import { anyMatches, fullMatches, newScratch, type Scratch } from './full-matches.js';

const defaultLimit = 20;

/** Builds the search function over the concepts' labels. */
export function buildConceptSearch(
  concepts: readonly IndexedConcept[],
): (query: string, options: SearchOptions) => SearchHit[] {
  const table = buildLabelTable(concepts);
  const scratch = newScratch(table.text.length);
  return (query, options) => search(table, scratch, concepts, query, options);
}

function search(
  table: LabelTable,
  scratch: Scratch,
  concepts: readonly IndexedConcept[],
  query: string,
  options: SearchOptions,
): SearchHit[] {
  const normalized = normalizeLabel(query);
  const words = labelTokens(normalized).slice(0, 32);
  if (words.length === 0) return [];
  const ranking = new TopConcepts(options.limit ?? defaultLimit, table.tieOrder);
  for (const label of candidateLabels(table, scratch, words)) {
    const index = table.concept[label]!;
    if (options.type && concepts[index]!.type !== options.type) continue;
    ranking.offer(index, label, scoreLabel(table, scratch, label, normalized, words.length));
  }
  return ranking
    .best()
    .map(({ concept, label, score }) =>
      toHit(concepts[concept]!, table.text[label]!, table.kind[label]!, score),
    );
}

/**
 * Labels holding every query word; failing any (with several words), labels holding at least
 * half of them.
 */
function candidateLabels(table: LabelTable, s: Scratch, words: string[]): number[] {
  const perWord = words.map((w, i) => table.vocabulary.match(w, i === words.length - 1));
  const full = fullMatches(table, s, perWord);
  if (full.length > 0 || words.length === 1) return full;
  const minimum = Math.ceil(words.length / 2);
  return anyMatches(table, s, perWord).filter((l) => s.matched[l]! >= minimum);
}

function scoreLabel(
  table: LabelTable,
  s: Scratch,
  label: number,
  query: string,
  wordCount: number,
): number {
  const normalized = table.normalized[label]!;
  return labelScore({
    tier: matchTier(query, normalized, s.matched[label]!, wordCount, s.typo[label] === 1),
    quality: s.qualitySum[label]! / wordCount,
    kind: table.kind[label]!,
    queryLength: query.length,
    labelLength: normalized.length,
  });
}

function toHit(concept: IndexedConcept, label: string, kind: number, score: number): SearchHit {
  const hit: SearchHit = {
    uri: concept.uri,
    type: concept.type,
    preferredLabel: concept.preferredLabel,
    matchedLabel: label,
    matchedKind: labelKinds[kind]!,
    score,
  };
  if (concept.code !== undefined) hit.code = concept.code;
  if (concept.iscoCode !== undefined) hit.iscoCode = concept.iscoCode;
  if (concept.skillType !== undefined) hit.skillType = concept.skillType;
  return hit;
}
