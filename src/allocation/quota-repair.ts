/**
 * Turns the Lagrangian subproblem's assignment (which may break a quota by a few people) into
 * one that meets every quota: first withdraw the lowest-scoring assignments that cause a
 * violation, then place unassigned people greedily wherever no quota breaks, taking a seat from
 * someone who scores less there when that gains more (quota-exchange.ts).
 */
import type { PreparedProblem } from './allocation-graph.js';
import { placeAndExchange } from './quota-exchange.js';
import {
  countAssignment,
  countPair,
  ROW_TOLERANCE,
  rowExcess,
  type QuotaCounts,
  type QuotaIndex,
  type QuotaRow,
} from './quota-rows.js';

export interface RepairedAssignment {
  /** Edge per candidate, or -1. */
  edge: Int32Array;
  /** Total weight (in the prepared weight units). */
  weight: number;
}

/** The pair's coefficient in the row: withdrawing it lowers the row's activity by this much. */
function coefficient(row: QuotaRow, index: QuotaIndex, c: number, j: number): number {
  switch (row.type) {
    case 'track':
      return row.constant + row.perAway * index.isAway[j]!;
    case 'women':
      return row.share - index.isFemale[c]!;
    case 'region':
      return index.regionOf[c] === row.region ? 1 : 0;
    case 'employer':
      return index.employerOf[j] === row.employer ? 1 : 0;
    case 'occupation':
      return index.occupationOf[j] === row.occupation ? 1 : 0;
  }
}

/**
 * The repair of one problem, run once per Lagrangian iteration: the order in which unassigned
 * people are placed (best score first) depends only on the scores, so it is sorted once here.
 */
export class QuotaRepair {
  private readonly fillOrder: Int32Array;
  constructor(
    private readonly prepared: PreparedProblem,
    private readonly rows: readonly QuotaRow[],
    private readonly index: QuotaIndex,
  ) {
    const { edgeStart, candidateCount } = prepared.graph;
    const best = new Float64Array(candidateCount);
    const order: number[] = [];
    for (let c = 0; c < candidateCount; c++) {
      if (edgeStart[c + 1]! === edgeStart[c]!) continue;
      order.push(c);
      for (let e = edgeStart[c]!; e < edgeStart[c + 1]!; e++)
        if (prepared.weight[e]! > best[c]!) best[c] = prepared.weight[e]!;
    }
    this.fillOrder = Int32Array.from(order.sort((a, b) => best[b]! - best[a]! || a - b));
  }

  repair(assignedEdge: Int32Array): RepairedAssignment {
    const { prepared, rows, index, fillOrder } = this;
    const repaired = repairToQuotas(prepared, rows, index, assignedEdge, fillOrder);
    if (repaired.edge.some((e) => e >= 0)) return repaired;
    // Withdrawing emptied the allocation (the subproblem chose nobody of a kind a share needs,
    // and one person at a time cannot restore a share from zero): repair the greedy allocation
    // instead, which has people of every kind to withdraw from.
    this.greedy ??= greedyAllocation(prepared, fillOrder);
    const fromGreedy = repairToQuotas(prepared, rows, index, this.greedy, fillOrder, true);
    return fromGreedy.weight > repaired.weight ? fromGreedy : repaired;
  }
  private greedy: Int32Array | undefined;
}

/** Best score first, each person takes their best slot with room (quotas ignored). */
function greedyAllocation(prepared: PreparedProblem, fillOrder: Int32Array): Int32Array {
  const { graph, weight } = prepared;
  const edge = new Int32Array(graph.candidateCount).fill(-1);
  const seated = new Int32Array(graph.slotCount);
  for (const c of fillOrder) {
    let best = -1;
    for (let e = graph.edgeStart[c]!; e < graph.edgeStart[c + 1]!; e++) {
      const j = graph.edgeSlot[e]!;
      if (
        weight[e]! > 0 &&
        seated[j]! < graph.capacity[j]! &&
        (best < 0 || weight[e]! > weight[best]!)
      )
        best = e;
    }
    if (best < 0) continue;
    edge[c] = best;
    seated[graph.edgeSlot[best]!]!++;
  }
  return edge;
}

