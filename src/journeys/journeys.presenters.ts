import type { EventRecord, EvidenceRecord, JourneyRow } from './journey-record.js';
import { evidenceInForce } from './journey-record.js';
import { deadlinesOf, whatIsNext, type JourneyState } from './journey.js';
import type { LoadedJourney } from './journey.store.js';
import { STAGE_INFO, type Stage } from './stages.js';
import type { Performer, Trigger } from './transitions.js';

/** A journey as listed. */
export function presentJourney(row: JourneyRow, personName: string) {
  return {
    id: row.id,
    partnershipId: row.partnershipId,
    candidateId: row.candidateId,
    personName,
    intake: row.intake,
    stage: row.stage,
    status: row.status,
    track: row.track,
    exitReason: row.exitReason,
    version: row.version,
    openedOn: row.openedOn,
    stageSince: row.stageSince,
    origin: { kind: row.originKind, id: row.originId },
    programmeId: row.programmeId,
    employerId: row.employerId,
  };
}

const presentEvent = (e: EventRecord) => ({
  seq: e.seq,
  occurredOn: e.occurredOn,
  actor: e.actor,
  body: e.body,
  evidence: [...e.evidence],
  note: e.note,
  correctsSeq: e.correctsSeq,
  recordedAt: e.recordedAt.toISOString(),
});

const presentEvidence = (e: EvidenceRecord) => ({
  id: e.id,
  kind: e.kind,
  value: e.value,
  occurredOn: e.occurredOn,
  detail: e.detail,
  supersedes: e.supersedes,
  recordedAs: e.recordedAs,
  recordedAt: e.recordedAt.toISOString(),
});

/** The day an employer's view starts: the arrival (nothing before it is theirs to see). */
const employerSince = (state: JourneyState): string =>
  (Object.entries(state.entered) as [Stage, string][])
    .filter(([stage]) => STAGE_INFO[stage].employerVisible)
    .map(([, day]) => day)
    .sort()[0] ?? '9999-12-31';

/**
 * A journey shown to someone holding the given capacities: state, log, evidence in force, what
 * is next (and whether they may do it) and deadlines. An employer who is nothing else sees only
 * what happened from arrival on.
 */
export function presentDetail(
  loaded: LoadedJourney,
  state: JourneyState,
  personName: string,
  you: readonly Performer[],
  row: JourneyRow = loaded.row,
) {
  const employerOnly = you.length > 0 && you.every((p) => p === 'employer');
  const since = employerOnly ? employerSince(state) : '';
  const evidence = evidenceInForce(loaded.evidence).filter((e) => e.occurredOn >= since);
  const events = loaded.events.filter((e) => e.occurredOn >= since);
  const next = whatIsNext(state, evidence);
  return {
    journey: presentJourney(row, personName),
    exit: state.exit,
    entered: Object.fromEntries(
      Object.entries(state.entered).filter(([, day]) => day >= since),
    ) as Record<string, string>,
    events: events.map(presentEvent),
    evidence: evidence.map(presentEvidence),
    next: {
      steps: next.steps.map((s) => ({
        ...s,
        requires: [...s.requires],
        performers: [...s.performers],
        allowed: s.performers.some((p) => you.includes(p)),
      })),
      exits: next.exits,
    },
    deadlines: deadlinesOf(state).filter((d) => d.due >= since),
    you: [...you],
  };
}

/** Triggers as plain JSON. */
export const presentTriggers = (triggers: readonly Trigger[]) =>
  triggers.map((t) => ({ ...t }) as { kind: string } & Record<string, string | number[]>);
