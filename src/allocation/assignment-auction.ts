/**
 * The exact core of the allocator: a maximum-weight capacitated assignment (each candidate takes
 * at most one slot, each slot at most its capacity, staying unassigned is worth 0) solved by
 * Bertsekas' auction algorithm with ε-scaling, forward bids by candidates and a final reverse
 * pass by slots that still have room. A slot of capacity k is k interchangeable copies kept in a
 * min-heap by price, so a bidder always sees the cheapest copy. The prices are a feasible LP
 * dual at every moment, which gives the upper bound reported with the result (docs/allocation.md).
 */
import { dualBound, primalValue, slotsHeld } from './auction-value.js';
import { bestOutsiders, type ReverseEdges, type SlotCache } from './slot-outsiders.js';
import { SlotCopies } from './slot-copies.js';

export interface AuctionGraph {
  candidateCount: number;
  slotCount: number;
  edgeStart: Int32Array;
  edgeSlot: Int32Array;
  capacity: Int32Array;
  /** Slot → the edges that reach it (built once by `reverseEdges`). */
  reverse: ReverseEdges;
}

export interface AuctionOptions {
  /** Stop as soon as the dual bound is within this absolute distance of the primal value. */
  absoluteGap: number;
  /** The smallest ε used; n·ε bounds the distance to the optimum. */
  epsilonFinal: number;
  /** First ε; defaults to the largest weight / scaling factor. */
  epsilonStart?: number;
  /** Also stop when the gap is within this fraction of the bound. */
  relativeGap?: number;
}

export interface AuctionOutcome {
  /** Slot per candidate, or -1. */
  assignment: Int32Array;
  /** Edge per candidate, or -1. */
  assignedEdge: Int32Array;
  primal: number;
  /** A proven upper bound on the optimum of the weighted assignment (LP dual value). */
  dualBound: number;
  bids: number;
  phases: number;
}

const SCALING_FACTOR = 10;

/** Solves the weighted capacitated assignment to within `absoluteGap`, with its dual bound. */
export function auctionAssign(
  graph: AuctionGraph,
  weight: Float64Array,
  options: AuctionOptions,
): AuctionOutcome {
  return new AssignmentAuction(graph).solve(weight, options);
}

/**
 * An auction that can be solved again with other weights on the same graph (the Lagrangian
 * iterations): prices and assignments carry over as a warm start.
 */
export class AssignmentAuction {
  private readonly auction: Auction;
  constructor(private readonly graph: AuctionGraph) {
    this.auction = new Auction(graph);
  }

  /**
   * Adds `shift[j]` to every copy price of slot j (clamped at 0). When new weights differ from
   * the old ones by a per-slot amount, shifting the prices by it keeps the warm start optimal.
   */
  shiftPrices(shift: Float64Array): void {
    this.auction.shiftPrices(shift);
  }

  solve(weight: Float64Array, options: AuctionOptions): AuctionOutcome {
    const auction = this.auction;
    auction.useWeights(weight);
    let maxWeight = 0;
    for (let e = 0; e < weight.length; e++) if (weight[e]! > maxWeight) maxWeight = weight[e]!;
    let epsilon = Math.max(
      options.epsilonFinal,
      options.epsilonStart ?? maxWeight / SCALING_FACTOR,
    );
    const bidsBefore = auction.bids;
    let phases = 0;
    let primal = 0;
    let bound = Number.POSITIVE_INFINITY;
    for (;;) {
      phases++;
      auction.forwardPhase(epsilon);
      auction.reverseCleanup(epsilon);
      primal = primalValue(weight, auction.personEdge);
      bound = dualBound(this.graph, weight, auction);
      const gap = bound - primal;
      if (gap <= options.absoluteGap || gap <= (options.relativeGap ?? 0) * Math.abs(bound)) break;
      if (epsilon <= options.epsilonFinal) break;
      epsilon = Math.max(options.epsilonFinal, epsilon / SCALING_FACTOR);
    }
    return {
      assignment: slotsHeld(this.graph, auction.personEdge),
      assignedEdge: auction.personEdge.slice(),
      primal,
      dualBound: bound,
      bids: auction.bids - bidsBefore,
      phases,
    };
  }
}

