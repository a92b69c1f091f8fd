/**
 * Why each person got their slot, or none: a stable reason code for the UI and a sentence. The
 * explanation compares the person's eligible slots by score with what each slot ended up
 * holding (full, and with whom) and with the quotas.
 */
import type { AllocationCandidate, AllocationProblem } from './allocation-problem.js';
import { scoreOn } from './allocation-score.js';

export type ReasonCode =
  | 'assigned_best_choice'
  | 'assigned_lower_choice'
  | 'unassigned_no_eligible_slot'
  | 'unassigned_slots_full'
  | 'unassigned_region_cap'
  | 'unassigned_employer_cap'
  | 'unassigned_occupation_cap'
  | 'unassigned_below_minimum_score'
  | 'unassigned_no_priority_slot'
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
  occupation: Map<string, number>;
}

const occupancyCache = new WeakMap<Int32Array, Occupancy>();

function occupancyOf(problem: AllocationProblem, assignment: Int32Array): Occupancy {
  const cached = occupancyCache.get(assignment);
  if (cached) return cached;
  const fill = new Int32Array(problem.slots.length);
  const lowestScore = new Float64Array(problem.slots.length).fill(Number.POSITIVE_INFINITY);
  const region = new Map<string, number>();
  const employer = new Map<string, number>();
  const occupation = new Map<string, number>();
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
    const o = problem.slots[j]!.occupation;
    if (o !== undefined) occupation.set(o, (occupation.get(o) ?? 0) + 1);
  }
  const out = { fill, lowestScore, region, employer, occupation };
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
  const candidate = problem.candidates[c]!;
  if (eligible.length === 0) return noEligibleSlot(candidate);
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
  const blockedBy = capBlocking(problem, occupancy, open);
  if (blockedBy) return blockedBy;
  return {
    code: 'unassigned_quota_balance',
    text: 'Unassigned: slots with room remain, but placing this person would break the track or gender-balance quotas.',
  };
}

/** Why a person has no eligible slot: the partnership rule that left them out, if one did. */
function noEligibleSlot(candidate: AllocationCandidate): AssignmentReason {
  const excluded = candidate.excluded;
  if (excluded?.rule === 'below_minimum_score')
    return {
      code: 'unassigned_below_minimum_score',
      text: `Unassigned: every slot scores below the partnership's minimum score of ${excluded.minimumScore} (best ${excluded.bestScore}).`,
    };
  if (excluded?.rule === 'no_priority_slot')
    return {
      code: 'unassigned_no_priority_slot',
      text: "Unassigned: no eligible slot is in one of the partnership's priority occupations.",
    };
  return { code: 'unassigned_no_eligible_slot', text: 'Unassigned: no eligible slot.' };
}

/** The cap (employer or occupation) that closes every open slot of the person, if one does. */
function capBlocking(
  problem: AllocationProblem,
  occupancy: Occupancy,
  open: readonly { slot: number }[],
): AssignmentReason | null {
  const occupationBlocked = open.every((x) => {
    const o = problem.slots[x.slot]!.occupation;
    const cap =
      o === undefined
        ? undefined
        : problem.quotas.perOccupationMax?.find((q) => q.occupation === o);
    return cap !== undefined && (occupancy.occupation.get(o!) ?? 0) >= cap.max;
  });
  if (occupationBlocked)
    return {
      code: 'unassigned_occupation_cap',
      text: 'Unassigned: every eligible slot with room is in a priority occupation whose cap is reached.',
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
  return null;
}
