import { allowedTypos, boundedEditDistance, wordTrigrams } from './label-text.js';

/** How a query word met a word of the vocabulary. */
export interface WordMatch {
  wordId: number;
  kind: 'exact' | 'prefix' | 'fuzzy';
  /** 1 for an exact word, less for a prefix or a typo. */
  quality: number;
}

/**
 * The distinct words of every label, sorted so that the words sharing a prefix are contiguous,
 * with a trigram index for typo-tolerant lookup.
 */
export class WordVocabulary {
  readonly words: string[];
  private readonly idOf: Map<string, number>;
  private readonly trigramWords = new Map<string, number[]>();
  private readonly overlap: Uint16Array;
  private readonly overlapStamp: Uint32Array;
  private stamp = 0;

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)].sort();
    this.idOf = new Map(this.words.map((w, i) => [w, i]));
    this.words.forEach((word, id) => {
      for (const gram of wordTrigrams(word)) {
        const list = this.trigramWords.get(gram);
        if (list) list.push(id);
        else this.trigramWords.set(gram, [id]);
      }
    });
    this.overlap = new Uint16Array(this.words.length);
    this.overlapStamp = new Uint32Array(this.words.length);
  }

  /** The id of a word of the vocabulary, or undefined. */
  id(word: string): number | undefined {
    return this.idOf.get(word);
  }

  /** The ids of every word starting with `prefix` (a contiguous range of the sorted words). */
  withPrefix(prefix: string): number[] {
    const from = this.lowerBound(prefix);
    const ids: number[] = [];
    for (let id = from; id < this.words.length && this.words[id]!.startsWith(prefix); id++) {
      ids.push(id);
    }
    return ids;
  }

  /** Words within the allowed number of typos of `word`, found through shared trigrams. */
  similar(word: string): WordMatch[] {
    const max = allowedTypos(word);
    if (max === 0) return [];
    const grams = wordTrigrams(word);
    // Each edit destroys at most three trigrams, so fewer shared ones cannot be within `max`.
    const needed = Math.max(1, grams.length - 3 * max);
    const stamp = ++this.stamp;
    const candidates: number[] = [];
    for (const gram of grams) {
      for (const id of this.trigramWords.get(gram) ?? []) {
        if (this.overlapStamp[id] !== stamp) {
          this.overlapStamp[id] = stamp;
          this.overlap[id] = 0;
        }
        const shared = this.overlap[id]! + 1;
        this.overlap[id] = shared;
        if (shared === needed) candidates.push(id);
      }
    }
    const matches: WordMatch[] = [];
    for (const id of candidates) {
      const distance = boundedEditDistance(word, this.words[id]!, max);
      if (distance > 0 && distance <= max) {
        matches.push({ wordId: id, kind: 'fuzzy', quality: 0.75 - 0.15 * distance });
      }
    }
    return matches;
  }

  /**
   * How a query word matches the vocabulary: exactly; by prefix when it is the word being typed;
   * by typo tolerance only when neither finds anything, so real words are not blurred.
   */
  match(word: string, isLast: boolean): WordMatch[] {
    const matches: WordMatch[] = [];
    const exact = this.id(word);
    if (exact !== undefined) matches.push({ wordId: exact, kind: 'exact', quality: 1 });
    // A single letter would expand to thousands of words; it stands for itself ("C", "R").
    if (isLast && word.length > 1) {
      for (const id of this.withPrefix(word)) {
        if (id !== exact) matches.push({ wordId: id, kind: 'prefix', quality: 0.85 });
      }
    }
    return matches.length > 0 ? matches : this.similar(word);
  }

  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
