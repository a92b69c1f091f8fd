/**
 * Structured allocation instances for the benchmark and the tests: a cohort from the demo
 * corridors' origin countries, slots of the three kinds with less total capacity than people,
 * and correlated scores (candidate quality + slot attractiveness + noise), so that popular slots
 * are contested as in real placements. Pure: the randomness comes in as a seeded `Random`.
 */
import { CORRIDORS } from '../demo/corridors.js';
import type { Random } from '../demo/random.js';
import type {
  AllocationCandidate,
  AllocationProblem,
  AllocationQuotas,
  AllocationSlot,
  Gender,
  SlotKind,
} from './allocation-problem.js';

export interface InstanceShape {
  candidates: number;
  slots: number;
  /** Eligible slots per candidate (capped at the number of slots). */
  edgesPerCandidate: number;
  /** Total capacity / candidates; below 1 means some people cannot be placed. */
  capacityRatio?: number;
  quotas?: AllocationQuotas;
}

/** ISO 3166-2 regions of the corridors' origin countries. */
const REGIONS: Record<string, string[]> = {
  MA: ['MA-01', 'MA-02', 'MA-03', 'MA-04', 'MA-05', 'MA-06', 'MA-07', 'MA-08'],
  TN: ['TN-11', 'TN-12', 'TN-13', 'TN-21', 'TN-31', 'TN-51', 'TN-61', 'TN-71'],
  SN: ['SN-DK', 'SN-TH', 'SN-SL', 'SN-ZG', 'SN-KL'],
  NG: ['NG-LA', 'NG-FC', 'NG-KN', 'NG-OY', 'NG-RI', 'NG-EN'],
  MR: ['MR-07', 'MR-08', 'MR-12'],
};
const AGE_BANDS = ['18-24', '25-34', '35-44', '45+'];

/** Generates one instance; the same `random` seed gives the same instance. */
export function generateInstance(random: Random, shape: InstanceShape): AllocationProblem {
  const origins = [...new Set(CORRIDORS.map((c) => c.origin))].filter((o) => REGIONS[o]);
  const candidates: AllocationCandidate[] = [];
  const quality = new Float64Array(shape.candidates);
  for (let c = 0; c < shape.candidates; c++) {
    const nationality = random.pick(origins);
    quality[c] = gaussian(random);
    candidates.push({
      id: `c${c}`,
      gender: pickGender(random.next()),
      nationality,
      originRegion: random.pick(REGIONS[nationality] ?? ['unknown']),
      ageBand: random.pick(AGE_BANDS),
      arrival: c,
    });
  }
  const slots = generateSlots(random, shape);
  const attractiveness = new Float64Array(slots.length);
  for (let j = 0; j < slots.length; j++) attractiveness[j] = 1 - (2 * j) / slots.length;
  const degree = Math.min(shape.edgesPerCandidate, slots.length);
  const edgeStart = new Int32Array(shape.candidates + 1);
  const edgeSlot = new Int32Array(shape.candidates * degree);
  const edgeScore = new Float64Array(shape.candidates * degree);
  const stamp = new Int32Array(slots.length).fill(-1);
  let e = 0;
  for (let c = 0; c < shape.candidates; c++) {
    edgeStart[c] = e;
    for (let k = 0; k < degree; k++) {
      // Popular (low-index) slots are eligible for more people: u² leans towards 0.
      let j: number;
      do {
        const u = random.next();
        j = Math.floor((random.next() < 0.6 ? u * u : u) * slots.length);
      } while (stamp[j] === c);
      stamp[j] = c;
      const raw = 55 + 12 * quality[c]! + 12 * attractiveness[j]! + 8 * gaussian(random);
      edgeSlot[e] = j;
      edgeScore[e] = Math.round(Math.min(100, Math.max(0, raw)) * 100) / 100;
      e++;
    }
  }
  edgeStart[shape.candidates] = e;
  return { candidates, slots, edgeStart, edgeSlot, edgeScore, quotas: shape.quotas ?? {} };
}

function generateSlots(random: Random, shape: InstanceShape): AllocationSlot[] {
  const meanCapacity = ((shape.capacityRatio ?? 0.8) * shape.candidates) / shape.slots;
  const employers = Math.max(1, Math.floor(shape.slots / 8));
  const slots: AllocationSlot[] = [];
  for (let j = 0; j < shape.slots; j++) {
    const r = random.next();
    const kind: SlotKind = r < 0.5 ? 'away_job' : r < 0.8 ? 'home_job' : 'training_seat';
    // Capacities spread around the mean (1 .. 2·mean − 1) so the total stays near ratio × people.
    const capacity = Math.max(1, Math.round(meanCapacity * (0.5 + random.next())));
    slots.push({
      id: `s${j}`,
      kind,
      capacity,
      ...(kind === 'training_seat' ? {} : { employerId: `e${random.int(0, employers - 1)}` }),
      label: `${kind} ${j}`,
    });
  }
  return slots;
}

function pickGender(u: number): Gender {
  return u < 0.45 ? 'female' : u < 0.97 ? 'male' : u < 0.98 ? 'other' : 'undisclosed';
}

function gaussian(random: Random): number {
  const u = 1 - random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}