class Auction extends SlotCopies {
  readonly personEdge: Int32Array;
  readonly fill: Int32Array;
  private readonly queue: Int32Array;
  bids = 0;
  reverseBids = 0;
  private best = 0;
  private second = 0;
  private bestEdge = -1;
  /** Three best edges per candidate at their last full scan, and the fourth-best value then. */
  private readonly cacheEdge: Int32Array;
  private readonly cacheCeiling: Float64Array;
  private revWeight: Float64Array | undefined;
  private revWeightOf: Float64Array | undefined;

  private w: Float64Array = new Float64Array(0);

  constructor(private readonly g: AuctionGraph) {
    super(g.capacity, g.candidateCount);
    this.personEdge = new Int32Array(g.candidateCount).fill(-1);
    this.fill = new Int32Array(g.slotCount);
    this.queue = new Int32Array(g.candidateCount + 1);
    this.cacheEdge = new Int32Array(3 * g.candidateCount);
    this.cacheCeiling = new Float64Array(g.candidateCount).fill(Number.NaN);
  }

  /** New weights on the same graph: prices and assignments stay as a warm start. */
  useWeights(w: Float64Array): void {
    this.w = w;
    this.revWeightOf = undefined;
    this.forgetBestEdges();
  }

  /** Everyone rebids at this ε, starting from the current prices. */
  forwardPhase(epsilon: number): void {
    const { g, w, price, owner, personCopy, personEdge, copyStart, queue } = this;
    const n = g.candidateCount;
    const size = n + 1;
    let head = 0;
    let tail = 0;
    for (let c = 0; c < n; c++) if (!this.keepIfSatisfied(c, epsilon)) queue[tail++] = c;
    tail %= size;
    const { edgeSlot, capacity } = g;
    while (head !== tail) {
      const c = queue[head]!;
      head = head + 1 === size ? 0 : head + 1;
      this.bestTwo(c);
      const best = this.best;
      const bestEdge = this.bestEdge;
      let second = this.second;
      if (bestEdge < 0 || best <= 0) continue; // stays unassigned, which stays ε-optimal
      const j = edgeSlot[bestEdge]!;
      const s = copyStart[j]!;
      const k = capacity[j]!;
      if (k >= 2) {
        let next = price[s + 1]!;
        if (k >= 3 && price[s + 2]! < next) next = price[s + 2]!;
        const v = w[bestEdge]! - next;
        if (v > second) second = v;
      }
      this.bids++;
      const evicted = owner[s]!;
      if (evicted >= 0) {
        personCopy[evicted] = -1;
        personEdge[evicted] = -1;
        queue[tail] = evicted;
        tail = tail + 1 === size ? 0 : tail + 1;
      } else this.fill[j]!++;
      owner[s] = c;
      personCopy[c] = s;
      personEdge[c] = bestEdge;
      price[s] = w[bestEdge]! - second + epsilon;
      this.siftDown(j, 0);
    }
  }

