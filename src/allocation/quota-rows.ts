/**
 * The partnership's quotas as linear rows over the assignment, `Σ coefficient · x ≤ rhs`, each
 * split into a candidate part and a slot part so that a Lagrangian penalty is one subtraction
 * per edge. Shares are of the people assigned: "at least a of the assigned are on the away
 * track" is `Σ x · (a − isAway) ≤ 0`.
 */
import type { AllocationProblem } from './allocation-problem.js';

export type QuotaRow =
  | { type: 'track'; name: string; constant: number; perAway: number; percent: number }
  | { type: 'women'; name: string; share: number; percent: number }
  | { type: 'region'; name: string; region: number; max: number }
  | { type: 'employer'; name: string; employer: number; max: number }
  | { type: 'occupation'; name: string; occupation: number; max: number };

/** Rows whose right-hand side is a number of people (caps) rather than 0 (shares). */
export const isCapRow = (row: QuotaRow): row is Extract<QuotaRow, { max: number }> =>
  row.type === 'region' || row.type === 'employer' || row.type === 'occupation';

/** Per-candidate and per-slot attributes the rows read, as dense indexes. */
export interface QuotaIndex {
  isAway: Uint8Array;
  isFemale: Uint8Array;
  /** Region index per candidate, -1 when the region has no cap. */
  regionOf: Int32Array;
  /** Employer index per slot, -1 when the employer has no cap. */
  employerOf: Int32Array;
  /** Occupation index per slot, -1 when the occupation has no cap. */
  occupationOf: Int32Array;
}

/** Counts of an assignment that the rows need. */
export interface QuotaCounts {
  assigned: number;
  away: number;
  women: number;
  region: Int32Array;
  employer: Int32Array;
  occupation: Int32Array;
}

export function quotaRows(problem: AllocationProblem): { rows: QuotaRow[]; index: QuotaIndex } {
  const q = problem.quotas;
  const rows: QuotaRow[] = [];
  const away = q.trackShare?.away;
  const home = q.trackShare?.home;
  if (away?.min !== undefined && away.min > 0)
    rows.push(track('trackShare.away.min', away.min / 100, -1, away.min));
  if (away?.max !== undefined && away.max < 100)
    rows.push(track('trackShare.away.max', -away.max / 100, 1, away.max));
  if (home?.min !== undefined && home.min > 0)
    rows.push(track('trackShare.home.min', home.min / 100 - 1, 1, home.min));
  if (home?.max !== undefined && home.max < 100)
    rows.push(track('trackShare.home.max', 1 - home.max / 100, -1, home.max));
  if (q.minWomenShare !== undefined && q.minWomenShare > 0)
    rows.push({
      type: 'women',
      name: 'minWomenShare',
      share: q.minWomenShare / 100,
      percent: q.minWomenShare,
    });
  const regionIndex = new Map<string, number>();
  for (const cap of q.perRegionMax ?? []) {
    const region = regionIndex.get(cap.region) ?? regionIndex.size;
    regionIndex.set(cap.region, region);
    rows.push({ type: 'region', name: `perRegionMax:${cap.region}`, region, max: cap.max });
  }
  const employerIndex = new Map<string, number>();
  for (const cap of q.perEmployerMax ?? []) {
    const employer = employerIndex.get(cap.employerId) ?? employerIndex.size;
    employerIndex.set(cap.employerId, employer);
    rows.push({
      type: 'employer',
      name: `perEmployerMax:${cap.employerId}`,
      employer,
      max: cap.max,
    });
  }
  const occupationIndex = new Map<string, number>();
  for (const cap of q.perOccupationMax ?? []) {
    const occupation = occupationIndex.get(cap.occupation) ?? occupationIndex.size;
    occupationIndex.set(cap.occupation, occupation);
    rows.push({
      type: 'occupation',
      name: `perOccupationMax:${cap.occupation}`,
      occupation,
      max: cap.max,
    });
  }
  const index: QuotaIndex = {
    isAway: Uint8Array.from(problem.slots, (s) => (s.kind === 'away_job' ? 1 : 0)),
    isFemale: Uint8Array.from(problem.candidates, (c) => (c.gender === 'female' ? 1 : 0)),
    regionOf: Int32Array.from(problem.candidates, (c) => regionIndex.get(c.originRegion) ?? -1),
    employerOf: Int32Array.from(problem.slots, (s) =>
      s.employerId === undefined ? -1 : (employerIndex.get(s.employerId) ?? -1),
    ),
    occupationOf: Int32Array.from(problem.slots, (s) =>
      s.occupation === undefined ? -1 : (occupationIndex.get(s.occupation) ?? -1),
    ),
  };
  return { rows, index };
}

