import { normalizeLabel } from '../taxonomy/search/label-text.js';
import type { LexiconConcept } from './concept-lexicon.js';

/**
 * The reference baseline: a concept is found when one of its preferred or alternative labels
 * occurs verbatim (after case and punctuation folding) in the text. Longer labels rank first.
 */
export function buildExactLabelMatcher(concepts: readonly LexiconConcept[]) {
  const byLabel = new Map<string, LexiconConcept[]>();
  let longest = 1;
  for (const concept of concepts) {
    for (const label of [concept.preferredLabel, ...concept.altLabels]) {
      const key = normalizeLabel(label);
      if (key === '') continue;
      longest = Math.max(longest, key.split(' ').length);
      const list = byLabel.get(key);
      if (list) list.push(concept);
      else byLabel.set(key, [concept]);
    }
  }
  return (text: string): LexiconConcept[] => {
    const words = normalizeLabel(text).split(' ');
    const found = new Map<string, { concept: LexiconConcept; length: number }>();
    for (let n = Math.min(longest, words.length); n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        for (const concept of byLabel.get(words.slice(i, i + n).join(' ')) ?? []) {
          if (!found.has(concept.uri)) found.set(concept.uri, { concept, length: n });
        }
      }
    }
    return [...found.values()].sort((a, b) => b.length - a.length).map((f) => f.concept);
  };
}
