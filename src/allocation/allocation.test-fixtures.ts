/** Small random allocation problems for the tests (seeded, any shape). */
import { createRandom } from '../demo/random.js';
import type { AllocationProblem, AllocationQuotas, SlotKind } from './allocation-problem.js';

export function tinyProblem(
  seed: number,
  candidates: number,
  slots: number,
  quotas: AllocationQuotas = {},
  decimals = 0,
): AllocationProblem {
  const random = createRandom(seed);
  const kinds: SlotKind[] = ['away_job', 'home_job', 'training_seat'];
  const edgeStart = new Int32Array(candidates + 1);
  const edgeSlot: number[] = [];
  const edgeScore: number[] = [];
  for (let c = 0; c < candidates; c++) {
    edgeStart[c] = edgeSlot.length;
    for (let j = 0; j < slots; j++) {
      if (random.next() < 0.6) {
        edgeSlot.push(j);
        const f = 10 ** decimals;
        edgeScore.push(Math.round(random.next() * 100 * f) / f);
      }
    }
  }
  edgeStart[candidates] = edgeSlot.length;
  return {
    candidates: Array.from({ length: candidates }, (_, c) => ({
      id: `c${c}`,
      gender: random.next() < 0.5 ? 'female' : 'male',
      nationality: random.pick(['MA', 'SN']),
      originRegion: random.pick(['R1', 'R2']),
      ageBand: random.pick(['18-24', '25-34']),
      arrival: random.int(0, 1000),
    })),
    slots: Array.from({ length: slots }, (_, j) => ({
      id: `s${j}`,
      kind: kinds[j % 3]!,
      capacity: random.int(1, 2),
      employerId: `e${j % 2}`,
      occupation: `o${Math.floor(j / 2) % 2}`,
      label: `slot ${j}`,
    })),
    edgeStart,
    edgeSlot: Int32Array.from(edgeSlot),
    edgeScore: Float64Array.from(edgeScore),
    quotas,
  };
}

/** The best total score meeting capacities and quotas, by trying every assignment (tiny only). */
export function bruteForceOptimum(problem: AllocationProblem, quotasToo: boolean): number {
  const n = problem.candidates.length;
  const room = problem.slots.map((s) => s.capacity);
  const chosen = new Int32Array(n).fill(-1);
  let best = 0;
  const q = problem.quotas;
  const feasible = () => {
    if (!quotasToo) return true;
    let assigned = 0;
    let away = 0;
    let women = 0;
    const region = new Map<string, number>();
    const employer = new Map<string, number>();
    const occupation = new Map<string, number>();
    for (let c = 0; c < n; c++) {
      const j = chosen[c]!;
      if (j < 0) continue;
      assigned++;
      const slot = problem.slots[j]!;
      if (slot.kind === 'away_job') away++;
      if (problem.candidates[c]!.gender === 'female') women++;
      const r = problem.candidates[c]!.originRegion;
      region.set(r, (region.get(r) ?? 0) + 1);
      if (slot.employerId) employer.set(slot.employerId, (employer.get(slot.employerId) ?? 0) + 1);
      if (slot.occupation)
        occupation.set(slot.occupation, (occupation.get(slot.occupation) ?? 0) + 1);
    }
    if (assigned === 0) return false;
    const eps = 1e-9;
    const awayShare = (100 * away) / assigned;
    const t = q.trackShare;
    if (t?.away?.min !== undefined && awayShare < t.away.min - eps) return false;
    if (t?.away?.max !== undefined && awayShare > t.away.max + eps) return false;
    if (t?.home?.min !== undefined && 100 - awayShare < t.home.min - eps) return false;
    if (t?.home?.max !== undefined && 100 - awayShare > t.home.max + eps) return false;
    if (q.minWomenShare !== undefined && (100 * women) / assigned < q.minWomenShare - eps)
      return false;
    for (const cap of q.perRegionMax ?? [])
      if ((region.get(cap.region) ?? 0) > cap.max) return false;
    for (const cap of q.perEmployerMax ?? [])
      if ((employer.get(cap.employerId) ?? 0) > cap.max) return false;
    for (const cap of q.perOccupationMax ?? [])
      if ((occupation.get(cap.occupation) ?? 0) > cap.max) return false;
    return true;
  };
  const visit = (c: number, total: number) => {
    if (c === n) {
      if (total > best && feasible()) best = total;
      return;
    }
    visit(c + 1, total);
    for (let e = problem.edgeStart[c]!; e < problem.edgeStart[c + 1]!; e++) {
      const j = problem.edgeSlot[e]!;
      if (room[j]! <= 0) continue;
      room[j]!--;
      chosen[c] = j;
      visit(c + 1, total + problem.edgeScore[e]!);
      chosen[c] = -1;
      room[j]!++;
    }
  };
  visit(0, 0);
  return best;
}
