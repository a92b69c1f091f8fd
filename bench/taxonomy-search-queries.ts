import type { IndexedConcept } from '../src/taxonomy/taxonomy-index.js';

/** A benchmark query and how it was made from a concept's label. */
export interface BenchQuery {
  text: string;
  kind: 'exact' | 'prefix' | 'typo';
  uri: string;
}

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** One typing error in the longest word: a swapped, dropped, doubled or replaced letter. */
export function withTypo(label: string, random: () => number): string {
  const words = label.toLowerCase().split(' ');
  const longest = words.reduce((best, w, i) => (w.length > words[best]!.length ? i : best), 0);
  const word = words[longest]!;
  if (word.length < 5) return label.toLowerCase();
  const at = 1 + Math.floor(random() * (word.length - 2));
  const edits = [
    () => word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2),
    () => word.slice(0, at) + word.slice(at + 1),
    () => word.slice(0, at) + word[at] + word.slice(at),
    () => word.slice(0, at) + letters[Math.floor(random() * 26)] + word.slice(at + 1),
  ];
  words[longest] = edits[Math.floor(random() * edits.length)]!();
  return words.join(' ');
}

/** Exact preferred labels, label prefixes and typo'd labels of randomly drawn concepts. */
export function benchQueries(
  concepts: readonly IndexedConcept[],
  perKind: number,
  random: () => number,
): BenchQuery[] {
  const draw = () => concepts[Math.floor(random() * concepts.length)]!;
  const queries: BenchQuery[] = [];
  for (let i = 0; i < perKind; i++) {
    const exact = draw();
    queries.push({ text: exact.preferredLabel, kind: 'exact', uri: exact.uri });
    const prefixed = draw();
    const length = 3 + Math.floor(random() * 6);
    queries.push({
      text: prefixed.preferredLabel.slice(0, length),
      kind: 'prefix',
      uri: prefixed.uri,
    });
    const typo = draw();
    queries.push({ text: withTypo(typo.preferredLabel, random), kind: 'typo', uri: typo.uri });
  }
  return queries;
}
