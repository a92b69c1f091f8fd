/**
 * The last step of the quota repair (quota-repair.ts): unassigned people take the place that
 * gains most while every quota still holds — a slot with room, or the seat of someone who scores
 * less there (a swap inside one slot leaves the track and employer rows unchanged, so it is how
 * a women share or a region cap with slack gets used). Whoever is displaced tries again. Each
 * move raises the total score, and a budget bounds the moves.
 */
import type { PreparedProblem } from './allocation-graph.js';
import {
  countPair,
  ROW_TOLERANCE,
  rowExcess,
  type QuotaCounts,
  type QuotaIndex,
  type QuotaRow,
} from './quota-rows.js';

/** Moves per candidate at most (the displaced try again, which could otherwise cycle long). */
const MOVES_PER_CANDIDATE = 3;

/**
 * Improves `edge` (edge per candidate, or -1) in place; `counts` must be its quota counts and
 * meet every row. People are tried in `order` (best score first), the displaced after them.
 */
export function placeAndExchange(
  prepared: PreparedProblem,
  rows: readonly QuotaRow[],
  index: QuotaIndex,
  edge: Int32Array,
  counts: QuotaCounts,
  order: Int32Array,
): void {
  const { graph, weight } = prepared;
  const { edgeStart, edgeSlot, capacity, slotCount } = graph;
  // The people in each slot, in one array: slot j's seats are seatStart[j] .. + seated[j] - 1.
  const seatStart = new Int32Array(slotCount + 1);
  for (let j = 0; j < slotCount; j++) seatStart[j + 1] = seatStart[j]! + Math.max(0, capacity[j]!);
  const seat = new Int32Array(seatStart[slotCount]!);
  const seated = new Int32Array(slotCount);
  for (let c = 0; c < edge.length; c++) {
    const e = edge[c]!;
    if (e < 0) continue;
    const j = edgeSlot[e]!;
    seat[seatStart[j]! + seated[j]!++] = c;
  }
  // The lowest score seated in each slot: most slots cannot offer a gain, and this says so
  // without reading their seats.
  const lowest = new Float64Array(slotCount);
  const updateLowest = (j: number) => {
    let low = Number.POSITIVE_INFINITY;
    for (let s = seatStart[j]!, end = s + seated[j]!; s < end; s++)
      low = Math.min(low, weight[edge[seat[s]!]!]!);
    lowest[j] = low;
  };
  for (let j = 0; j < slotCount; j++) updateLowest(j);
  const fits = () => rows.every((row) => rowExcess(row, counts) <= ROW_TOLERANCE);
  // Whether a move keeps the quotas depends only on the kinds of people and slot involved
  // (gender, capped region; track, capped employer), so it is asked once per kind until the
  // next move changes the counts.
  const regions = largest(index.regionOf) + 2;
  const employers = largest(index.employerOf) + 2;
  const occupations = largest(index.occupationOf) + 2;
  const personKind = (c: number) => index.isFemale[c]! * regions + index.regionOf[c]! + 1;
  const slotKinds = 2 * employers * occupations;
  const slotKind = (j: number) =>
    (index.isAway[j]! * employers + index.employerOf[j]! + 1) * occupations +
    index.occupationOf[j]! +
    1;
  const placeMemo = new KindMemo(2 * regions * slotKinds);
  const swapMemo = new KindMemo(2 * regions * 2 * regions);
  const placeFits = (u: number, j: number) =>
    placeMemo.get(personKind(u) * slotKinds + slotKind(j), () => {
      countPair(counts, index, u, j, 1);
      const ok = fits();
      countPair(counts, index, u, j, -1);
      return ok;
    });
  // A swap inside one slot leaves the track and employer counts as they were.
  const swapFits = (u: number, h: number, j: number) =>
    swapMemo.get(personKind(u) * 2 * regions + personKind(h), () => {
      countPair(counts, index, h, j, -1);
      countPair(counts, index, u, j, 1);
      const ok = fits();
      countPair(counts, index, u, j, -1);
      countPair(counts, index, h, j, 1);
      return ok;
    });

  const queue: number[] = [];
  for (const c of order) if (edge[c]! < 0) queue.push(c);
  let budget = MOVES_PER_CANDIDATE * edge.length;
  for (let head = 0; head < queue.length && budget > 0; head++) {
    const u = queue[head]!;
    if (edge[u]! >= 0) continue;
    let bestGain = 0;
    let bestEdge = -1;
    let bestSeat = -1; // -1: a seat with room
    for (let e = edgeStart[u]!; e < edgeStart[u + 1]!; e++) {
      const wu = weight[e]!;
      if (wu <= bestGain) continue;
      const j = edgeSlot[e]!;
      if (seated[j]! < capacity[j]!) {
        if (placeFits(u, j)) {
          bestGain = wu;
          bestEdge = e;
          bestSeat = -1;
        }
        continue;
      }
      if (wu - lowest[j]! <= bestGain) continue;
      for (let s = seatStart[j]!, end = s + seated[j]!; s < end; s++) {
        const h = seat[s]!;
        const gain = wu - weight[edge[h]!]!;
        if (gain <= bestGain || !swapFits(u, h, j)) continue;
        bestGain = gain;
        bestEdge = e;
        bestSeat = s;
      }
    }
    if (bestEdge < 0) continue;
    budget--;
    const j = edgeSlot[bestEdge]!;
    if (bestSeat < 0) seat[seatStart[j]! + seated[j]!++] = u;
    else {
      const h = seat[bestSeat]!;
      countPair(counts, index, h, j, -1);
      edge[h] = -1;
      seat[bestSeat] = u;
      queue.push(h);
    }
    countPair(counts, index, u, j, 1);
    edge[u] = bestEdge;
    updateLowest(j);
    placeMemo.forget();
    swapMemo.forget();
  }
}

/** Answers per kind, valid until `forget` (an epoch stamp, so forgetting costs nothing). */
class KindMemo {
  private readonly stamp: Int32Array;
  private readonly answer: Uint8Array;
  private epoch = 1;
  constructor(size: number) {
    this.stamp = new Int32Array(size);
    this.answer = new Uint8Array(size);
  }
  get(kind: number, ask: () => boolean): boolean {
    if (this.stamp[kind] !== this.epoch) {
      this.stamp[kind] = this.epoch;
      this.answer[kind] = ask() ? 1 : 0;
    }
    return this.answer[kind] === 1;
  }
  forget(): void {
    this.epoch++;
  }
}

function largest(values: Int32Array): number {
  let top = 0;
  for (const v of values) if (v > top) top = v;
  return top;
}
