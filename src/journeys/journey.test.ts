import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PasserelleError } from '../shared/errors.js';
import type { EvidenceKind } from './evidence-kinds.js';
import { planAdvance, planCorrection, planExit, type PlannedEvent } from './journey-plans.js';
import {
  addMonths,
  deadlinesOf,
  replay,
  whatIsNext,
  type EvidenceRef,
  type JourneyEvent,
  type JourneyState,
} from './journey.js';
import { EXIT_REASONS, OPENING_STAGES, STAGES, type OpeningStage, type Stage } from './stages.js';
import { EXITS, PERFORMERS, TRANSITIONS, transitionsFrom } from './transitions.js';

const ALL = PERFORMERS;
const opened = (stage: OpeningStage, on = '2026-01-05'): JourneyEvent => ({
  seq: 1,
  occurredOn: on,
  actor: { userId: null, as: 'system' },
  evidence: [],
  note: '',
  correctsSeq: null,
  body: { type: 'opened', stage, origin: { kind: 'coordinator', id: null } },
});
const evidenceFor = (kinds: readonly EvidenceKind[]): EvidenceRef[] =>
  kinds.map((kind, i) => ({ id: `ev-${kind}-${i}`, kind }));
const append = (events: JourneyEvent[], planned: PlannedEvent): JourneyEvent[] => [
  ...events,
  {
    ...planned.event,
    seq: events.length + 1,
    actor: { userId: 'u', as: planned.event.actor.as },
    note: '',
  },
];

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    if (e instanceof PasserelleError) return e.code;
    throw e;
  }
  return undefined;
};

/** A random walk: opened at some opening stage, then declared moves, maybe ending in an exit. */
const walkArb = fc.record({
  start: fc.constantFrom(...OPENING_STAGES),
  choices: fc.array(fc.nat(), { maxLength: 14 }),
  exitAt: fc.option(fc.nat({ max: 14 }), { nil: null }),
  exitChoice: fc.nat(),
  gaps: fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 15, maxLength: 15 }),
});

interface Walk {
  start: OpeningStage;
  choices: number[];
  exitAt: number | null;
  exitChoice: number;
  gaps: number[];
}