  /**
   * Best and second-best value of candidate c (staying unassigned counts as 0). Forward bids only
   * raise prices, so the three best edges of the last full scan and the fourth-best value
   * (a ceiling for every other edge) usually answer without scanning all of c's edges.
   */
  private bestTwo(c: number): void {
    const { w, rootPrice, cacheEdge, cacheCeiling } = this;
    const slot = this.g.edgeSlot;
    const at = 3 * c;
    const ceiling = cacheCeiling[c]!;
    if (ceiling === ceiling) {
      let best = Number.NEGATIVE_INFINITY;
      let second = Number.NEGATIVE_INFINITY;
      let bestEdge = -1;
      for (let k = at; k < at + 3; k++) {
        const e = cacheEdge[k]!;
        if (e < 0) continue;
        const v = w[e]! - rootPrice[slot[e]!]!;
        if (v > best) {
          second = best;
          best = v;
          bestEdge = e;
        } else if (v > second) second = v;
      }
      if (second >= ceiling) {
        this.best = best;
        this.second = second > 0 ? second : 0;
        this.bestEdge = bestEdge;
        return;
      }
    }
    let v1 = Number.NEGATIVE_INFINITY;
    let v2 = Number.NEGATIVE_INFINITY;
    let v3 = Number.NEGATIVE_INFINITY;
    let v4 = Number.NEGATIVE_INFINITY;
    let e1 = -1;
    let e2 = -1;
    let e3 = -1;
    const { edgeStart } = this.g;
    for (let e = edgeStart[c]!, end = edgeStart[c + 1]!; e < end; e++) {
      const v = w[e]! - rootPrice[slot[e]!]!;
      if (v <= v4) continue;
      if (v > v1) {
        v4 = v3;
        v3 = v2;
        e3 = e2;
        v2 = v1;
        e2 = e1;
        v1 = v;
        e1 = e;
      } else if (v > v2) {
        v4 = v3;
        v3 = v2;
        e3 = e2;
        v2 = v;
        e2 = e;
      } else if (v > v3) {
        v4 = v3;
        v3 = v;
        e3 = e;
      } else v4 = v;
    }
    cacheEdge[at] = e1;
    cacheEdge[at + 1] = e2;
    cacheEdge[at + 2] = e3;
    cacheCeiling[c] = v4;
    this.best = v1;
    this.second = v2 > 0 ? v2 : 0;
    this.bestEdge = e1;
  }

  /** Prices went down somewhere: the cached best edges are no longer trustworthy. */
  private forgetBestEdges(): void {
    this.cacheCeiling.fill(Number.NaN);
  }

  /**
   * Whether candidate c already satisfies ε-complementary slackness (their slot, or staying
   * unassigned, is within ε of their best value at current prices); if not, c lets go of the
   * copy held and must bid again. Keeping the satisfied ones makes ε-scaling and warm starts cheap.
   */
  private keepIfSatisfied(c: number, epsilon: number): boolean {
    const { g, w, price, personCopy, personEdge, rootPrice } = this;
    let best = 0;
    for (let e = g.edgeStart[c]!, end = g.edgeStart[c + 1]!; e < end; e++) {
      const v = w[e]! - rootPrice[g.edgeSlot[e]!]!;
      if (v > best) best = v;
    }
    const held = personEdge[c]!;
    const profit = held >= 0 ? w[held]! - price[personCopy[c]!]! : 0;
    if (profit >= best - epsilon) return true;
    if (held >= 0) {
      this.owner[personCopy[c]!] = -1;
      this.fill[g.edgeSlot[held]!]!--;
      personCopy[c] = -1;
      personEdge[c] = -1;
    }
    return false;
  }

