import { invalid } from '../shared/errors.js';
import type {
  AllocationCandidate,
  AllocationProblem,
  AllocationQuotas,
  AllocationSlot,
  CandidateExclusion,
  Gender,
  Range,
} from './allocation-problem.js';
import { applyEligibility, isPrioritySlot, type EligibilityRules } from './cohort-eligibility.js';

/** A person of the cohort as the allocation sees them (from the candidate's profile). */
export interface CohortCandidate {
  id: string;
  gender: Gender;
  nationality: string;
  originRegion: string;
  birthYear: number | null;
  /** Position in the order of application (first-come-first-served comparison). */
  arrival: number;
}

/** A vacancy of the partnership: its positions are places on the away or the home track. */
export interface CohortVacancy {
  id: string;
  title: string;
  track: 'away' | 'home';
  positions: number;
  employerId: string;
  /** The priority occupation its accepted link fills (ISCO-08 code or ESCO URI), or null. */
  occupation: string | null;
}

/** A training programme of the partnership: its seats are places on the home track. */
export interface CohortProgramme {
  id: string;
  title: string;
  seats: number;
  providerId: string;
  /** The priority occupation its accepted link trains for, or null. */
  occupation: string | null;
}

/** The partnership's quotas in its own words (docs/partnerships.md#quotas), plus run options. */
export interface CohortQuotas {
  /** Target share of the cohort per track, in percent (`study` has no slots here). */
  trackShares: { home?: number; away?: number; study?: number };
  minWomenShare: number | null;
  perRegion: { region: string; max: number }[];
  perEmployer: { employerId: string; max: number }[];
  /** Most people per priority occupation (the partnership's caps). */
  perOccupation: { occupation: string; max: number }[];
  /** How far, in percentage points, the track shares may stray from their targets. */
  trackShareTolerance: number;
}

/** Everything the cohort problem is built from; the score function hides the matching engine. */
export interface CohortInput {
  candidates: readonly CohortCandidate[];
  vacancies: readonly CohortVacancy[];
  programmes: readonly CohortProgramme[];
  quotas: CohortQuotas;
  /** Score 0–100 of candidate i on slot j (slots: vacancies, then programmes), null if not eligible. */
  score: (candidateIndex: number, slotIndex: number) => number | null;
  /** Keep only each candidate's best edges (the problem stays sparse). */
  edgesPerCandidate: number;
  /** The year ages are counted in (passed in: the domain has no clock). */
  referenceYear: number;
  /** Priority occupations and minimum score: which pairs may be allocated at all. */
  eligibility: EligibilityRules;
  /** Candidates a coordinator locked: their only edge is the locked slot (none when null). */
  locks?: ReadonlyMap<string, string | null>;
}

/** The age band of someone born in `birthYear`, counted in `year`. */
export function ageBand(birthYear: number | null, year: number): string {
  if (birthYear === null) return 'unknown';
  const age = year - birthYear;
  if (age < 18) return 'under-18';
  if (age <= 24) return '18-24';
  if (age <= 34) return '25-34';
  if (age <= 44) return '35-44';
  return '45+';
}

/** The slots, in the order the score function numbers them: vacancies, then programmes. */
export function cohortSlots(
  vacancies: readonly CohortVacancy[],
  programmes: readonly CohortProgramme[],
): AllocationSlot[] {
  return [
    ...vacancies.map((v): AllocationSlot => ({
      id: v.id,
      kind: v.track === 'away' ? 'away_job' : 'home_job',
      capacity: v.positions,
      employerId: v.employerId,
      label: v.title,
      ...(v.occupation === null ? {} : { occupation: v.occupation }),
    })),
    ...programmes.map((p): AllocationSlot => ({
      id: p.id,
      kind: 'training_seat',
      capacity: p.seats,
      label: p.title,
      ...(p.occupation === null ? {} : { occupation: p.occupation }),
    })),
  ];
}

const clampPercent = (x: number) => Math.min(100, Math.max(0, x));

/**
 * The partnership's track targets as ranges of the share of people assigned. Training seats
 * count as the home track; the study track has no slot, so the away and home targets are
 * rescaled to what they are of each other (40/40/20 → 50% away, 50% home).
 */
export function trackShareRanges(quotas: CohortQuotas): AllocationQuotas['trackShare'] {
  const { away, home } = quotas.trackShares;
  if (away === undefined && home === undefined) return undefined;
  const offered = (away ?? 0) + (home ?? 0);
  const total = away !== undefined && home !== undefined ? offered : 100;
  if (total <= 0) return undefined;
  const range = (target: number | undefined): Range | undefined =>
    target === undefined
      ? undefined
      : {
          min: clampPercent((target / total) * 100 - quotas.trackShareTolerance),
          max: clampPercent((target / total) * 100 + quotas.trackShareTolerance),
        };
  const ranges: NonNullable<AllocationQuotas['trackShare']> = {};
  const awayRange = range(away);
  const homeRange = range(home);
  if (awayRange) ranges.away = awayRange;
  if (homeRange) ranges.home = homeRange;
  return ranges;
}

