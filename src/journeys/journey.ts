import { unprocessable } from '../shared/errors.js';
import type { EvidenceKind } from './evidence-kinds.js';
import {
  STAGE_INFO,
  type ExitReason,
  type JourneyTrack,
  type OpeningStage,
  type Stage,
} from './stages.js';
import {
  exitRuleOf,
  transitionBetween,
  transitionsFrom,
  EXITS,
  type Performer,
} from './transitions.js';

/**
 * A journey is the fold of its events (docs/journeys.md#events): nothing is ever rewritten. A
 * correction is a new event naming the event it supersedes (`correctsSeq`) with the content that
 * replaces it, or `voided` to cancel it; replaying the events in force gives the state.
 */

/** Where a journey came from: an accepted allocation run, a programme, or a coordinator. */
export interface JourneyOrigin {
  kind: 'allocation_run' | 'programme_enrolment' | 'programme_completion' | 'coordinator';
  id: string | null;
}

/** A piece of evidence an event relied on. */
export interface EvidenceRef {
  id: string;
  kind: EvidenceKind;
}

export type EventBody =
  | { type: 'opened'; stage: OpeningStage; origin: JourneyOrigin }
  | { type: 'advanced'; from: Stage; to: Stage }
  | { type: 'exited'; from: Stage; reason: ExitReason; grievanceId: string | null }
  /** Only as a correction: the corrected event no longer counts. */
  | { type: 'voided' };

/** Who recorded an event, and in which capacity. */
export interface EventActor {
  userId: string | null;
  as: Performer | 'system';
}

export interface JourneyEvent {
  /** 1-based position in the journey's log; the journey's version after this event. */
  seq: number;
  /** The day it happened (YYYY-MM-DD), which may be before the day it was recorded. */
  occurredOn: string;
  actor: EventActor;
  evidence: readonly EvidenceRef[];
  note: string;
  /** The event this one corrects, when it is a correction. */
  correctsSeq: number | null;
  body: EventBody;
}

export type JourneyStatus = 'active' | 'exited' | 'completed';

export interface JourneyExit {
  reason: ExitReason;
  from: Stage;
  on: string;
  grievanceId: string | null;
}

export interface JourneyState {
  stage: Stage;
  status: JourneyStatus;
  track: JourneyTrack | null;
  exit: JourneyExit | null;
  openedOn: string;
  /** The day the current stage was entered. */
  stageSince: string;
  /** The day each stage reached was entered (a corrected history forgets stages undone). */
  entered: Partial<Record<Stage, string>>;
  /** The number of events recorded, corrections included: what a writer must expect. */
  version: number;
  /** The events in force, corrections applied, in order. */
  effective: JourneyEvent[];
}

const historyProblem = (seq: number, reason: string) =>
  unprocessable('journeys.invalid_history', `event ${seq}: ${reason}`, [
    { field: 'correctsSeq', reason },
  ]);

/** The events in force: each correction replaces (or voids) the event it names. */
export function eventsInForce(events: readonly JourneyEvent[]): JourneyEvent[] {
  const bySeq = new Map<number, JourneyEvent>();
  for (const e of events) {
    if (e.correctsSeq === null) bySeq.set(e.seq, e);
    else if (bySeq.has(e.correctsSeq)) bySeq.set(e.correctsSeq, { ...e, seq: e.correctsSeq });
    else
      throw historyProblem(
        e.seq,
        `corrects event ${e.correctsSeq}, which is not an original event before it`,
      );
  }
  return [...bySeq.values()].filter((e) => e.body.type !== 'voided').sort((a, b) => a.seq - b.seq);
}

export const held = (evidence: readonly EvidenceRef[]) => new Set(evidence.map((e) => e.kind));
export const missingOf = (requires: readonly EvidenceKind[], kinds: ReadonlySet<EvidenceKind>) =>
  requires.filter((k) => !kinds.has(k));

