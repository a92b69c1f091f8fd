/**
 * Why each person got their slot, or none: a stable reason code for the UI and a sentence. The
 * explanation compares the person's eligible slots by score with what each slot ended up
 * holding (full, and with whom) and with the quotas.
 */
import type { AllocationProblem } from './allocation-problem.js';
import { scoreOn } from './allocation-score.js';

export type ReasonCode =
  | 'assigned_best_choice'
  | 'assigned_lower_choice'
  | 'unassigned_no_eligible_slot'
  | 'unassigned_slots_full'
  | 'unassigned_region_cap'
  | 'unassigned_employer_cap'
  | 'unassigned_quota_balance'
  | 'unassigned_no_positive_score';

export interface AssignmentReason {
  code: ReasonCode;
  text: string;
  /** Rank (1 = best score) of the slot assigned among the person's eligible slots. */
  choiceRank?: number;
  /** Better-scoring slots that were full, by label. */
  fullBetterSlots?: string[];
}

interface Occupancy {
  fill: Int32Array;
  /** Lowest score among the people placed in each slot. */
  lowestScore: Float64Array;
  region: Map<string, number>;
  employer: Map<string, number>;
}

const occupancyCache = new WeakMap<Int32Array, Occupancy>();

function occupancyOf(problem: AllocationProblem, assignment: Int32Array): Occupancy {
  const cached = occupancyCache.get(assignment);
  if (cached) return cached;
  const fill = new Int32Array(problem.slots.length);
  const lowestScore = new Float64Array(problem.slots.length).fill(Number.POSITIVE_INFINITY);
  const region = new Map<string, number>();
  const employer = new Map<string, number>();
  for (let c = 0; c < assignment.length; c++) {
    const j = assignment[c]!;
    if (j < 0) continue;
    fill[j]!++;
    const s = scoreOn(problem, c, j);
    if (s < lowestScore[j]!) lowestScore[j] = s;
    const r = problem.candidates[c]!.originRegion;
    region.set(r, (region.get(r) ?? 0) + 1);
    const k = problem.slots[j]!.employerId;
    if (k !== undefined) employer.set(k, (employer.get(k) ?? 0) + 1);
  }
  const out = { fill, lowestScore, region, employer };
  occupancyCache.set(assignment, out);
  return out;
}

/** The reason for candidate c's outcome in an allocation (optimal, stable or greedy). */
export function explainAssignment(
  problem: AllocationProblem,
  result: { assignment: Int32Array },
  candidateIndex: number,
): AssignmentReason {
  const c = candidateIndex;
  const occupancy = occupancyOf(problem, result.assignment);
  const eligible: { slot: number; score: number }[] = [];
  for (let e = problem.edgeStart[c]!; e < problem.edgeStart[c + 1]!; e++)
    if (problem.slots[problem.edgeSlot[e]!]!.capacity > 0)
      eligible.push({ slot: problem.edgeSlot[e]!, score: problem.edgeScore[e]! });
  eligible.sort((a, b) => b.score - a.score);
  const label = (j: number) => problem.slots[j]!.label;
  const j = result.assignment[c]!;
  if (j >= 0) {
    const rank = eligible.findIndex((x) => x.slot === j) + 1;
    const better = eligible.slice(0, Math.max(0, rank - 1));
    if (better.every((x) => x.score === eligible[rank - 1]?.score))
      return {
        code: 'assigned_best_choice',
        text: `Assigned to ${label(j)}, the best-scoring eligible slot (score ${scoreOn(problem, c, j)}).`,
        choiceRank: 1,
      };
    const full = better.filter((x) => occupancy.fill[x.slot]! >= problem.slots[x.slot]!.capacity);
    const fullText = full
      .slice(0, 3)
      .map(
        (x) => `${label(x.slot)} (full; its placements score ≥ ${occupancy.lowestScore[x.slot]})`,
      )
      .join(', ');
    return {
      code: 'assigned_lower_choice',
      text:
        `Assigned to ${label(j)}, choice ${rank} of ${eligible.length} by score. ` +
        (full.length > 0
          ? `Better-scoring slots went to others: ${fullText}.`
          : 'Better-scoring slots had room, but the quotas limited who could take them.'),
      choiceRank: rank,
      fullBetterSlots: full.map((x) => label(x.slot)),
    };
  }
  if (eligible.length === 0)
    return { code: 'unassigned_no_eligible_slot', text: 'Unassigned: no eligible slot.' };
  const candidate = problem.candidates[c]!;
  const regionCap = problem.quotas.perRegionMax?.find((r) => r.region === candidate.originRegion);
  if (regionCap && (occupancy.region.get(candidate.originRegion) ?? 0) >= regionCap.max)
    return {
      code: 'unassigned_region_cap',
      text: `Unassigned: the cap of ${regionCap.max} people from ${candidate.originRegion} is reached.`,
    };
  const open = eligible.filter((x) => occupancy.fill[x.slot]! < problem.slots[x.slot]!.capacity);
  if (open.length === 0)
    return {
      code: 'unassigned_slots_full',
      text: `Unassigned: all ${eligible.length} eligible slots are full.`,
    };
  if (open.every((x) => x.score <= 0))
    return {
      code: 'unassigned_no_positive_score',
      text: 'Unassigned: the only slots with room have a matching score of 0.',
    };
  const employerBlocked = open.every((x) => {
    const k = problem.slots[x.slot]!.employerId;
    const cap =
      k === undefined ? undefined : problem.quotas.perEmployerMax?.find((e) => e.employerId === k);
    return cap !== undefined && (occupancy.employer.get(cap.employerId) ?? 0) >= cap.max;
  });
  if (employerBlocked)
    return {
      code: 'unassigned_employer_cap',
      text: 'Unassigned: every eligible slot with room belongs to an employer whose cap is reached.',
    };
  return {
    code: 'unassigned_quota_balance',
    text: 'Unassigned: slots with room remain, but placing this person would break the track or gender-balance quotas.',
  };
}
