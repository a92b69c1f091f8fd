import type { ConceptType, LabelKind } from '../taxonomy/taxonomy-index.js';
import type { ConceptLexicon, LexiconLabel } from './concept-lexicon.js';
import { stemTokens } from './word-stem.js';

/** A concept found in a text, for the user to confirm. */
export interface ExtractedConcept {
  uri: string;
  type: ConceptType;
  preferredLabel: string;
  /** The label that matched best, as written in ESCO. */
  matchedLabel: string;
  matchedKind: LabelKind;
  /** Every word of the matched label occurs in the text, in order and side by side. */
  exact: boolean;
  /** Share of the label's weight found in the text, 0..1. */
  coverage: number;
  /** How sure the extractor is, 0..1: coverage, specificity, adjacency and label kind together. */
  confidence: number;
}

export interface ExtractionOptions {
  /** Only skills or only occupations. */
  type?: ConceptType;
  /** Hits wanted, best first (default 10). */
  limit?: number;
  /** Leave out hits below this confidence (default 0). */
  minConfidence?: number;
}

const KIND_WEIGHT: Record<LabelKind, number> = { preferred: 1, alt: 0.95, hidden: 0.85 };
/** Matched weight at which a label counts as fully specific (about two rare words). */
const SPECIFIC_WEIGHT = 14;

/** Whether the stems occur side by side, in order, somewhere in the token sequence. */
function occursInOrder(tokens: readonly string[], stems: readonly string[]): boolean {
  outer: for (let i = 0; i + stems.length <= tokens.length; i++) {
    for (let j = 0; j < stems.length; j++) if (tokens[i + j] !== stems[j]) continue outer;
    return true;
  }
  return false;
}

function labelScore(
  label: LexiconLabel,
  matched: number,
  tokens: readonly string[],
  present: ReadonlySet<string>,
) {
  const coverage = label.weight > 0 ? matched / label.weight : 0;
  const exact = coverage >= 0.999 && occursInOrder(tokens, label.stems);
  const qualified = label.qualifiers.some((q) => present.has(q)) ? 1.1 : 1;
  const specificity = Math.min(1, 0.35 + matched / SPECIFIC_WEIGHT);
  const ambiguity = 1 / Math.sqrt(label.sharedBy);
  const confidence =
    coverage ** 2 *
    specificity *
    ambiguity *
    KIND_WEIGHT[label.kind] *
    (exact ? 1 : 0.8) *
    qualified;
  return { coverage, exact, confidence: Math.min(1, confidence) };
}

/**
 * Finds ESCO concepts in free text through their labels, ranked by confidence. Multi-word labels
 * match in any inflection (stems) and, with lower confidence, with words apart or missing. Pure.
 */
export function extractConcepts(
  lexicon: ConceptLexicon,
  text: string,
  options: ExtractionOptions = {},
): ExtractedConcept[] {
  const tokens = stemTokens(text);
  const present = new Set(tokens);
  const matchedWeight = new Map<number, number>();
  for (const stem of present) {
    const idf = lexicon.idf.get(stem) ?? 0;
    for (const id of lexicon.postings.get(stem) ?? []) {
      matchedWeight.set(id, (matchedWeight.get(id) ?? 0) + idf);
    }
  }
  const best = new Map<number, ExtractedConcept>();
  for (const [id, matched] of matchedWeight) {
    const label = lexicon.labels[id]!;
    const concept = lexicon.concepts[label.concept]!;
    if (options.type && concept.type !== options.type) continue;
    const score = labelScore(label, matched, tokens, present);
    const previous = best.get(label.concept);
    if (previous && previous.confidence >= score.confidence) continue;
    best.set(label.concept, {
      uri: concept.uri,
      type: concept.type,
      preferredLabel: concept.preferredLabel,
      matchedLabel: label.text,
      matchedKind: label.kind,
      ...score,
    });
  }
  const minConfidence = options.minConfidence ?? 0;
  return [...best.values()]
    .filter((hit) => hit.confidence >= minConfidence)
    .sort((a, b) => b.confidence - a.confidence || a.preferredLabel.localeCompare(b.preferredLabel))
    .slice(0, options.limit ?? 10);
}
