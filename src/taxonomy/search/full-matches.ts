import type { LabelTable } from './label-table.js';
import type { WordMatch } from './word-vocabulary.js';

/** Per-label match facts written by the candidate finders and read by the scorer. */
export interface Scratch {
  stamp: Uint32Array;
  matched: Uint8Array;
  lastWord: Int16Array;
  lastQuality: Float32Array;
  qualitySum: Float32Array;
  typo: Uint8Array;
  generation: number;
}

/** Fresh scratch space for a table of `labels` labels. */
export function newScratch(labels: number): Scratch {
  return {
    stamp: new Uint32Array(labels),
    matched: new Uint8Array(labels),
    lastWord: new Int16Array(labels),
    lastQuality: new Float32Array(labels),
    qualitySum: new Float32Array(labels),
    typo: new Uint8Array(labels),
    generation: 0,
  };
}

/**
 * The labels holding every query word. Only the labels of the rarest query word are visited and
 * checked against the others through their own word lists, so a query with a common word such as
 * "of" or "manage" costs what its rarest word costs.
 */
export function fullMatches(table: LabelTable, s: Scratch, perWord: WordMatch[][]): number[] {
  if (perWord.some((m) => m.length === 0)) return [];
  const postingsOf = (matches: WordMatch[]) =>
    matches.reduce((n, m) => n + table.postings[m.wordId]!.length, 0);
  const sizes = perWord.map(postingsOf);
  const driver = sizes.indexOf(Math.min(...sizes));
  const generation = ++s.generation;
  const found: number[] = [];
  if (perWord.length === 1) {
    // One word: the labels of its matches are the answer. Exact matches come first in the list,
    // so a label holding both the exact word and a longer one keeps the better quality.
    for (const m of perWord[0]!) {
      for (const label of table.postings[m.wordId]!) {
        if (s.stamp[label] === generation) continue;
        s.stamp[label] = generation;
        s.matched[label] = 1;
        s.qualitySum[label] = m.quality;
        s.typo[label] = m.kind === 'fuzzy' ? 1 : 0;
        found.push(label);
      }
    }
    return found;
  }
  const lookups = perWord.map((matches) => new Map(matches.map((m) => [m.wordId, m])));
  for (const m of perWord[driver]!) {
    for (const label of table.postings[m.wordId]!) {
      if (s.stamp[label] === generation) continue;
      s.stamp[label] = generation;
      if (matchesEveryWord(table.labelWords[label]!, lookups, s, label)) found.push(label);
    }
  }
  return found;
}

function matchesEveryWord(
  words: Int32Array,
  lookups: Map<number, WordMatch>[],
  s: Scratch,
  label: number,
): boolean {
  let qualitySum = 0;
  let typo = 0;
  for (const lookup of lookups) {
    let best: WordMatch | undefined;
    for (const w of words) {
      const m = lookup.get(w);
      if (m && (!best || m.quality > best.quality)) best = m;
    }
    if (!best) return false;
    qualitySum += best.quality;
    if (best.kind === 'fuzzy') typo = 1;
  }
  s.matched[label] = lookups.length;
  s.qualitySum[label] = qualitySum;
  s.typo[label] = typo;
  return true;
}

/**
 * Every label holding at least one query word, with how many and how well: the fallback when no
 * label holds them all.
 */
export function anyMatches(table: LabelTable, s: Scratch, perWord: WordMatch[][]): number[] {
  const generation = ++s.generation;
  const touched: number[] = [];
  perWord.forEach((matches, w) => {
    for (const m of matches) {
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
