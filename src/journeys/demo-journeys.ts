import type { Random } from '../demo/random.js';
import type { EvidenceKind } from './evidence-kinds.js';
import { planAdvance, planExit, type PlannedEvent } from './journey-plans.js';
import { addDays, replay, type EvidenceRef, type JourneyEvent } from './journey.js';
import { EXITS, PERFORMERS, transitionBetween } from './transitions.js';
import type { Stage } from './stages.js';

/** A person of a demo cohort, with where their journey may lead. */
export interface DemoCohortPerson {
  candidateId: string;
  partnershipId: string;
  programmeId: string | null;
  employerId: string | null;
}

/** A generated journey: its facts, its log and the evidence it holds. */
export interface JourneyHistory {
  id: string;
  partnershipId: string;
  candidateId: string;
  intake: string;
  programmeId: string | null;
  employerId: string | null;
  events: JourneyEvent[];
  evidence: (EvidenceRef & { value: string; occurredOn: string })[];
}

const AWAY: Stage[] = [
  'selected',
  'in_training',
  'certified',
  'pre_departure',
  'visa_permit',
  'departed',
  'arrived',
  'employed_abroad',
  'contract_ended',
  'returned',
  'reintegrated',
];
const HOME: Stage[] = ['selected', 'in_training', 'certified', 'employed_home'];

/** Typical days spent in each stage before the next (demo only, roughly as the papers describe). */
const TYPICAL_DAYS: Partial<Record<Stage, [number, number]>> = {
  selected: [7, 30],
  in_training: [60, 180],
  certified: [10, 45],
  pre_departure: [20, 60],
  visa_permit: [30, 90],
  departed: [1, 3],
  arrived: [7, 30],
  employed_abroad: [300, 720],
  contract_ended: [5, 40],
  returned: [30, 120],
};

/**
 * One demo journey: a path on the away or home track stopped at a drawn stage, sometimes ended
 * by an exit that fits it, every move planned through the guards (its evidence recorded the day
 * before), dated backwards from `today` so that nothing lies in the future. Pure and seeded.
 */
export function demoJourney(
  person: DemoCohortPerson,
  random: Random,
  today: string,
): JourneyHistory {
  const away = person.employerId !== null ? random.next() < 0.85 : random.next() < 0.5;
  const track = away ? AWAY : HOME;
  const stopAt = random.int(0, track.length - 1);
  // Some of those not moved on yet have only applied (opened by a coordinator, not a run).
  const applied = stopAt === 0 && random.next() < 0.4;
  const wantsExit = stopAt < track.length - 1 && random.next() < 0.25;
  const gaps = [...track, 'exit' as const].map((s) => {
    const [min, max] = (s === 'exit' ? undefined : TYPICAL_DAYS[s]) ?? [10, 30];
    return random.int(min, max);
  });
  let day = addDays(today, -(gaps.reduce((a, b) => a + b, 0) + random.int(1, 20)));
  const id = random.uuid();
  const evidence: JourneyHistory['evidence'] = [];
  const hold = (kinds: readonly EvidenceKind[], on: string) => {
    for (const kind of kinds)
      if (!evidence.some((e) => e.kind === kind))
        evidence.push({
          id: random.uuid(),
          kind,
          value: `demo ${kind.replaceAll('_', ' ')}`,
          occurredOn: on,
        });
  };
  let events: JourneyEvent[] = [
    {
      seq: 1,
      occurredOn: day,
      actor: { userId: null, as: 'system' },
      evidence: [],
      note: '',
      correctsSeq: null,
      body: applied
        ? { type: 'opened', stage: 'applied', origin: { kind: 'coordinator', id: null } }
        : { type: 'opened', stage: 'selected', origin: { kind: 'allocation_run', id: null } },
    },
  ];
  if (!applied) hold(['selection_decision'], day);
  const append = (planned: PlannedEvent) => {
    events = [
      ...events,
      {
        ...planned.event,
        seq: events.length + 1,
        actor: { userId: null, as: planned.event.actor.as },
        note: '',
      },
    ];
  };
  const request = () => ({
    expectedVersion: events.length,
    occurredOn: day,
    performers: PERFORMERS,
  });
  for (let i = 0; i < stopAt; i++) {
    const from = track[i]!;
    let to = track[i + 1]!;
    // Some are certified through recognition of prior learning and skip training.
    if (from === 'selected' && random.next() < 0.15) {
      to = 'certified';
      i++;
    }
    day = addDays(day, gaps[i] ?? 1);
    const step = transitionBetween(from, to);
    if (!step) break;
    hold(step.requires, addDays(day, -1));
    append(planAdvance(replay(events), { ...request(), to }, evidence));
  }
  const at = replay(events).stage;
  const exitable = EXITS.filter((x) => x.from.includes(at) && x.reason !== 'unknown');
  if (wantsExit && exitable.length > 0) {
    day = addDays(day, gaps[track.length] ?? 1);
    const rule = random.pick(exitable);
    hold(rule.requires, addDays(day, -1));
    append(
      planExit(replay(events), { ...request(), reason: rule.reason, grievanceId: null }, evidence),
    );
  }
  return {
    id,
    partnershipId: person.partnershipId,
    candidateId: person.candidateId,
    intake: events[0]!.occurredOn.slice(0, 7),
    programmeId: person.programmeId,
    employerId: person.employerId,
    events,
    evidence,
  };
}
