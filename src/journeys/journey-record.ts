import type { EvidenceKind } from './evidence-kinds.js';
import type { EventActor, EventBody, EvidenceRef, JourneyEvent, JourneyOrigin } from './journey.js';
import type { ExitReason, JourneyTrack, Stage } from './stages.js';
import type { JourneyStatus } from './journey.js';

/** A journey row as the store reads it. */
export interface JourneyRow {
  id: string;
  partnershipId: string;
  candidateId: string;
  intake: string;
  originKind: JourneyOrigin['kind'];
  originId: string | null;
  programmeId: string | null;
  employerId: string | null;
  stage: Stage;
  status: JourneyStatus;
  track: JourneyTrack | null;
  exitReason: ExitReason | null;
  version: number;
  gender: string;
  nationality: string;
  openedOn: string;
  stageSince: string;
  updatedAt: Date;
}

/** A piece of evidence held by a journey. */
export interface EvidenceRecord extends EvidenceRef {
  kind: EvidenceKind;
  value: string;
  occurredOn: string;
  detail: Record<string, unknown>;
  supersedes: string | null;
  recordedBy: string | null;
  recordedAs: string;
  recordedAt: Date;
}

/** A stored event (the pure event plus when it was recorded). */
export interface EventRecord extends JourneyEvent {
  actor: EventActor;
  body: EventBody;
  recordedAt: Date;
}

/** Evidence in force: rows no later row supersedes, oldest first. */
export function evidenceInForce<E extends { id: string; supersedes: string | null }>(
  rows: readonly E[],
): E[] {
  const superseded = new Set(rows.map((r) => r.supersedes).filter((s): s is string => s !== null));
  return rows.filter((r) => !superseded.has(r.id));
}
