/**
 * Turns the Lagrangian subproblem's assignment (which may break a quota by a few people) into
 * one that meets every quota: first withdraw the lowest-scoring assignments that cause a
 * violation, then place unassigned people greedily wherever no quota breaks.
 */
import type { PreparedProblem } from './allocation-graph.js';
import {
  countAssignment,
  countPair,
  ROW_TOLERANCE,
  rowExcess,
  violatedRows,
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
  }
}

export function repairToQuotas(
  prepared: PreparedProblem,
  rows: readonly QuotaRow[],
  index: QuotaIndex,
  assignedEdge: Int32Array,
): RepairedAssignment {
  const { graph, weight } = prepared;
  const edge = assignedEdge.slice();
  const slotOf = (c: number) => (edge[c]! >= 0 ? graph.edgeSlot[edge[c]!]! : -1);
  const assignment = Int32Array.from(edge, (_, c) => slotOf(c));
  const counts = countAssignment(assignment, index, rows);
  const fill = new Int32Array(graph.slotCount);
  for (let c = 0; c < edge.length; c++) if (edge[c]! >= 0) fill[slotOf(c)]!++;

  // Withdraw people grouped by how they load the rows (track, gender, capped region and
  // employer): each step takes the cheapest person of the group that eases the violated rows
  // most per point of score lost, so one withdrawal can fix several rows at once.
  const groups = new Map<string, { coef: number[]; people: number[]; next: number }>();
  for (let c = 0; c < edge.length; c++) {
    if (edge[c]! < 0) continue;
    const j = slotOf(c);
    const key = `${index.isAway[j]}|${index.isFemale[c]}|${index.regionOf[c]}|${index.employerOf[j]}`;
    let group = groups.get(key);
    if (!group) {
      group = { coef: rows.map((row) => coefficient(row, index, c, j)), people: [], next: 0 };
      groups.set(key, group);
    }
    group.people.push(c);
  }
  for (const group of groups.values())
    group.people.sort((a, b) => weight[edge[a]!]! - weight[edge[b]!]!);
  for (let guard = 0; guard <= edge.length; guard++) {
    const excess = rows.map((row) => rowExcess(row, counts));
    if (excess.every((x) => x <= ROW_TOLERANCE)) break;
    let chosen: { group: { people: number[]; next: number }; cost: number } | undefined;
    for (const group of groups.values()) {
      if (group.next >= group.people.length) continue;
      let help = 0;
      group.coef.forEach((a, k) => {
        if (excess[k]! > ROW_TOLERANCE) help += Math.min(a, excess[k]!);
        else if (a < 0 && excess[k]! - a > ROW_TOLERANCE) help += excess[k]! - a; // would break it
      });
      if (help <= 0) continue;
      const cost = (weight[edge[group.people[group.next]!]!]! + 1e-9) / help;
      if (!chosen || cost < chosen.cost) chosen = { group, cost };
    }
    if (!chosen) break; // nobody left to withdraw: the caller sees the violation
    const c = chosen.group.people[chosen.group.next++]!;
    const j = slotOf(c);
    countPair(counts, index, c, j, -1);
    fill[j]!--;
    edge[c] = -1;
  }

  // Fill: unassigned people by their best score, each into the best slot that breaks no quota.
  const order = Array.from(edge.keys())
    .filter((c) => edge[c]! < 0 && graph.edgeStart[c + 1]! > graph.edgeStart[c]!)
    .sort((a, b) => bestWeight(prepared, b) - bestWeight(prepared, a));
  if (violatedRows(rows, counts).length === 0) {
    for (const c of order) {
      const options: number[] = [];
      for (let e = graph.edgeStart[c]!; e < graph.edgeStart[c + 1]!; e++)
        if (weight[e]! > 0 && fill[graph.edgeSlot[e]!]! < graph.capacity[graph.edgeSlot[e]!]!)
          options.push(e);
      options.sort((a, b) => weight[b]! - weight[a]!);
      for (const e of options) {
        const j = graph.edgeSlot[e]!;
        countPair(counts, index, c, j, 1);
        if (violatedRows(rows, counts).length === 0) {
          edge[c] = e;
          fill[j]!++;
          break;
        }
        countPair(counts, index, c, j, -1);
      }
    }
  }
  let total = 0;
  for (let c = 0; c < edge.length; c++) if (edge[c]! >= 0) total += weight[edge[c]!]!;
  return { edge, weight: total };
}

function bestWeight(prepared: PreparedProblem, c: number): number {
  let best = 0;
  for (let e = prepared.graph.edgeStart[c]!; e < prepared.graph.edgeStart[c + 1]!; e++)
    if (prepared.weight[e]! > best) best = prepared.weight[e]!;
  return best;
}
