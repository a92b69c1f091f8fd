import type { IndexedConcept, LabelKind } from '../taxonomy-index.js';
import { labelTokens, normalizeLabel } from './label-text.js';
import { WordVocabulary } from './word-vocabulary.js';

export const labelKinds: readonly LabelKind[] = ['preferred', 'alt', 'hidden'];

/**
 * Every label of every concept, column-wise (one array per attribute) to keep 100k+ labels
 * compact, and for each vocabulary word the labels that contain it.
 */
export interface LabelTable {
  concept: Int32Array;
  /** Index into `labelKinds`. */
  kind: Uint8Array;
  /** The label as written in ESCO. */
  text: string[];
  /** The label normalised for comparison. */
  normalized: string[];
  vocabulary: WordVocabulary;
  /** Labels per vocabulary word id. */
  postings: Int32Array[];
  /** Word ids per label. */
  labelWords: Int32Array[];
  /** Tie-break rank of each concept: shorter preferred label first, then alphabetical. */
  tieOrder: Int32Array;
}

/** Lays out the labels of the concepts and indexes their words. */
export function buildLabelTable(concepts: readonly IndexedConcept[]): LabelTable {
  const conceptOf: number[] = [];
  const kindOf: number[] = [];
  const text: string[] = [];
  const normalized: string[] = [];
  concepts.forEach((c, index) => {
    const seen = new Set<string>();
    const add = (label: string, kind: number) => {
      const n = normalizeLabel(label);
      if (n === '' || seen.has(n)) return; // an alt label equal to the preferred one adds nothing
      seen.add(n);
      conceptOf.push(index);
      kindOf.push(kind);
      text.push(label);
      normalized.push(n);
    };
    add(c.preferredLabel, 0);
    for (const l of c.altLabels) add(l, 1);
    for (const l of c.hiddenLabels) add(l, 2);
  });
  const tokens = normalized.map(labelTokens);
  const vocabulary = new WordVocabulary(tokens.flat());
  const lists: number[][] = vocabulary.words.map(() => []);
  tokens.forEach((words, label) => {
    for (const w of words) lists[vocabulary.id(w)!]!.push(label);
  });
  return {
    concept: Int32Array.from(conceptOf),
    kind: Uint8Array.from(kindOf),
    text,
    normalized,
    vocabulary,
    postings: lists.map((l) => Int32Array.from(l)),
    labelWords: tokens.map((words) => Int32Array.from(words, (w) => vocabulary.id(w)!)),
    tieOrder: tieOrderOf(concepts),
  };
}

function tieOrderOf(concepts: readonly IndexedConcept[]): Int32Array {
  const order = concepts
    .map((c, i) => ({ i, label: c.preferredLabel }))
    .sort(
      (a, b) =>
        a.label.length - b.label.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
    );
  const rank = new Int32Array(concepts.length);
  order.forEach((o, r) => (rank[o.i] = r));
  return rank;
}