  /**
   * Slots with room must end at price 0 for the prices to be an optimal dual: each such slot
   * lowers its price to what its best outside candidate would pay, or takes that candidate in
   * (a reverse bid), which keeps every candidate within ε of their best choice.
   */
  reverseCleanup(epsilon: number): void {
    this.forgetBestEdges();
    this.lowerPricesOfSlotsWithRoom(epsilon);
    const { g, w, price, owner, personCopy, personEdge, copyStart, fill } = this;
    // Profits and held slots in flat arrays: the scans below touch them in random order.
    const profit = new Float64Array(g.candidateCount);
    const heldSlot = new Int32Array(g.candidateCount).fill(-1);
    for (let c = 0; c < g.candidateCount; c++) {
      const held = personEdge[c]!;
      if (held < 0) continue;
      profit[c] = w[held]! - price[personCopy[c]!]!;
      heldSlot[c] = g.edgeSlot[held]!;
    }
    const revWeight = this.reverseWeights();
    const cache: SlotCache = {
      at: new Int32Array(3 * g.slotCount),
      ceiling: new Float64Array(g.slotCount).fill(Number.NaN),
    };
    const pending: number[] = [];
    for (let j = 0; j < g.slotCount; j++) {
      if (fill[j]! < g.capacity[j]! && this.maxPrice(j) > 0) pending.push(j);
    }
    const { start, edge, candidate } = g.reverse;
    while (pending.length > 0) {
      const j = pending.pop()!;
      while (fill[j]! < g.capacity[j]! && this.maxPrice(j) > 0) {
        const found = bestOutsiders(j, cache, revWeight, profit, heldSlot, start, candidate);
        const beta = found.beta;
        const omega = found.omega;
        const bestAt = found.bestAt;
        const q = bestAt < 0 || beta - epsilon <= 0 ? 0 : Math.max(0, omega - epsilon);
        for (let s = copyStart[j]!; s < copyStart[j + 1]!; s++) {
          price[s] = q;
          const o = owner[s]!;
          if (o >= 0) profit[o] = w[personEdge[o]!]! - q;
        }
        this.rootPrice[j] = q;
        if (bestAt < 0 || beta - epsilon <= 0) break;
        const c = candidate[bestAt]!;
        const left = personCopy[c]!;
        if (left >= 0) {
          const j0 = heldSlot[c]!;
          owner[left] = -1;
          fill[j0]!--;
          cache.ceiling[j0] = Number.NaN;
          if (price[left]! > 0) pending.push(j0);
        }
        let free = copyStart[j]!;
        while (owner[free]! >= 0) free++;
        owner[free] = c;
        personCopy[c] = free;
        personEdge[c] = edge[bestAt]!;
        profit[c] = w[edge[bestAt]!]! - q;
        heldSlot[c] = j;
        fill[j]!++;
        this.reverseBids++;
      }
    }
  }

  /** Weights in slot order, built once per weight vector (the reverse scans read them in a row). */
  private reverseWeights(): Float64Array {
    if (this.revWeight && this.revWeightOf === this.w) return this.revWeight;
    const { edge } = this.g.reverse;
    const out = this.revWeight ?? new Float64Array(edge.length);
    for (let r = 0; r < edge.length; r++) out[r] = this.w[edge[r]!]!;
    this.revWeight = out;
    this.revWeightOf = this.w;
    return out;
  }

  /**
   * One pass over all edges: a slot with room drops its price to what its most eager outside
   * candidate would pay minus ε (never below 0, never up), which keeps ε-CS for everyone and
   * leaves only the genuinely contested slots to the reverse bids.
   */
  private lowerPricesOfSlotsWithRoom(epsilon: number): void {
    const { g, w, price, personCopy, personEdge, copyStart, fill } = this;
    const need = new Float64Array(g.slotCount);
    for (let c = 0; c < g.candidateCount; c++) {
      const held = personEdge[c]!;
      const heldSlot = held >= 0 ? g.edgeSlot[held]! : -1;
      const profit = held >= 0 ? w[held]! - price[personCopy[c]!]! : 0;
      for (let e = g.edgeStart[c]!, end = g.edgeStart[c + 1]!; e < end; e++) {
        const j = g.edgeSlot[e]!;
        const t = w[e]! - profit;
        if (j !== heldSlot && t > need[j]!) need[j] = t;
      }
    }
    for (let j = 0; j < g.slotCount; j++) {
      if (fill[j]! >= g.capacity[j]!) continue;
      const q = Math.max(0, need[j]! - epsilon);
      for (let s = copyStart[j]!; s < copyStart[j + 1]!; s++) if (price[s]! > q) price[s] = q;
      this.heapify(j);
    }
  }
}
