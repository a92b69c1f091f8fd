import type { IndexedConcept, SearchHit, SearchOptions } from '../taxonomy-index.js';
import { labelKinds, buildLabelTable, type LabelTable } from './label-table.js';
import { labelTokens, normalizeLabel } from './label-text.js';
import { labelScore, matchTier } from './label-score.js';
import { TopConcepts } from './top-concepts.js';

const defaultLimit = 20;

/** Per-label scratch space reused by every query, reset lazily through a generation stamp. */
interface Scratch {
  stamp: Uint32Array;
  matched: Uint8Array;
  lastWord: Int16Array;
  lastQuality: Float32Array;
  qualitySum: Float32Array;
  typo: Uint8Array;
  generation: number;
}

/** Builds the search function over the concepts' labels. */
export function buildConceptSearch(
  concepts: readonly IndexedConcept[],
): (query: string, options: SearchOptions) => SearchHit[] {
  const table = buildLabelTable(concepts);
  const n = table.text.length;
  const scratch: Scratch = {
    stamp: new Uint32Array(n),
    matched: new Uint8Array(n),
    lastWord: new Int16Array(n),
    lastQuality: new Float32Array(n),
    qualitySum: new Float32Array(n),
    typo: new Uint8Array(n),
    generation: 0,
  };
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
  const touched = collectWordMatches(table, scratch, words);
  const ranking = new TopConcepts(options.limit ?? defaultLimit, table.tieOrder);
  for (const label of eligibleLabels(scratch, touched, words.length)) {
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

/** Marks, for every label, how many query words it contains and how well; returns those touched. */
function collectWordMatches(table: LabelTable, s: Scratch, words: string[]): number[] {
  const generation = ++s.generation;
  const touched: number[] = [];
  words.forEach((word, w) => {
    for (const m of table.vocabulary.match(word, w === words.length - 1)) {
      for (const label of table.postings[m.wordId]!) {
        if (s.stamp[label] !== generation) {
          s.stamp[label] = generation;
          s.matched[label] = 0;
          s.qualitySum[label] = 0;
          s.typo[label] = 0;
          s.lastWord[label] = -1;
          touched.push(label);
        }
        if (s.lastWord[label] !== w) {
          s.lastWord[label] = w;
          s.matched[label]! += 1;
          s.qualitySum[label]! += m.quality;
          s.lastQuality[label] = m.quality;
          if (m.kind === 'fuzzy') s.typo[label] = 1;
        } else if (m.quality > s.lastQuality[label]!) {
          s.qualitySum[label]! += m.quality - s.lastQuality[label]!;
          s.lastQuality[label] = m.quality;
        }
      }
    }
  });
  return touched;
}

/** Labels holding every query word; failing any, those holding at least half of them. */
function eligibleLabels(s: Scratch, touched: number[], wordCount: number): number[] {
  const full = touched.filter((l) => s.matched[l] === wordCount);
  if (full.length > 0 || wordCount === 1) return full;
  const minimum = Math.ceil(wordCount / 2);
  return touched.filter((l) => s.matched[l]! >= minimum);
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
