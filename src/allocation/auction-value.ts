/**
 * What an auction's state is worth: the weight of its assignment (the primal value) and the LP
 * dual value of its prices, a proven upper bound on the optimum; the gap between them is what
 * the auction reports and stops on (docs/allocation.md).
 */
import type { AuctionGraph } from './assignment-auction.js';
import type { SlotCopies } from './slot-copies.js';

/** The total weight of the edges held, `personEdge[c]` per candidate (-1: none). */
export function primalValue(w: Float64Array, personEdge: Int32Array): number {
  let total = 0;
  for (let c = 0; c < personEdge.length; c++) {
    const e = personEdge[c]!;
    if (e >= 0) total += w[e]!;
  }
  return total;
}

/** Σ_c max(0, max_e w_e − q_slot) + Σ_j capacity_j · q_j with q_j the cheapest copy of j. */
export function dualBound(
  g: AuctionGraph,
  w: Float64Array,
  copies: Pick<SlotCopies, 'price' | 'copyStart' | 'rootPrice'>,
): number {
  const { price, copyStart, rootPrice } = copies;
  let bound = 0;
  for (let j = 0; j < g.slotCount; j++) {
    const s = copyStart[j]!;
    if (s < copyStart[j + 1]!) bound += g.capacity[j]! * price[s]!;
  }
  for (let c = 0; c < g.candidateCount; c++) {
    let u = 0;
    for (let e = g.edgeStart[c]!, end = g.edgeStart[c + 1]!; e < end; e++) {
      const v = w[e]! - rootPrice[g.edgeSlot[e]!]!;
      if (v > u) u = v;
    }
    bound += u;
  }
  return bound;
}

/** The slot per candidate of the edges held (-1: none). */
export function slotsHeld(g: AuctionGraph, personEdge: Int32Array): Int32Array {
  const out = new Int32Array(personEdge.length).fill(-1);
  for (let c = 0; c < out.length; c++) {
    const e = personEdge[c]!;
    if (e >= 0) out[c] = g.edgeSlot[e]!;
  }
  return out;
}