function track(name: string, constant: number, perAway: number, percent: number): QuotaRow {
  return { type: 'track', name, constant, perAway, percent };
}

export function emptyCounts(regions: number, employers: number, occupations = 0): QuotaCounts {
  return {
    assigned: 0,
    away: 0,
    women: 0,
    region: new Int32Array(regions),
    employer: new Int32Array(employers),
    occupation: new Int32Array(occupations),
  };
}

/** Adds (sign 1) or removes (sign -1) candidate c on slot j in the counts. */
export function countPair(
  counts: QuotaCounts,
  index: QuotaIndex,
  c: number,
  j: number,
  sign: 1 | -1,
): void {
  counts.assigned += sign;
  counts.away += sign * index.isAway[j]!;
  counts.women += sign * index.isFemale[c]!;
  const r = index.regionOf[c]!;
  if (r >= 0) counts.region[r]! += sign;
  const k = index.employerOf[j]!;
  if (k >= 0) counts.employer[k]! += sign;
  const o = index.occupationOf[j]!;
  if (o >= 0) counts.occupation[o]! += sign;
}

export function countAssignment(
  assignment: Int32Array,
  index: QuotaIndex,
  rows: readonly QuotaRow[],
): QuotaCounts {
  const counts = emptyCounts(
    Math.max(0, ...rows.map((r) => (r.type === 'region' ? r.region + 1 : 0))),
    Math.max(0, ...rows.map((r) => (r.type === 'employer' ? r.employer + 1 : 0))),
    Math.max(0, ...rows.map((r) => (r.type === 'occupation' ? r.occupation + 1 : 0))),
  );
  for (let c = 0; c < assignment.length; c++) {
    const j = assignment[c]!;
    if (j >= 0) countPair(counts, index, c, j, 1);
  }
  return counts;
}

/** Row activity minus right-hand side: > 0 means the quota is violated by that many units. */
export function rowExcess(row: QuotaRow, counts: QuotaCounts): number {
  switch (row.type) {
    case 'track':
      return row.constant * counts.assigned + row.perAway * counts.away;
    case 'women':
      return row.share * counts.assigned - counts.women;
    case 'region':
      return counts.region[row.region]! - row.max;
    case 'employer':
      return counts.employer[row.employer]! - row.max;
    case 'occupation':
      return counts.occupation[row.occupation]! - row.max;
  }
}

/** Tolerance for share rows, whose activity is fractional. */
export const ROW_TOLERANCE = 1e-9;

export function violatedRows(rows: readonly QuotaRow[], counts: QuotaCounts): QuotaRow[] {
  return rows.filter((row) => rowExcess(row, counts) > ROW_TOLERANCE);
}

/**
 * Penalties of multipliers λ (one per row) split into a candidate part and a slot part, so that
 * the Lagrangian weight of edge (c, j) is `w − candidatePenalty[c] − slotPenalty[j]`.
 */
export function rowPenalties(
  rows: readonly QuotaRow[],
  lambda: Float64Array,
  index: QuotaIndex,
  candidatePenalty: Float64Array,
  slotPenalty: Float64Array,
): void {
  candidatePenalty.fill(0);
  slotPenalty.fill(0);
  rows.forEach((row, k) => {
    const l = lambda[k]!;
    if (l === 0) return;
    switch (row.type) {
      case 'track':
        for (let c = 0; c < candidatePenalty.length; c++) candidatePenalty[c]! += l * row.constant;
        for (let j = 0; j < slotPenalty.length; j++)
          slotPenalty[j]! += l * row.perAway * index.isAway[j]!;
        return;
      case 'women':
        for (let c = 0; c < candidatePenalty.length; c++)
          candidatePenalty[c]! += l * (row.share - index.isFemale[c]!);
        return;
      case 'region':
        for (let c = 0; c < candidatePenalty.length; c++)
          if (index.regionOf[c] === row.region) candidatePenalty[c]! += l;
        return;
      case 'employer':
        for (let j = 0; j < slotPenalty.length; j++)
          if (index.employerOf[j] === row.employer) slotPenalty[j]! += l;
        return;
      case 'occupation':
        for (let j = 0; j < slotPenalty.length; j++)
          if (index.occupationOf[j] === row.occupation) slotPenalty[j]! += l;
        return;
    }
  });
}
