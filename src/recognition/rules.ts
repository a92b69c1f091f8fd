/** The engine's parameters, as data (docs/recognition.md, "The rules"). */
export interface RecognitionRules {
  /** Recorded with every result so that it can be reproduced. */
  version: string;
  /** Without an agreement, below this share of essential skills covered the answer is no. */
  minCoverageForPartial: number;
  /** Months of experience in the target occupation that offset a one-level shortfall. */
  experienceMonthsToOffsetOneLevel: number;
  /** Length of the adaptation period proposed for skills no module teaches. */
  adaptationPeriodMonths: number;
  /** Above this many missing skills the compensation plan is greedy rather than exact. */
  exactCoverLimit: number;
}

/** The rules Passerelle ships with. */
export const DEFAULT_RULES: RecognitionRules = {
  version: 'recognition-rules-1',
  minCoverageForPartial: 0.5,
  experienceMonthsToOffsetOneLevel: 36,
  adaptationPeriodMonths: 6,
  exactCoverLimit: 20,
};
