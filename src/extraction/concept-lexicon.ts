import type { ConceptType, LabelKind } from '../taxonomy/taxonomy-index.js';
import { stemTokens } from './word-stem.js';

/** A concept the extractor can find: an ESCO skill or occupation with all its labels. */
export interface LexiconConcept {
  uri: string;
  type: ConceptType;
  preferredLabel: string;
  altLabels: readonly string[];
  hiddenLabels: readonly string[];
}

/** One label of a concept, reduced to the stems that must appear in a text for it to match. */
export interface LexiconLabel {
  concept: number;
  kind: LabelKind;
  text: string;
  /** Stems of the label outside parentheses, in order, stop words left out. */
  stems: string[];
  /** Stems inside parentheses ("Java (computer programming)"): they qualify, not required. */
  qualifiers: string[];
  /** Sum of the inverse document frequencies of `stems`. */
  weight: number;
  /** How many concepts share exactly these stems ("language" names several): 1 = unambiguous. */
  sharedBy: number;
}

/** The labels of every concept, indexed by stem, with each stem's rarity among labels. */
export interface ConceptLexicon {
  concepts: readonly LexiconConcept[];
  labels: LexiconLabel[];
  /** Labels holding each stem (outside parentheses). */
  postings: Map<string, number[]>;
  /** Inverse document frequency of each stem over labels: rare stems are specific. */
  idf: Map<string, number>;
}

const KINDS: readonly [LabelKind, (c: LexiconConcept) => readonly string[]][] = [
  ['preferred', (c) => [c.preferredLabel]],
  ['alt', (c) => c.altLabels],
  ['hidden', (c) => c.hiddenLabels],
];

/** Splits "Java (computer programming)" into its core and its parenthesised qualifier. */
function labelParts(label: string): { core: string; qualifier: string } {
  const qualifier = [...label.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]).join(' ');
  return { core: label.replace(/\([^)]*\)/g, ' '), qualifier };
}

/** Builds the lexicon of the concepts' preferred, alternative and hidden labels. Pure. */
export function buildConceptLexicon(concepts: readonly LexiconConcept[]): ConceptLexicon {
  const labels: LexiconLabel[] = [];
  concepts.forEach((concept, index) => {
    const seen = new Set<string>();
    for (const [kind, labelsOf] of KINDS) {
      for (const text of labelsOf(concept)) {
        const { core, qualifier } = labelParts(text);
        const stems = [...new Set(stemTokens(core))];
        const key = stems.join(' ');
        if (stems.length === 0 || seen.has(key)) continue;
        seen.add(key);
        const qualifiers = stemTokens(qualifier).filter((s) => !stems.includes(s));
        labels.push({ concept: index, kind, text, stems, qualifiers, weight: 0, sharedBy: 1 });
      }
    }
  });
  const postings = new Map<string, number[]>();
  labels.forEach((label, id) => {
    for (const stem of label.stems) {
      const list = postings.get(stem);
      if (list) list.push(id);
      else postings.set(stem, [id]);
    }
  });
  const idf = new Map<string, number>();
  for (const [stem, list] of postings) idf.set(stem, Math.log(1 + labels.length / list.length));
  const sharing = new Map<string, number>();
  for (const label of labels) {
    label.weight = label.stems.reduce((sum, s) => sum + (idf.get(s) ?? 0), 0);
    const key = label.stems.join(' ');
    sharing.set(key, (sharing.get(key) ?? 0) + 1);
  }
  for (const label of labels) label.sharedBy = sharing.get(label.stems.join(' ')) ?? 1;
  return { concepts, labels, postings, idf };
}