function repairToQuotas(
  prepared: PreparedProblem,
  rows: readonly QuotaRow[],
  index: QuotaIndex,
  assignedEdge: Int32Array,
  fillOrder: Int32Array,
  rescue = false,
): RepairedAssignment {
  const { graph, weight } = prepared;
  const edge = assignedEdge.slice();
  const assignment = new Int32Array(edge.length).fill(-1);
  const held = new Float64Array(edge.length);
  for (let c = 0; c < edge.length; c++) {
    if (edge[c]! < 0) continue;
    assignment[c] = graph.edgeSlot[edge[c]!]!;
    held[c] = weight[edge[c]!]!;
  }
  const counts = countAssignment(assignment, index, rows);
  addToEaseShares(prepared, rows, index, edge, assignment, counts, fillOrder, rescue);

  // Withdraw people grouped by how they load the rows (track, gender, capped region and
  // employer): each step takes the cheapest person of the group that eases the violated rows
  // most per point of score lost, so one withdrawal can fix several rows at once.
  const regions = index.regionOf.reduce((m, r) => Math.max(m, r), 0) + 2;
  const employers = index.employerOf.reduce((m, k) => Math.max(m, k), 0) + 2;
  const occupations = index.occupationOf.reduce((m, k) => Math.max(m, k), 0) + 2;
  const groups = new Map<number, { coef: number[]; people: number[]; next: number }>();
  for (let c = 0; c < edge.length; c++) {
    const j = assignment[c]!;
    if (j < 0) continue;
    const key =
      (((index.isAway[j]! * 2 + index.isFemale[c]!) * regions + index.regionOf[c]! + 1) *
        employers +
        index.employerOf[j]! +
        1) *
        occupations +
      index.occupationOf[j]! +
      1;
    let group = groups.get(key);
    if (!group) {
      group = { coef: rows.map((row) => coefficient(row, index, c, j)), people: [], next: 0 };
      groups.set(key, group);
    }
    group.people.push(c);
  }
  // A Map keeps insertion order: groups are visited in the order of their first member.
  for (const group of groups.values()) group.people.sort((a, b) => held[a]! - held[b]!);
  for (let guard = 0; guard <= edge.length; guard++) {
    const excess = rows.map((row) => rowExcess(row, counts));
    if (excess.every((x) => x <= ROW_TOLERANCE)) break;
    let chosen: { group: { people: number[]; next: number }; cost: number } | undefined;
    for (const group of groups.values()) {
      if (group.next >= group.people.length) continue;
      let help = 0;
      group.coef.forEach((a, k) => {
        if (excess[k]! > ROW_TOLERANCE) help += Math.min(a, excess[k]!);
        else if (a < 0 && excess[k]! - a > ROW_TOLERANCE) help -= excess[k]! - a; // would break it
      });
      if (help <= 0) continue;
      const cost = (held[group.people[group.next]!]! + 1e-9) / help;
      if (!chosen || cost < chosen.cost) chosen = { group, cost };
    }
    if (!chosen) break; // nobody left to withdraw: the caller sees the violation
    const c = chosen.group.people[chosen.group.next++]!;
    const j = assignment[c]!;
    assignment[c] = -1;
    countPair(counts, index, c, j, -1);
    edge[c] = -1;
  }

  // Fill: unassigned people by their best score take the best place that breaks no quota, a
  // free seat or a swap with someone who scores less there (quota-exchange.ts).
  if (rows.every((row) => rowExcess(row, counts) <= ROW_TOLERANCE))
    placeAndExchange(prepared, rows, index, edge, counts, fillOrder);
  let total = 0;
  for (let c = 0; c < edge.length; c++) if (edge[c]! >= 0) total += weight[edge[c]!]!;
  return { edge, weight: total };
}

/** Σ of the rows' violations (positive excess). */
function violation(rows: readonly QuotaRow[], counts: QuotaCounts): number {
  let total = 0;
  for (const row of rows) {
    const x = rowExcess(row, counts);
    if (x > ROW_TOLERANCE) total += x;
  }
  return total;
}

