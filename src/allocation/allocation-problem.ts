/**
 * A cohort allocation problem: candidates × slots with a matching score on each eligible pair
 * (a sparse bipartite graph), slot capacities and the partnership's quotas. Edges are stored
 * compressed by candidate (CSR) in typed arrays so that 200k × 50k instances with 50 edges per
 * candidate fit in memory. Pure data; the solvers never mutate it.
 */
export type SlotKind = 'away_job' | 'home_job' | 'training_seat';

export const GENDERS = ['female', 'male', 'other', 'undisclosed'] as const;
export type Gender = (typeof GENDERS)[number];

export interface AllocationCandidate {
  id: string;
  gender: Gender;
  nationality: string;
  /** Region of origin (ISO 3166-2 or a declared name). */
  originRegion: string;
  /** Age band such as `18-24`, `25-34`, `35-44`, `45+`, or `unknown`. */
  ageBand: string;
  /** Position in the order of application, for the first-come-first-served comparison. */
  arrival: number;
  /** Why pairs of this person were left out before solving, when the partnership's rules did. */
  excluded?: CandidateExclusion;
}

/**
 * The partnership rule that removed a person's pairs before solving: no slot in a priority
 * occupation, or every pair scoring below the partnership's minimum score (the best shown).
 */
export type CandidateExclusion =
  | { rule: 'no_priority_slot' }
  | { rule: 'below_minimum_score'; minimumScore: number; bestScore: number };

export interface AllocationSlot {
  id: string;
  kind: SlotKind;
  /** How many people the slot takes (vacancy positions, training seats). */
  capacity: number;
  /** Employer of a job slot, for per-employer caps. */
  employerId?: string;
  /** The partnership's priority occupation the slot fills, for per-occupation caps. */
  occupation?: string;
  label: string;
}

export interface Range {
  /** Percent of the people assigned, 0–100. */
  min?: number;
  max?: number;
}

export interface AllocationQuotas {
  /** Share of the assigned people on the away track (away jobs) and on the home track (home jobs and training). */
  trackShare?: { away?: Range; home?: Range };
  /** Minimum share of women among the people assigned, 0–100. */
  minWomenShare?: number;
  /** Most people assigned per region of origin. */
  perRegionMax?: { region: string; max: number }[];
  /** Most people assigned per employer. */
  perEmployerMax?: { employerId: string; max: number }[];
  /** Most people assigned per priority occupation (slots name theirs). */
  perOccupationMax?: { occupation: string; max: number }[];
}

export interface AllocationProblem {
  candidates: readonly AllocationCandidate[];
  slots: readonly AllocationSlot[];
  /** Edges of candidate c are `edgeStart[c] .. edgeStart[c + 1] - 1` (length candidates + 1). */
  edgeStart: Int32Array;
  /** Slot index of each edge. */
  edgeSlot: Int32Array;
  /** Matching score of each edge, 0–100; higher is better. */
  edgeScore: Float64Array;
  /**
   * Optional, for deferred acceptance: the candidate's own rank of each edge's slot (1 = first
   * choice). Without it candidates prefer higher scores.
   */
  edgeCandidateRank?: Int32Array;
  /**
   * Optional, for deferred acceptance: the employer's or programme's rank of the candidate on
   * each edge (1 = most wanted). Without it slots prefer higher scores.
   */
  edgeSlotRank?: Int32Array;
  quotas: AllocationQuotas;
}
