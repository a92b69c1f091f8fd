/**
 * Stable allocation by candidate-proposing deferred acceptance (Gale–Shapley with capacities):
 * no candidate and slot would both rather be together than with what they got (no justified
 * envy). Preferences are the candidates' ranks when given, else scores; slots rank candidates by
 * the employer's ranks when given, else scores. Quotas are not enforced in this mode.
 */
import type { AllocationProblem } from './allocation-problem.js';
import { scoreOf } from './allocation-score.js';
import type { SimpleAllocation } from './greedy-allocation.js';

/** Lower is better: how much candidate c (via edge e) wants the slot. */
export function candidatePreference(problem: AllocationProblem, e: number): number {
  return problem.edgeCandidateRank ? problem.edgeCandidateRank[e]! : -problem.edgeScore[e]!;
}

/** Lower is better: how much the slot of edge e wants its candidate. */
export function slotPreference(problem: AllocationProblem, e: number): number {
  return problem.edgeSlotRank ? problem.edgeSlotRank[e]! : -problem.edgeScore[e]!;
}

export function allocateStable(problem: AllocationProblem): SimpleAllocation {
  const n = problem.candidates.length;
  const m = problem.slots.length;
  // Each candidate's edges in order of preference (ties by slot index, for determinism).
  const proposals = new Int32Array(problem.edgeStart[n]!);
  for (let c = 0; c < n; c++) {
    const from = problem.edgeStart[c]!;
    const own = Array.from({ length: problem.edgeStart[c + 1]! - from }, (_, k) => from + k);
    own.sort(
      (a, b) =>
        candidatePreference(problem, a) - candidatePreference(problem, b) ||
        problem.edgeSlot[a]! - problem.edgeSlot[b]!,
    );
    proposals.set(own, from);
  }
  const held = new SlotHolds(problem, m);
  const next = Int32Array.from({ length: n }, (_, c) => problem.edgeStart[c]!);
  const heldEdge = new Int32Array(n).fill(-1);
  const free: number[] = [];
  for (let c = n - 1; c >= 0; c--) free.push(c);
  while (free.length > 0) {
    const c = free.pop()!;
    while (next[c]! < problem.edgeStart[c + 1]!) {
      const e = proposals[next[c]!++]!;
      const outcome = held.propose(problem.edgeSlot[e]!, e, c);
      if (outcome === 'rejected') continue;
      heldEdge[c] = e;
      if (outcome >= 0) {
        heldEdge[outcome] = -1;
        free.push(outcome);
      }
      break;
    }
  }
  const assignment = Int32Array.from(heldEdge, (e) => (e >= 0 ? problem.edgeSlot[e]! : -1));
  return {
    assignment,
    objective: scoreOf(problem, assignment),
    mode: 'stable',
    quotasEnforced: false,
    note: 'Deferred acceptance: no candidate and slot would both prefer each other to what they got. Quotas are not enforced in this mode.',
  };
}

/** Each slot's tentatively held candidates in a heap with the least wanted on top. */
class SlotHolds {
  private readonly start: Int32Array;
  private readonly size: Int32Array;
  private readonly edge: Int32Array;
  private readonly who: Int32Array;

  constructor(
    private readonly problem: AllocationProblem,
    m: number,
  ) {
    this.start = new Int32Array(m + 1);
    for (let j = 0; j < m; j++)
      this.start[j + 1] = this.start[j]! + Math.max(0, problem.slots[j]!.capacity);
    this.size = new Int32Array(m);
    this.edge = new Int32Array(this.start[m]!);
    this.who = new Int32Array(this.start[m]!);
  }

  /** Whether (e1, c1) is less wanted by the slot than (e2, c2); later candidates lose ties. */
  private worse(e1: number, c1: number, e2: number, c2: number): boolean {
    const d = slotPreference(this.problem, e1) - slotPreference(this.problem, e2);
    return d > 0 || (d === 0 && c1 > c2);
  }

  /** 'rejected', -1 (held, nobody displaced) or the candidate displaced. */
  propose(j: number, e: number, c: number): 'rejected' | number {
    const base = this.start[j]!;
    const cap = this.start[j + 1]! - base;
    if (cap === 0) return 'rejected';
    if (this.size[j]! < cap) {
      let i = this.size[j]!++;
      // Sift up: the least wanted rises to the top.
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(e, c, this.edge[base + p]!, this.who[base + p]!)) break;
        this.edge[base + i] = this.edge[base + p]!;
        this.who[base + i] = this.who[base + p]!;
        i = p;
      }
      this.edge[base + i] = e;
      this.who[base + i] = c;
      return -1;
    }
    if (!this.worse(this.edge[base]!, this.who[base]!, e, c)) return 'rejected';
    const displaced = this.who[base]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= cap) break;
      let w = l;
      const r = l + 1;
      if (
        r < cap &&
        this.worse(
          this.edge[base + r]!,
          this.who[base + r]!,
          this.edge[base + l]!,
          this.who[base + l]!,
        )
      )
        w = r;
      if (!this.worse(this.edge[base + w]!, this.who[base + w]!, e, c)) break;
      this.edge[base + i] = this.edge[base + w]!;
      this.who[base + i] = this.who[base + w]!;
      i = w;
    }
    this.edge[base + i] = e;
    this.who[base + i] = c;
    return displaced;
  }
}