/**
 * Before withdrawing anyone: a share that is short can also be met by adding people (a woman
 * when the women share is short, anyone on an away seat with room when the away share is),
 * which gains score instead of losing it. Unassigned people, best score first, take their best
 * seat with room that lowers the total violation without breaking a row that holds. Without
 * this, an assignment with no woman could only meet a women share by withdrawing everyone.
 * With `swaps` (the rescue from the greedy allocation) they may also take the seat of someone
 * else, even at a loss, when that lowers the violation: the only woman eligible may be
 * somewhere full.
 */
function addToEaseShares(
  prepared: PreparedProblem,
  rows: readonly QuotaRow[],
  index: QuotaIndex,
  edge: Int32Array,
  assignment: Int32Array,
  counts: QuotaCounts,
  fillOrder: Int32Array,
  swaps: boolean,
): void {
  let violated = violation(rows, counts);
  if (violated === 0) return;
  if (!swaps && !rows.some((row) => row.type === 'track' || row.type === 'women')) return;
  const { graph, weight } = prepared;
  const seated = new Int32Array(graph.slotCount);
  for (const j of assignment) if (j >= 0) seated[j]!++;
  const holders = swaps ? holdersBySlot(graph.slotCount, assignment) : [];
  const holds = rows.map((row) => rowExcess(row, counts) <= ROW_TOLERANCE);
  // The violation after a move, or +∞ when the move breaks a row that holds.
  const after = () => {
    const v = violation(rows, counts);
    return rows.some((row, k) => holds[k] && rowExcess(row, counts) > ROW_TOLERANCE) ? Infinity : v;
  };
  for (const c of fillOrder) {
    if (edge[c]! >= 0) continue;
    let bestEdge = -1;
    let bestHolder = -1;
    let bestGain = Number.NEGATIVE_INFINITY;
    let bestViolation = violated;
    for (let e = graph.edgeStart[c]!; e < graph.edgeStart[c + 1]!; e++) {
      const j = graph.edgeSlot[e]!;
      if (weight[e]! <= 0) continue;
      if (seated[j]! < graph.capacity[j]!) {
        if (weight[e]! <= bestGain) continue;
        countPair(counts, index, c, j, 1);
        const v = after();
        countPair(counts, index, c, j, -1);
        if (v < violated - ROW_TOLERANCE) {
          [bestEdge, bestHolder, bestGain, bestViolation] = [e, -1, weight[e]!, v];
        }
        continue;
      }
      for (const h of swaps ? holders[j]! : []) {
        const gain = weight[e]! - weight[edge[h]!]!;
        if (gain <= bestGain) continue;
        countPair(counts, index, h, j, -1);
        countPair(counts, index, c, j, 1);
        const v = after();
        countPair(counts, index, c, j, -1);
        countPair(counts, index, h, j, 1);
        if (v < violated - ROW_TOLERANCE)
          [bestEdge, bestHolder, bestGain, bestViolation] = [e, h, gain, v];
      }
    }
    if (bestEdge < 0) continue;
    const j = graph.edgeSlot[bestEdge]!;
    if (bestHolder >= 0) {
      countPair(counts, index, bestHolder, j, -1);
      edge[bestHolder] = -1;
      assignment[bestHolder] = -1;
      holders[j]![holders[j]!.indexOf(bestHolder)] = c;
    } else {
      seated[j]!++;
      if (swaps) holders[j]!.push(c);
    }
    countPair(counts, index, c, j, 1);
    edge[c] = bestEdge;
    assignment[c] = j;
    violated = bestViolation;
    if (violated === 0) return;
    rows.forEach((row, k) => (holds[k] = rowExcess(row, counts) <= ROW_TOLERANCE));
  }
}

function holdersBySlot(slotCount: number, assignment: Int32Array): number[][] {
  const holders: number[][] = Array.from({ length: slotCount }, () => []);
  assignment.forEach((j, c) => {
    if (j >= 0) holders[j]!.push(c);
  });
  return holders;
}
