/** How a label matched a query, from best to worst. */
export enum MatchTier {
  /** Only some query words were found (used when no label has them all). */
  Partial = 0,
  /** Every query word was found, at least one through a typo. */
  Fuzzy = 1,
  /** Every query word was found as a word of the label (the last may be a prefix). */
  Words = 2,
  /** The label starts with the query. */
  Prefix = 3,
  /** The label is the query. */
  Exact = 4,
}

const tierWeight = 100;
const qualityWeight = 40;
const kindWeight = [20, 10, 0]; // preferred, alt, hidden
const brevityWeight = 19;
const maxScore = MatchTier.Exact * tierWeight + qualityWeight + kindWeight[0]! + brevityWeight;

/** The facts about one label's match that decide its rank. */
export interface LabelMatch {
  tier: MatchTier;
  /** Mean quality of the word matches, 0..1 (typos and prefixes lower it). */
  quality: number;
  /** 0 preferred, 1 alt, 2 hidden. */
  kind: number;
  queryLength: number;
  labelLength: number;
}

/**
 * Relevance of a label in 0..1. The tier dominates, then the quality of the word matches, then
 * the kind of label (preferred > alt > hidden), then brevity (a shorter label says less else).
 */
export function labelScore(m: LabelMatch): number {
  const brevity = Math.min(1, m.queryLength / Math.max(1, m.labelLength));
  const raw =
    m.tier * tierWeight +
    m.quality * qualityWeight +
    (kindWeight[m.kind] ?? 0) +
    brevity * brevityWeight;
  return Math.round((raw / maxScore) * 10_000) / 10_000;
}

/** The tier of a label that matched `matchedWords` of `queryWords` words. */
export function matchTier(
  query: string,
  label: string,
  matchedWords: number,
  queryWords: number,
  anyTypo: boolean,
): MatchTier {
  if (label === query) return MatchTier.Exact;
  if (label.startsWith(query)) return MatchTier.Prefix;
  if (matchedWords < queryWords) return MatchTier.Partial;
  return anyTypo ? MatchTier.Fuzzy : MatchTier.Words;
}
