/**
 * The allocation as an LP in HiGHS's column format (one column per eligible pair; a row per
 * candidate, per slot and per quota), the independent reference the tests and the benchmark
 * compare the auction with. Pure: it only builds arrays; the caller runs HiGHS.
 */
import type { AllocationProblem } from '../src/allocation/allocation-problem.js';
import { isCapRow, quotaRows } from '../src/allocation/quota-rows.js';

export interface AllocationLp {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

/** Maximise Σ score·x subject to candidate ≤ 1, slot ≤ capacity and the quota rows (if asked). */
export function allocationLp(problem: AllocationProblem, withQuotas: boolean): AllocationLp {
  const n = problem.candidates.length;
  const m = problem.slots.length;
  const edges = problem.edgeStart[n]!;
  const { rows, index } = quotaRows(problem);
  const quota = withQuotas ? rows : [];
  const numRows = n + m + quota.length;
  const starts = new Int32Array(edges + 1);
  const indices = new Int32Array(edges * (2 + quota.length));
  const values = new Float64Array(edges * (2 + quota.length));
  let nz = 0;
  for (let c = 0; c < n; c++) {
    for (let e = problem.edgeStart[c]!; e < problem.edgeStart[c + 1]!; e++) {
      const j = problem.edgeSlot[e]!;
      starts[e] = nz;
      indices[nz] = c;
      values[nz++] = 1;
      indices[nz] = n + j;
      values[nz++] = 1;
      quota.forEach((row, k) => {
        let a = 0;
        if (row.type === 'track') a = row.constant + row.perAway * index.isAway[j]!;
        else if (row.type === 'women') a = row.share - index.isFemale[c]!;
        else if (row.type === 'region') a = index.regionOf[c] === row.region ? 1 : 0;
        else if (row.type === 'employer') a = index.employerOf[j] === row.employer ? 1 : 0;
        else a = index.occupationOf[j] === row.occupation ? 1 : 0;
        if (a !== 0) {
          indices[nz] = n + m + k;
          values[nz++] = a;
        }
      });
    }
  }
  starts[edges] = nz;
  const rowUpper = new Float64Array(numRows);
  for (let c = 0; c < n; c++) rowUpper[c] = 1;
  for (let j = 0; j < m; j++) rowUpper[n + j] = problem.slots[j]!.capacity;
  quota.forEach((row, k) => {
    rowUpper[n + m + k] = isCapRow(row) ? row.max : 0;
  });
  return {
    numCols: edges,
    numRows,
    colCost: problem.edgeScore.slice(0, edges),
    colLower: new Float64Array(edges),
    colUpper: new Float64Array(edges).fill(1),
    rowLower: new Float64Array(numRows).fill(Number.NEGATIVE_INFINITY),
    rowUpper,
    starts,
    indices: indices.slice(0, nz),
    values: values.slice(0, nz),
  };
}