/** The allocation's quotas from the partnership's. */
export function cohortQuotas(quotas: CohortQuotas): AllocationQuotas {
  const result: AllocationQuotas = {};
  const trackShare = trackShareRanges(quotas);
  if (trackShare) result.trackShare = trackShare;
  if (quotas.minWomenShare !== null) result.minWomenShare = quotas.minWomenShare;
  if (quotas.perRegion.length > 0) result.perRegionMax = quotas.perRegion.map((r) => ({ ...r }));
  if (quotas.perEmployer.length > 0) {
    result.perEmployerMax = quotas.perEmployer.map((e) => ({ ...e }));
  }
  if (quotas.perOccupation.length > 0) {
    result.perOccupationMax = quotas.perOccupation.map((o) => ({ ...o }));
  }
  return result;
}

function checkScore(score: number, candidate: string, slot: string): void {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw invalid(
      'allocation.invalid_score',
      'score',
      `must be a number from 0 to 100, got ${score} for candidate ${candidate} on slot ${slot}`,
    );
  }
}

interface Edge {
  slot: number;
  score: number;
}

/** The person's pairs the partnership's rules allow, best first, and the rule that left them out. */
function scoredEdges(
  input: CohortInput,
  slots: readonly AllocationSlot[],
  i: number,
  candidateId: string,
): { edges: Edge[]; excluded?: CandidateExclusion } {
  const pairs = slots.map((slot, j) => {
    const score = input.score(i, j);
    if (score !== null) checkScore(score, candidateId, slot.id);
    return { slot: j, score };
  });
  const { kept, excluded } = applyEligibility(input.eligibility, pairs, (j) =>
    isPrioritySlot(input.eligibility, slots[j]!.occupation ?? null),
  );
  const edges = kept.sort((a, b) => b.score - a.score || a.slot - b.slot);
  return excluded ? { edges, excluded } : { edges };
}

/** A lock keeps one edge, to the locked slot, even when the pair is not otherwise eligible. */
function lockedEdges(input: CohortInput, i: number, slot: number | undefined): Edge[] {
  if (slot === undefined) return [];
  return [{ slot, score: input.score(i, slot) ?? 0 }];
}

/**
 * Builds the sparse allocation problem of a cohort: every eligible pair is scored and each
 * candidate keeps their `edgesPerCandidate` best slots, best first (ties by slot order). Pure.
 */
export function buildCohortProblem(input: CohortInput): AllocationProblem {
  if (!Number.isInteger(input.edgesPerCandidate) || input.edgesPerCandidate < 1) {
    throw invalid('allocation.invalid_option', 'edgesPerCandidate', 'must be a positive integer');
  }
  const slots = cohortSlots(input.vacancies, input.programmes);
  const candidates: AllocationCandidate[] = input.candidates.map((c) => ({
    id: c.id,
    gender: c.gender,
    nationality: c.nationality,
    originRegion: c.originRegion,
    ageBand: ageBand(c.birthYear, input.referenceYear),
    arrival: c.arrival,
  }));
  const edgeStart = new Int32Array(candidates.length + 1);
  const chosenSlots: number[] = [];
  const chosenScores: number[] = [];
  const slotIndex = new Map(slots.map((s, j) => [s.id, j]));
  candidates.forEach((candidate, i) => {
    const { edges, excluded } = input.locks?.has(candidate.id)
      ? { edges: lockedEdges(input, i, slotIndex.get(input.locks.get(candidate.id) ?? '')) }
      : scoredEdges(input, slots, i, candidate.id);
    if (excluded) candidate.excluded = excluded;
    for (const edge of edges.slice(0, input.edgesPerCandidate)) {
      chosenSlots.push(edge.slot);
      chosenScores.push(edge.score);
    }
    edgeStart[i + 1] = chosenSlots.length;
  });
  return {
    candidates,
    slots,
    edgeStart,
    edgeSlot: Int32Array.from(chosenSlots),
    edgeScore: Float64Array.from(chosenScores),
    quotas: cohortQuotas(input.quotas),
  };
}

/** Why a cohort cannot be allocated at all, or null when it can be tried. */
export function emptyCohortReason(problem: AllocationProblem): string | null {
  if (problem.candidates.length === 0) {
    return 'The cohort is empty: no candidate living in an origin country of the partnership has consented to partnership matching.';
  }
  if (problem.slots.length === 0) {
    return 'The partnership has no slots: link vacancies or training programmes to it first.';
  }
  if (problem.edgeSlot.length === 0) {
    return `No eligible pair: none of the ${problem.candidates.length} candidates is eligible for any of the ${problem.slots.length} slots.`;
  }
  return null;
}
