import type { EvidenceLevel } from '../people/profile-fields.js';
import type { MatchCandidate } from './match-profiles.js';
import type { MatchWeights } from './match-weights.js';
import type { SkillGraph } from './skill-graph.js';

/**
 * Skill sums are kept in fixed point (integers) so that summing in any order gives the same
 * number: the inverted index adds a candidate's skills posting by posting, the exhaustive scorer
 * adds an opening's skills one by one, and both must reach the same score to the last bit.
 */
export const UNIT = 1000;

/** How much less a skill counts per evidence level, before the evidence weight. */
const EVIDENCE_DISCOUNT: Record<EvidenceLevel, number> = {
  certified: 0,
  assessed: 0.1,
  self_declared: 0.25,
};

/** A required skill's weight in fixed point: its specificity × UNIT, at least 1. */
export function skillUnits(graph: Pick<SkillGraph, 'specificity'>, skillUri: string): number {
  return Math.max(1, Math.round(graph.specificity(skillUri) * UNIT));
}

/** How a candidate meets a required skill: held, or only through a broader or narrower skill. */
export interface SkillCredit {
  /** Credit in fixed point, 0..UNIT. */
  units: number;
  /** `held`: the candidate holds it; `partial`: through `via` in the skill hierarchy. */
  kind: 'held' | 'partial';
  /** Evidence of the held skill the credit comes from. */
  evidence: EvidenceLevel;
  via?: string;
}

type CreditWeights = Pick<MatchWeights, 'evidence' | 'partialSkill'>;

/** The credit of a held skill at an evidence level, or of its neighbours when `partial`. */
export function creditUnits(
  evidence: EvidenceLevel,
  partial: boolean,
  weights: CreditWeights,
): number {
  const held = Math.round(UNIT * (1 - weights.evidence * EVIDENCE_DISCOUNT[evidence]));
  return partial ? Math.round(held * weights.partialSkill) : held;
}

export const EVIDENCE_CODES: readonly EvidenceLevel[] = ['self_declared', 'assessed', 'certified'];

/** A credit as a small code (evidence, partial or not), for index payloads: weights apply later. */
export function creditCode(credit: SkillCredit): number {
  return EVIDENCE_CODES.indexOf(credit.evidence) + (credit.kind === 'partial' ? 3 : 0);
}

/** Credit units per code under the given weights. */
export function creditTable(weights: CreditWeights): Float64Array {
  const table = new Float64Array(6);
  for (let code = 0; code < 6; code++)
    table[code] = creditUnits(EVIDENCE_CODES[code % 3]!, code >= 3, weights);
  return table;
}

/**
 * The credit a candidate earns for every skill an opening could require: each held skill at its
 * evidence level, and each hierarchy neighbour (broader or narrower skill) at the partial weight.
 * Computed once per query; both scorers read it.
 */
export function candidateCredits(
  candidate: Pick<MatchCandidate, 'skills'>,
  graph: Pick<SkillGraph, 'broader' | 'narrower'>,
  weights: CreditWeights,
): Map<string, SkillCredit> {
  const credits = new Map<string, SkillCredit>();
  const held = [...candidate.skills].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [uri, evidence] of held) {
    credits.set(uri, { units: creditUnits(evidence, false, weights), kind: 'held', evidence });
  }
  for (const [uri, evidence] of held) {
    const partial = creditUnits(evidence, true, weights);
    if (partial === 0) continue;
    for (const neighbour of [
      ...(graph.broader.get(uri) ?? []),
      ...(graph.narrower.get(uri) ?? []),
    ]) {
      const current = credits.get(neighbour);
      if (!current || (current.kind === 'partial' && current.units < partial)) {
        credits.set(neighbour, { units: partial, kind: 'partial', evidence, via: uri });
      }
    }
  }
  return credits;
}
