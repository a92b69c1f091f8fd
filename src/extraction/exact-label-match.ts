import { normalizeLabel } from '../taxonomy/search/label-text.js';
import type { LexiconConcept } from './concept-lexicon.js';

/** Labels as a tree of words: the concepts whose label ends at a node, and the words that follow. */
interface LabelWords {
  next: Map<string, LabelWords>;
  concepts: LexiconConcept[];
}

const node = (): LabelWords => ({ next: new Map(), concepts: [] });

/**
 * The reference baseline: a concept is found when one of its preferred or alternative labels
 * occurs verbatim (after case and punctuation folding) in the text. Longer labels rank first,
 * then earlier ones. Linear in the text: from each word, the tree of label words is followed
 * only as far as some label goes on (a 1 MB text took seconds when every span was tried).
 */
export function buildExactLabelMatcher(concepts: readonly LexiconConcept[]) {
  const root = node();
  for (const concept of concepts) {
    for (const label of [concept.preferredLabel, ...concept.altLabels]) {
      const key = normalizeLabel(label);
      if (key === '') continue;
      let at = root;
      for (const word of key.split(' ')) {
        let next = at.next.get(word);
        if (!next) at.next.set(word, (next = node()));
        at = next;
      }
      at.concepts.push(concept);
    }
  }
  return (text: string): LexiconConcept[] => {
    const words = normalizeLabel(text).split(' ');
    const found = new Map<string, { concept: LexiconConcept; length: number; start: number }>();
    let order = 0;
    const rank = new Map<string, number>();
    for (let start = 0; start < words.length; start++) {
      let at: LabelWords | undefined = root;
      for (let end = start; end < words.length; end++) {
        at = at.next.get(words[end]!);
        if (!at) break;
        const length = end - start + 1;
        for (const concept of at.concepts) {
          const held = found.get(concept.uri);
          if (held && held.length >= length) continue;
          found.set(concept.uri, { concept, length, start });
          rank.set(concept.uri, order++);
        }
      }
    }
    return [...found.values()]
      .sort(
        (a, b) =>
          b.length - a.length ||
          a.start - b.start ||
          rank.get(a.concept.uri)! - rank.get(b.concept.uri)!,
      )
      .map((f) => f.concept);
  };
}
