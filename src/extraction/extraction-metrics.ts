/** One labelled sentence of a benchmark set, and what an extractor made of it. */
export interface ScoredSentence {
  /** Gold labels (ESCO preferred labels) of the sentence. */
  gold: ReadonlySet<string>;
  /** Labels the extractor proposes (its hits). */
  proposed: ReadonlySet<string>;
  /** The extractor's ranking, best first. */
  ranking: readonly string[];
}

/** Precision, recall and R-Precision@K over a benchmark set. */
export interface ExtractionFigures {
  sentences: number;
  /** Micro-averaged over all proposed labels. */
  precision: number;
  /** Micro-averaged over all gold labels. */
  recall: number;
  /** Mean over sentences of relevant-in-top-K / min(K, |gold|) (Decorte et al.). */
  rPrecisionAtK: number;
  k: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The figures of a set; sentences without a gold label are left out, as in the benchmark. */
export function extractionFigures(sentences: readonly ScoredSentence[], k = 5): ExtractionFigures {
  const labelled = sentences.filter((s) => s.gold.size > 0);
  let truePositives = 0;
  let proposed = 0;
  let gold = 0;
  let rPrecision = 0;
  for (const s of labelled) {
    for (const label of s.proposed) if (s.gold.has(label)) truePositives++;
    proposed += s.proposed.size;
    gold += s.gold.size;
    const top = s.ranking.slice(0, k).filter((label) => s.gold.has(label)).length;
    rPrecision += top / Math.min(k, s.gold.size);
  }
  return {
    sentences: labelled.length,
    precision: round(proposed === 0 ? 0 : truePositives / proposed),
    recall: round(gold === 0 ? 0 : truePositives / gold),
    rPrecisionAtK: round(labelled.length === 0 ? 0 : rPrecision / labelled.length),
    k,
  };
}