function walk(w: Walk) {
  let events = [opened(w.start)];
  let state = replay(events);
  const states: JourneyState[] = [state];
  let day = '2026-01-05';
  for (let i = 0; i < w.choices.length && state.status === 'active'; i++) {
    day = new Date(Date.parse(`${day}T00:00:00Z`) + (w.gaps[i] ?? 0) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const exits = EXITS.filter((x) => x.from.includes(state.stage));
    const base = { expectedVersion: state.version, occurredOn: day, performers: ALL };
    let planned: PlannedEvent;
    const moves = transitionsFrom(state.stage);
    if ((w.exitAt === i && exits.length > 0) || moves.length === 0) {
      const rule = exits[w.exitChoice % exits.length];
      if (!rule) break;
      planned = planExit(
        state,
        { ...base, reason: rule.reason, grievanceId: null },
        evidenceFor(rule.requires),
      );
    } else {
      const step = moves[(w.choices[i] ?? 0) % moves.length]!;
      planned = planAdvance(state, { ...base, to: step.to }, evidenceFor(step.requires));
    }
    events = append(events, planned);
    state = replay(events);
    states.push(state);
  }
  return { events, state, states };
}

describe('the journey stages and transitions (as data)', () => {
  it('GIVEN the declared transitions THEN every stage is reachable from "applied"', () => {
    const reached = new Set<Stage>(['applied']);
    for (let changed = true; changed;) {
      changed = false;
      for (const x of TRANSITIONS)
        if (reached.has(x.from) && !reached.has(x.to)) {
          reached.add(x.to);
          changed = true;
        }
    }
    expect([...reached].sort()).toEqual([...STAGES].sort());
  });

  it('every exit reason is declared once, from at least one stage', () => {
    expect(EXITS.map((x) => x.reason).sort()).toEqual([...EXIT_REASONS].sort());
    for (const x of EXITS) expect(x.from.length).toBeGreaterThan(0);
  });

  it('every transition names at least one piece of evidence and one performer', () => {
    for (const x of TRANSITIONS) {
      expect(x.requires.length, `${x.from}→${x.to}`).toBeGreaterThan(0);
      expect(x.performers.length).toBeGreaterThan(0);
    }
  });

  it('employers act only from arrival on, training providers only on training stages', () => {
    for (const x of TRANSITIONS) {
      if (x.performers.includes('employer'))
        expect(['arrived', 'employed_abroad', 'certified']).toContain(x.from);
      if (x.performers.includes('training_provider'))
        expect(['selected', 'in_training']).toContain(x.from);
    }
  });
});

describe('journey properties', () => {
  it('random walks reach every stage and every exit reason, and replay gives the same state', () => {
    const seenStages = new Set<Stage>();
    const seenExits = new Set<string>();
    let checked = 0;
    fc.assert(
      fc.property(walkArb, (w) => {
        const { events, state, states } = walk(w);
        for (const s of states) seenStages.add(s.stage);
        // Replay is deterministic and matches the state built step by step.
        expect(replay(events)).toEqual(state);
        expect(replay([...events])).toEqual(replay(events));
        expect(state.version).toBe(events.length);
        if (state.status === 'exited') {
          expect(EXIT_REASONS).toContain(state.exit?.reason);
          seenExits.add(state.exit!.reason);
        } else expect(state.exit).toBeNull();
        checked++;
      }),
      { numRuns: 600, seed: 25 },
    );
    expect(checked).toBe(600);
    expect([...seenStages].sort()).toEqual([...STAGES].sort());
    expect([...seenExits].sort()).toEqual([...EXIT_REASONS].sort());
  });

  it('no transition skips its guard: leaving out any required evidence kind is a 422 naming it', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.constantFrom(...TRANSITIONS), fc.nat(), (step, drop) => {
        const missing = step.requires[drop % step.requires.length]!;
        const evidence = evidenceFor(step.requires.filter((k) => k !== missing));
        const events = historyTo(step.from);
        const state = replay(events);
        try {
          planAdvance(
            state,
            {
              expectedVersion: state.version,
              occurredOn: '2027-06-01',
              performers: ALL,
              to: step.to,
            },
            evidence,
          );
          throw new Error('guard skipped');
        } catch (e) {
          expect(e).toBeInstanceOf(PasserelleError);
          expect((e as PasserelleError).code).toBe('journeys.missing_evidence');
          expect((e as PasserelleError).fields.map((f) => f.field)).toEqual([missing]);
        }
        // An event stored without its evidence does not replay either.
        const forged: JourneyEvent = {
          seq: events.length + 1,
          occurredOn: '2027-06-01',
          actor: { userId: null, as: 'coordinator' },
          evidence,
          note: '',
          correctsSeq: null,
          body: { type: 'advanced', from: step.from, to: step.to },
        };
        expect(codeOf(() => replay([...events, forged]))).toBe('journeys.invalid_history');
        checked++;
      }),
      { numRuns: 200, seed: 7 },
    );
    expect(checked).toBe(200);
  });

  it('voiding the last event gives back the state before it (but the version counts both)', () => {
    let checked = 0;
    fc.assert(
      fc.property(walkArb, (w) => {
        const { events, states } = walk(w);
        if (events.length < 2) return;
        const last = events[events.length - 1]!;
        const before = states[states.length - 2]!;
        const { after } = planCorrection(events, {
          expectedVersion: events.length,
          occurredOn: '2028-01-01',
          performers: ['coordinator'],
          correctsSeq: last.seq,
          voided: true,
        });
        expect({ ...after, version: 0 }).toEqual({ ...before, version: 0 });
        expect(after.version).toBe(events.length + 1);
        checked++;
      }),
      { numRuns: 300, seed: 11 },
    );
    expect(checked).toBeGreaterThan(100);
  });
});

/** The events of a journey walked along the first declared path to a stage. */
function historyTo(target: Stage): JourneyEvent[] {
  const path: Stage[] = [];
  const find = (stage: Stage, trail: Stage[]): boolean => {
    if (stage === target) {
      path.push(...trail);
      return true;
    }
    return transitionsFrom(stage).some((x) => find(x.to, [...trail, x.to]));
  };
  find('applied', []);
  let events = [opened('applied')];
  for (const to of path) {
    const state = replay(events);
    const step = TRANSITIONS.find((x) => x.from === state.stage && x.to === to)!;
    events = append(
      events,
      planAdvance(
        state,
        { expectedVersion: state.version, occurredOn: '2026-02-01', performers: ALL, to },
        evidenceFor(step.requires),
      ),
    );
  }
  return events;
}

