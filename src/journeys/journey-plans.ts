import { conflict, forbidden, unprocessable } from '../shared/errors.js';
import type { EvidenceKind } from './evidence-kinds.js';
import {
  eventsInForce,
  held,
  latestPerKind,
  missingOf,
  replay,
  type EvidenceRef,
  type JourneyEvent,
  type JourneyState,
} from './journey.js';
import type { ExitReason, Stage } from './stages.js';
import { exitRuleOf, transitionBetween, type Performer, type Trigger } from './transitions.js';

/**
 * The plans of a journey's next event (docs/journeys.md#events): each checks the request against
 * the state replayed from the events (version, status, the move or exit declared, the performer,
 * its guard's evidence, the date) and answers the event to append with what it triggers.
 */

/** What an actor asks for, with the capacities they hold on this journey. */
export interface Request {
  expectedVersion: number;
  occurredOn: string;
  performers: readonly Performer[];
}

const checkVersion = (state: JourneyState, expected: number) => {
  if (state.version !== expected)
    throw conflict(
      'journeys.stale_version',
      `The journey changed meanwhile (version ${state.version}, you expected ${expected}); reload it.`,
    );
};

const checkActive = (state: JourneyState) => {
  if (state.status !== 'active')
    throw conflict('journeys.not_active', `The journey is ${state.status}: nothing follows.`);
};

const capacity = (
  performers: readonly Performer[],
  allowed: readonly Performer[],
  what: string,
) => {
  const as = allowed.find((p) => performers.includes(p));
  if (!as) throw forbidden('journeys.not_your_step', `Only ${allowed.join(', ')} may ${what}.`);
  return as;
};

const checkDate = (state: JourneyState, occurredOn: string) => {
  if (occurredOn < state.stageSince)
    throw unprocessable('journeys.date_before_stage', `occurredOn: is before ${state.stageSince}`, [
      { field: 'occurredOn', reason: `is before the current stage began (${state.stageSince})` },
    ]);
};

/** The 422 of a guard: each missing evidence kind is named as a field. */
export const missingEvidence = (missing: readonly EvidenceKind[], what: string) =>
  unprocessable(
    'journeys.missing_evidence',
    `${what} needs evidence: ${missing.join(', ')}`,
    missing.map((kind) => ({ field: kind, reason: 'evidence required before this step' })),
  );

/** A planned event, ready to append, with what it triggers. */
export interface PlannedEvent {
  event: Omit<JourneyEvent, 'seq' | 'actor' | 'note'> & { actor: { as: Performer } };
  triggers: readonly Trigger[];
}

/**
 * Plans a move to the next stage: the version must be current (409), the journey active (409),
 * the move declared (422 on `to`), the actor one of its performers (403), its guard met (422
 * naming each missing evidence kind), the date not before the stage began (422).
 */
export function planAdvance(
  state: JourneyState,
  request: Request & { to: Stage },
  evidence: readonly EvidenceRef[],
): PlannedEvent {
  checkVersion(state, request.expectedVersion);
  checkActive(state);
  const step = transitionBetween(state.stage, request.to);
  if (!step)
    throw unprocessable(
      'journeys.no_such_transition',
      `to: no step from ${state.stage} to ${request.to}`,
      [{ field: 'to', reason: `is not a next stage of ${state.stage}` }],
    );
  const as = capacity(request.performers, step.performers, `move a journey to ${request.to}`);
  const latest = latestPerKind(evidence);
  const missing = missingOf(step.requires, held(latest));
  if (missing.length > 0) throw missingEvidence(missing, `Moving to ${request.to}`);
  checkDate(state, request.occurredOn);
  return {
    event: {
      occurredOn: request.occurredOn,
      actor: { as },
      evidence: latest.filter((e) => step.requires.includes(e.kind)),
      correctsSeq: null,
      body: { type: 'advanced', from: state.stage, to: request.to },
    },
    triggers: step.triggers,
  };
}

/** Plans an exit: declared for the current stage (422 on `reason`), with its guard. */
export function planExit(
  state: JourneyState,
  request: Request & { reason: ExitReason; grievanceId: string | null },
  evidence: readonly EvidenceRef[],
): PlannedEvent {
  checkVersion(state, request.expectedVersion);
  checkActive(state);
  const rule = exitRuleOf(request.reason);
  if (!rule || !rule.from.includes(state.stage))
    throw unprocessable(
      'journeys.no_such_exit',
      `reason: "${request.reason}" cannot end ${state.stage}`,
      [{ field: 'reason', reason: `is not an exit from ${state.stage}` }],
    );
  const as = capacity(request.performers, rule.performers, `record the exit "${request.reason}"`);
  const latest = latestPerKind(evidence);
  const missing = missingOf(rule.requires, held(latest));
  if (missing.length > 0) throw missingEvidence(missing, `The exit "${request.reason}"`);
  checkDate(state, request.occurredOn);
  return {
    event: {
      occurredOn: request.occurredOn,
      actor: { as },
      evidence: latest.filter((e) => rule.requires.includes(e.kind)),
      correctsSeq: null,
      body: {
        type: 'exited',
        from: state.stage,
        reason: request.reason,
        grievanceId: request.grievanceId,
      },
    },
    triggers: rule.triggers,
  };
}

/**
 * Plans a correction of an earlier event (its date, or voiding it to undo a step or an exit):
 * only a coordinator corrects, and the history with the correction must still replay (422).
 */
export function planCorrection(
  events: readonly JourneyEvent[],
  request: Request & { correctsSeq: number; occurredOn: string; voided: boolean },
): PlannedEvent & { after: JourneyState } {
  const state = replay(events);
  checkVersion(state, request.expectedVersion);
  const as = capacity(request.performers, ['coordinator'], 'correct a journey');
  const target = events.find((e) => e.seq === request.correctsSeq && e.correctsSeq === null);
  if (!target)
    throw unprocessable('journeys.unknown_event', `correctsSeq: no event ${request.correctsSeq}`, [
      { field: 'correctsSeq', reason: 'names no original event of this journey' },
    ]);
  if (request.voided && target.body.type === 'opened')
    throw unprocessable(
      'journeys.cannot_void_opening',
      'correctsSeq: the opening cannot be voided',
      [{ field: 'correctsSeq', reason: 'the opening of a journey cannot be voided' }],
    );
  const current = eventsInForce(events).find((e) => e.seq === request.correctsSeq) ?? target;
  const event: PlannedEvent['event'] = {
    occurredOn: request.occurredOn,
    actor: { as },
    evidence: current.evidence,
    correctsSeq: request.correctsSeq,
    body: request.voided ? { type: 'voided' } : current.body,
  };
  const after = replay([
    ...events,
    { ...event, seq: events.length + 1, actor: { userId: null, as }, note: '' },
  ]);
  return { event, triggers: [], after };
}
