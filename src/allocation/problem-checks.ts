/**
 * Checks on an allocation problem before solving: malformed input is an `invalid` error naming
 * the field; quotas that contradict each other whatever the assignment are reported as
 * conflicts (never a silent partial result); a cohort without eligible pairs is its own error.
 */
import { invalid, unprocessable } from '../shared/errors.js';
import type { AllocationProblem, Range } from './allocation-problem.js';
import type { QuotaConflict } from './allocation-result.js';

/** Throws `allocation.invalid_problem` naming the first malformed field. */
export function checkProblemShape(problem: AllocationProblem): void {
  const n = problem.candidates.length;
  const m = problem.slots.length;
  const bad = (field: string, reason: string) =>
    invalid('allocation.invalid_problem', field, reason);
  if (problem.edgeStart.length !== n + 1)
    throw bad('edgeStart', `must have candidates + 1 = ${n + 1} entries`);
  if (problem.edgeStart[0] !== 0) throw bad('edgeStart[0]', 'must be 0');
  for (let c = 0; c < n; c++)
    if (problem.edgeStart[c + 1]! < problem.edgeStart[c]!)
      throw bad(`edgeStart[${c + 1}]`, 'must not decrease');
  const edges = problem.edgeStart[n]!;
  if (problem.edgeSlot.length < edges || problem.edgeScore.length < edges)
    throw bad('edgeSlot', `edgeSlot and edgeScore need ${edges} entries`);
  for (let e = 0; e < edges; e++) {
    const j = problem.edgeSlot[e]!;
    if (!(j >= 0 && j < m)) throw bad(`edgeSlot[${e}]`, `slot index ${j} out of 0..${m - 1}`);
    const s = problem.edgeScore[e]!;
    if (!(s >= 0 && s <= 100)) throw bad(`edgeScore[${e}]`, `score ${s} is not within 0–100`);
  }
  problem.slots.forEach((slot, j) => {
    if (!Number.isInteger(slot.capacity) || slot.capacity < 0)
      throw bad(`slots[${j}].capacity`, 'must be a whole number ≥ 0');
  });
  const q = problem.quotas;
  const share = (field: string, v: number | undefined) => {
    if (v !== undefined && !(v >= 0 && v <= 100)) throw bad(field, 'must be a percent 0–100');
  };
  share('quotas.trackShare.away.min', q.trackShare?.away?.min);
  share('quotas.trackShare.away.max', q.trackShare?.away?.max);
  share('quotas.trackShare.home.min', q.trackShare?.home?.min);
  share('quotas.trackShare.home.max', q.trackShare?.home?.max);
  share('quotas.minWomenShare', q.minWomenShare);
  (q.perRegionMax ?? []).forEach((cap, i) => {
    if (!Number.isInteger(cap.max) || cap.max < 0)
      throw bad(`quotas.perRegionMax[${i}].max`, 'must be a whole number ≥ 0');
  });
  (q.perEmployerMax ?? []).forEach((cap, i) => {
    if (!Number.isInteger(cap.max) || cap.max < 0)
      throw bad(`quotas.perEmployerMax[${i}].max`, 'must be a whole number ≥ 0');
  });
  (q.perOccupationMax ?? []).forEach((cap, i) => {
    if (!Number.isInteger(cap.max) || cap.max < 0)
      throw bad(`quotas.perOccupationMax[${i}].max`, 'must be a whole number ≥ 0');
  });
}

/** Throws `allocation.no_eligible_pairs` when no candidate can take any slot. */
export function checkEligiblePairs(problem: AllocationProblem): void {
  const n = problem.candidates.length;
  const edges = problem.edgeStart[n] ?? 0;
  let usable = 0;
  for (let e = 0; e < edges && usable === 0; e++)
    if (problem.slots[problem.edgeSlot[e]!]!.capacity > 0) usable++;
  if (usable === 0)
    throw unprocessable(
      'allocation.no_eligible_pairs',
      n === 0
        ? 'The cohort has no candidates to allocate.'
        : `None of the ${n} candidates is eligible for a slot with capacity: check the eligibility rules and the slots' capacities.`,
    );
}

