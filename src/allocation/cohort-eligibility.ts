import type { CandidateExclusion } from './allocation-problem.js';

/** The partnership's rules on which pairs may be allocated at all (docs/allocation.md). */
export interface EligibilityRules {
  /**
   * Occupations (ISCO-08 unit groups or ESCO URIs) a slot must fill to be eligible; empty when
   * the partnership names none (then every linked slot is).
   */
  priorityOccupations: readonly string[];
  /** Pairs scoring below this (0–100) are not eligible. */
  minimumScore: number;
}

/** A slot is in a priority occupation when the partnership names none or its occupation is one. */
export function isPrioritySlot(rules: EligibilityRules, occupation: string | null): boolean {
  if (rules.priorityOccupations.length === 0) return true;
  return occupation !== null && rules.priorityOccupations.includes(occupation);
}

/** A scored pair: the slot's index and the score, null when the matching engine finds no fit. */
export interface ScoredPair {
  slot: number;
  score: number | null;
}

/**
 * Keeps the pairs the rules allow (a priority slot, a score at or above the minimum) and says
 * which rule left the person without any, when one did: `no_priority_slot` when none of their
 * scored pairs is in a priority occupation, `below_minimum_score` when some are but every one
 * scores below the minimum. Pure.
 */
export function applyEligibility(
  rules: EligibilityRules,
  pairs: readonly ScoredPair[],
  prioritySlot: (slot: number) => boolean,
): { kept: { slot: number; score: number }[]; excluded?: CandidateExclusion } {
  const scored = pairs.filter((p): p is { slot: number; score: number } => p.score !== null);
  const inPriority = scored.filter((p) => prioritySlot(p.slot));
  const kept = inPriority.filter((p) => p.score >= rules.minimumScore);
  if (kept.length > 0 || scored.length === 0) return { kept };
  if (inPriority.length === 0) return { kept, excluded: { rule: 'no_priority_slot' } };
  const bestScore = Math.max(...inPriority.map((p) => p.score));
  return {
    kept,
    excluded: { rule: 'below_minimum_score', minimumScore: rules.minimumScore, bestScore },
  };
}