describe('advancing a journey', () => {
  const atPreDeparture = () => replay(historyTo('pre_departure'));

  it('GIVEN a stale version THEN 409', () => {
    const state = atPreDeparture();
    expect(
      codeOf(() =>
        planAdvance(
          state,
          {
            expectedVersion: state.version - 1,
            occurredOn: '2026-03-01',
            performers: ALL,
            to: 'visa_permit',
          },
          evidenceFor(['signed_contract']),
        ),
      ),
    ).toBe('journeys.stale_version');
  });

  it('GIVEN no signed contract WHEN moving to visa/permit THEN 422 naming signed_contract', () => {
    const state = atPreDeparture();
    expect(
      codeOf(() =>
        planAdvance(
          state,
          {
            expectedVersion: state.version,
            occurredOn: '2026-03-01',
            performers: ALL,
            to: 'visa_permit',
          },
          [],
        ),
      ),
    ).toBe('journeys.missing_evidence');
  });

  it('GIVEN an employer WHEN they try to move a journey before arrival THEN 403', () => {
    const state = atPreDeparture();
    expect(
      codeOf(() =>
        planAdvance(
          state,
          {
            expectedVersion: state.version,
            occurredOn: '2026-03-01',
            performers: ['employer'],
            to: 'visa_permit',
          },
          evidenceFor(['signed_contract']),
        ),
      ),
    ).toBe('journeys.not_your_step');
  });

  it('GIVEN an undeclared move THEN 422 on "to"; a date before the stage began THEN 422 on occurredOn', () => {
    const state = atPreDeparture();
    const base = { expectedVersion: state.version, performers: ALL };
    expect(
      codeOf(() => planAdvance(state, { ...base, occurredOn: '2026-03-01', to: 'arrived' }, [])),
    ).toBe('journeys.no_such_transition');
    expect(
      codeOf(() =>
        planAdvance(
          state,
          { ...base, occurredOn: '2025-01-01', to: 'visa_permit' },
          evidenceFor(['signed_contract']),
        ),
      ),
    ).toBe('journeys.date_before_stage');
  });

  it('GIVEN a visa refusal without its decision THEN the exit is refused; with it, the journey ends with its reason', () => {
    const state = replay(historyTo('visa_permit'));
    const request = {
      expectedVersion: state.version,
      occurredOn: '2026-03-01',
      performers: ALL,
      reason: 'visa_refused' as const,
      grievanceId: null,
    };
    expect(codeOf(() => planExit(state, request, []))).toBe('journeys.missing_evidence');
    const events = append(
      historyTo('visa_permit'),
      planExit(state, request, evidenceFor(['visa_refusal'])),
    );
    expect(replay(events).exit).toMatchObject({ reason: 'visa_refused', from: 'visa_permit' });
    expect(whatIsNext(replay(events), []).steps).toEqual([]);
  });

  it('lists what is next with the evidence still missing', () => {
    const next = whatIsNext(replay(historyTo('visa_permit')), evidenceFor(['visa_granted']));
    expect(next.steps).toEqual([
      expect.objectContaining({ to: 'departed', missing: ['orientation_completed'] }),
    ]);
    expect(next.exits).toContain('visa_refused');
  });

  it('schedules check-ins 30 and 90 days after arrival and follow-ups 3, 6, 12 months after reintegration', () => {
    const deadlines = deadlinesOf(replay(historyTo('reintegrated')));
    expect(deadlines.map((d) => `${d.kind}@${d.due}`)).toEqual(
      [
        'check_in@2026-03-03',
        'check_in@2026-05-02',
        'follow_up@2026-05-01',
        'follow_up@2026-08-01',
        'follow_up@2027-02-01',
      ].sort((a, b) => a.split('@')[1]!.localeCompare(b.split('@')[1]!)),
    );
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });
});