/**
 * Quotas that no non-empty assignment can meet: contradictory ranges, shares that need people
 * nobody can provide (no eligible woman, no eligible away job) and caps that shut everyone out.
 */
export function staticQuotaConflicts(problem: AllocationProblem): QuotaConflict[] {
  const conflicts: QuotaConflict[] = [];
  const q = problem.quotas;
  const away: Range = q.trackShare?.away ?? {};
  const home: Range = q.trackShare?.home ?? {};
  for (const [name, r] of [
    ['away', away],
    ['home', home],
  ] as const)
    if (r.min !== undefined && r.max !== undefined && r.min > r.max)
      conflicts.push({
        constraint: `trackShare.${name}`,
        reason: `the minimum share ${r.min}% is above the maximum ${r.max}%`,
      });
  // Every assigned person is on exactly one track: away share = 100 − home share.
  const awayLow = Math.max(away.min ?? 0, 100 - (home.max ?? 100));
  const awayHigh = Math.min(away.max ?? 100, 100 - (home.min ?? 0));
  if (awayLow > awayHigh + 1e-9)
    conflicts.push({
      constraint: 'trackShare',
      reason: `the away track must hold at least ${awayLow}% and at most ${awayHigh}% of the people assigned (away and home shares add up to 100%)`,
    });
  const reach = reachable(problem);
  if (awayLow > 0 && !reach.away)
    conflicts.push({
      constraint: 'trackShare.away.min',
      reason: `a ${awayLow}% away-track share is required but no candidate is eligible for an away job with capacity`,
    });
  if (awayHigh < 100 && !reach.home)
    conflicts.push({
      constraint: 'trackShare.home.min',
      reason: `a ${100 - awayHigh}% home-track share is required but no candidate is eligible for a home job or training seat with capacity`,
    });
  if ((q.minWomenShare ?? 0) > 0 && !reach.woman)
    conflicts.push({
      constraint: 'minWomenShare',
      reason: `${q.minWomenShare}% women are required among the people assigned but no woman is eligible for a slot with capacity`,
    });
  if ((q.minWomenShare ?? 0) >= 100 - 1e-9 && awayLow > 0 && !reach.womanAway)
    conflicts.push({
      constraint: 'minWomenShare + trackShare.away.min',
      reason: 'only women may be assigned, and no woman is eligible for an away job',
    });
  return conflicts;
}

function reachable(problem: AllocationProblem) {
  const out = { away: false, home: false, woman: false, womanAway: false };
  const capped = new Map((problem.quotas.perRegionMax ?? []).map((r) => [r.region, r.max]));
  const employerCap = new Map(
    (problem.quotas.perEmployerMax ?? []).map((r) => [r.employerId, r.max]),
  );
  const occupationCap = new Map(
    (problem.quotas.perOccupationMax ?? []).map((r) => [r.occupation, r.max]),
  );
  problem.candidates.forEach((candidate, c) => {
    if (capped.get(candidate.originRegion) === 0) return;
    for (let e = problem.edgeStart[c]!; e < problem.edgeStart[c + 1]!; e++) {
      const slot = problem.slots[problem.edgeSlot[e]!]!;
      if (slot.capacity <= 0) continue;
      if (slot.employerId !== undefined && employerCap.get(slot.employerId) === 0) continue;
      if (slot.occupation !== undefined && occupationCap.get(slot.occupation) === 0) continue;
      const isAway = slot.kind === 'away_job';
      if (isAway) out.away = true;
      else out.home = true;
      if (candidate.gender === 'female') {
        out.woman = true;
        if (isAway) out.womanAway = true;
      }
    }
  });
  return out;
}
