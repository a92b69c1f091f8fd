/**
 * The reverse step of the auction (assignment-auction.ts): which outside candidates a slot with
 * room values most, with a per-slot cache of the top three that stays valid while profits grow.
 */
/** Slot → the edges that reach it, with their candidates. */
export interface ReverseEdges {
  start: Int32Array;
  edge: Int32Array;
  candidate: Int32Array;
}

/** Slot → edges index (a counting sort of the edges by slot). */
export function reverseEdges(
  candidateCount: number,
  slotCount: number,
  edgeStart: Int32Array,
  edgeSlot: Int32Array,
): ReverseEdges {
  const start = new Int32Array(slotCount + 1);
  for (let e = 0; e < edgeSlot.length; e++) start[edgeSlot[e]! + 1]!++;
  for (let j = 0; j < slotCount; j++) start[j + 1]! += start[j]!;
  const fill = start.slice(0, slotCount);
  const edge = new Int32Array(edgeSlot.length);
  const candidate = new Int32Array(edgeSlot.length);
  for (let c = 0; c < candidateCount; c++) {
    for (let e = edgeStart[c]!; e < edgeStart[c + 1]!; e++) {
      const at = fill[edgeSlot[e]!]!++;
      edge[at] = e;
      candidate[at] = c;
    }
  }
  return { start, edge, candidate };
}

/** Per slot: the three best outside candidates (reverse-edge positions) and the fourth value. */
export interface SlotCache {
  at: Int32Array;
  ceiling: Float64Array;
}

const found = { beta: 0, omega: 0, bestAt: -1 };

/**
 * The outside candidates slot j values most (w − candidate's profit), best and second. Profits
 * only grow during the reverse pass, so a cached top three above the old fourth value still wins.
 */
export function bestOutsiders(
  j: number,
  cache: SlotCache,
  revWeight: Float64Array,
  profit: Float64Array,
  heldSlot: Int32Array,
  start: Int32Array,
  candidate: Int32Array,
): typeof found {
  const base = 3 * j;
  const ceiling = cache.ceiling[j]!;
  if (ceiling === ceiling) {
    let b = Number.NEGATIVE_INFINITY;
    let o = Number.NEGATIVE_INFINITY;
    let at = -1;
    for (let k = base; k < base + 3; k++) {
      const r = cache.at[k]!;
      if (r < 0 || heldSlot[candidate[r]!] === j) continue;
      const t = revWeight[r]! - profit[candidate[r]!]!;
      if (t > b) {
        o = b;
        b = t;
        at = r;
      } else if (t > o) o = t;
    }
    if (o >= ceiling) {
      found.beta = b;
      found.omega = o;
      found.bestAt = at;
      return found;
    }
  }
  let v1 = Number.NEGATIVE_INFINITY;
  let v2 = Number.NEGATIVE_INFINITY;
  let v3 = Number.NEGATIVE_INFINITY;
  let v4 = Number.NEGATIVE_INFINITY;
  let r1 = -1;
  let r2 = -1;
  let r3 = -1;
  for (let r = start[j]!, end = start[j + 1]!; r < end; r++) {
    const c = candidate[r]!;
    if (heldSlot[c] === j) continue;
    const t = revWeight[r]! - profit[c]!;
    if (t <= v4) continue;
    if (t > v1) {
      v4 = v3;
      v3 = v2;
      r3 = r2;
      v2 = v1;
      r2 = r1;
      v1 = t;
      r1 = r;
    } else if (t > v2) {
      v4 = v3;
      v3 = v2;
      r3 = r2;
      v2 = t;
      r2 = r;
    } else if (t > v3) {
      v4 = v3;
      v3 = t;
      r3 = r;
    } else v4 = t;
  }
  cache.at[base] = r1;
  cache.at[base + 1] = r2;
  cache.at[base + 2] = r3;
  cache.ceiling[j] = v4;
  found.beta = v1;
  found.omega = v2;
  found.bestAt = r1;
  return found;
}