/** Applies one event in force to a state (the first must open the journey). */
function apply(state: JourneyState | null, e: JourneyEvent): JourneyState {
  const body = e.body;
  if (body.type === 'opened') {
    if (state) throw historyProblem(e.seq, 'a journey is opened once');
    return {
      stage: body.stage,
      status: 'active',
      track: null,
      exit: null,
      openedOn: e.occurredOn,
      stageSince: e.occurredOn,
      entered: { [body.stage]: e.occurredOn },
      version: 0,
      effective: [],
    };
  }
  if (!state) throw historyProblem(e.seq, 'the first event must open the journey');
  if (state.status !== 'active') throw historyProblem(e.seq, `the journey is ${state.status}`);
  if (e.occurredOn < state.stageSince)
    throw historyProblem(e.seq, `happens before the stage it leaves began (${state.stageSince})`);
  if (body.type === 'advanced') {
    const step = transitionBetween(body.from, body.to);
    if (body.from !== state.stage || !step)
      throw historyProblem(e.seq, `no transition from ${state.stage} to ${body.to}`);
    const missing = missingOf(step.requires, held(e.evidence));
    if (missing.length > 0) throw historyProblem(e.seq, `misses evidence ${missing.join(', ')}`);
    const track = STAGE_INFO[body.to].track;
    return {
      ...state,
      stage: body.to,
      status: STAGE_INFO[body.to].final ? 'completed' : 'active',
      track: track === 'common' ? state.track : track,
      stageSince: e.occurredOn,
      entered: { ...state.entered, [body.to]: e.occurredOn },
    };
  }
  if (body.type === 'exited') {
    const rule = exitRuleOf(body.reason);
    if (body.from !== state.stage || !rule || !rule.from.includes(state.stage))
      throw historyProblem(e.seq, `no exit "${body.reason}" from ${state.stage}`);
    const missing = missingOf(rule.requires, held(e.evidence));
    if (missing.length > 0) throw historyProblem(e.seq, `misses evidence ${missing.join(', ')}`);
    return {
      ...state,
      status: 'exited',
      exit: {
        reason: body.reason,
        from: state.stage,
        on: e.occurredOn,
        grievanceId: body.grievanceId,
      },
    };
  }
  throw historyProblem(e.seq, 'a voided event cannot stand');
}

/** The state of a journey: the fold of its events in force. Throws 422 on an impossible history. */
export function replay(events: readonly JourneyEvent[]): JourneyState {
  const effective = eventsInForce(events);
  let state: JourneyState | null = null;
  for (const e of effective) state = apply(state, e);
  if (!state) throw historyProblem(0, 'the journey has no opening event');
  return { ...state, version: events.length, effective };
}

/** The latest evidence held per kind (rows are oldest first; superseded rows already left out). */
export function latestPerKind(evidence: readonly EvidenceRef[]): EvidenceRef[] {
  const byKind = new Map<EvidenceKind, EvidenceRef>();
  for (const e of evidence) byKind.set(e.kind, e);
  return [...byKind.values()];
}

/** One way forward from the current stage, with the evidence still missing. */
export interface NextStep {
  to: Stage;
  requires: readonly EvidenceKind[];
  missing: EvidenceKind[];
  performers: readonly Performer[];
}

/** What can happen next: declared moves from the current stage and the exits open there. */
export function whatIsNext(state: JourneyState, evidence: readonly EvidenceRef[]) {
  const kinds = held(latestPerKind(evidence));
  if (state.status !== 'active') return { steps: [] as NextStep[], exits: [] as ExitReason[] };
  return {
    steps: transitionsFrom(state.stage).map((x): NextStep => ({
      to: x.to,
      requires: x.requires,
      missing: missingOf(x.requires, kinds),
      performers: x.performers,
    })),
    exits: EXITS.filter((x) => x.from.includes(state.stage)).map((x) => x.reason),
  };
}

/** A dated step the journey's triggers scheduled: a check-in or a follow-up. */
export interface Deadline {
  kind: 'check_in' | 'follow_up';
  due: string;
  /** The stage whose entry scheduled it. */
  after: Stage;
}

/** Adds days to a calendar day (UTC, no clock). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Adds months to a calendar day, clamped to the month's last day. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** The check-ins and follow-ups scheduled by the stages entered, in date order. */
export function deadlinesOf(state: JourneyState): Deadline[] {
  const out: Deadline[] = [];
  for (const e of state.effective) {
    if (e.body.type !== 'advanced') continue;
    const step = transitionBetween(e.body.from, e.body.to);
    for (const trigger of step?.triggers ?? []) {
      if (trigger.kind === 'schedule_check_ins')
        for (const days of trigger.days)
          out.push({ kind: 'check_in', due: addDays(e.occurredOn, days), after: e.body.to });
      if (trigger.kind === 'schedule_follow_ups')
        for (const months of trigger.months)
          out.push({ kind: 'follow_up', due: addMonths(e.occurredOn, months), after: e.body.to });
    }
  }
  return out.sort((a, b) => a.due.localeCompare(b.due));
}
