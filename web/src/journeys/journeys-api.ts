/** Types and paths of the journeys API (src/journeys/journeys.schemas.ts, docs/journeys.md). */

/** The stages of a journey in the order of the migration cycle (src/journeys/journey.ts). */
export const STAGES = [
  'applied',
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
  'employed_home',
] as const;
export type Stage = (typeof STAGES)[number];

/** Why a journey ended before its last stage; every exit carries one. */
export const EXIT_REASONS = [
  'withdrew',
  'not_certified',
  'visa_refused',
  'dismissed',
  'left_employer',
  'stayed_on_legally',
  'unknown',
] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

/** The kinds of evidence a journey holds; guards of transitions ask for them. */
export const EVIDENCE_KINDS = [
  'selection_decision',
  'training_enrolment',
  'certificate',
  'job_offer',
  'orientation_completed',
  'signed_contract',
  'visa_application',
  'visa_granted',
  'visa_refusal',
  'travel_booked',
  'arrival_confirmed',
  'arrival_checklist_completed',
  'check_in',
  'employment_started',
  'upskilling_certificate',
  'contract_change',
  'contract_end_date',
  'return_date',
  'skills_recognised',
  'reintegration_plan',
  'follow_up',
  'grievance',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The evidence kinds whose value is a date (YYYY-MM-DD); the others hold a text or a reference. */
export const DATE_EVIDENCE_KINDS: readonly EvidenceKind[] = [
  'orientation_completed',
  'signed_contract',
  'visa_application',
  'visa_granted',
  'visa_refusal',
  'travel_booked',
  'arrival_confirmed',
  'arrival_checklist_completed',
  'employment_started',
  'contract_end_date',
  'return_date',
];

export type JourneyTrack = 'away' | 'home';
export type JourneyStatus = 'active' | 'exited' | 'completed';
/** The capacities in which someone acts on a journey (src/journeys/transitions.ts). */
export type Performer = 'person' | 'coordinator' | 'training_provider' | 'employer';

export interface JourneySummary {
  id: string;
  partnershipId: string;
  candidateId: string;
  personName: string;
  intake: string;
  stage: Stage;
  status: JourneyStatus;
  track: JourneyTrack | null;
  exitReason: ExitReason | null;
  version: number;
  openedOn: string;
  stageSince: string;
  origin: { kind: string; id: string | null };
  programmeId: string | null;
  employerId: string | null;
}

export type EventBody =
  | { type: 'opened'; stage: Stage; origin: { kind: string; id: string | null } }
  | { type: 'advanced'; from: Stage; to: Stage }
  | { type: 'exited'; from: Stage; reason: ExitReason; grievanceId: string | null }
  | { type: 'voided' };

export interface JourneyEvent {
  seq: number;
  occurredOn: string;
  actor: { userId: string | null; as: string };
  body: EventBody;
  evidence: { id: string; kind: EvidenceKind }[];
  note: string;
  correctsSeq: number | null;
  recordedAt: string;
}

export interface JourneyEvidence {
  id: string;
  kind: EvidenceKind;
  value: string;
  occurredOn: string;
  supersedes: string | null;
  recordedAs: string;
  recordedAt: string;
}

export interface NextStep {
  to: Stage;
  /** Evidence kinds the guard requires before this move. */
  requires: EvidenceKind[];
  /** Those the journey does not hold yet. */
  missing: EvidenceKind[];
  performers: Performer[];
  /** Whether the signed-in user may make this move (once the evidence is there). */
  allowed: boolean;
}

export interface JourneyDeadline {
  kind: 'check_in' | 'follow_up';
  due: string;
  after: Stage;
}

export interface JourneyDetail {
  journey: JourneySummary;
  exit: { reason: ExitReason; from: Stage; on: string; grievanceId: string | null } | null;
  entered: Partial<Record<Stage, string>>;
  events: JourneyEvent[];
  evidence: JourneyEvidence[];
  next: { steps: NextStep[]; exits: ExitReason[] };
  deadlines: JourneyDeadline[];
  /** The capacities the signed-in user holds on this journey. */
  you: Performer[];
}

/** What a step set going (src/journeys/transitions.ts, `Trigger`). */
export type Trigger = { kind: string } & Record<string, string | number[]>;

/** The answer to a step: the journey as it now is, and what the step set going. */
export type ChangeResult = JourneyDetail & { triggers: Trigger[] };

export interface JourneyList {
  total: number;
  offset: number;
  limit: number;
  journeys: JourneySummary[];
}

/** Counts per stage, in stage order: how many reached it and how many are there now (active). */
export interface FunnelStage {
  stage: Stage;
  reached: number;
  current: number;
}

/** Days spent in a stage by the journeys that moved on from it. */
export interface StageTime {
  stage: Stage;
  stays: number;
  medianDays: number | null;
  p90Days: number | null;
}

/** Journeys of one group (a gender, a nationality, a track) by status. */
export interface BreakdownRow {
  value: string;
  total: number;
  active: number;
  completed: number;
  exited: number;
}

export const BREAKDOWNS = ['gender', 'nationality', 'track'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** The cohort view of a partnership (src/journeys/cohort-stats.ts). */
export interface CohortStats {
  total: number;
  active: number;
  completed: number;
  exited: number;
  funnel: FunnelStage[];
  timeInStage: StageTime[];
  exits: { reason: ExitReason; count: number }[];
  breakdowns: Record<Breakdown, BreakdownRow[]>;
}

/** Filters of the cohort view, as query parameters. */
export interface CohortFilter {
  intake?: string;
  stage?: Stage;
  openedFrom?: string;
  openedTo?: string;
}

const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const journeyPaths = {
  mine: () => '/api/journeys/mine',
  list: (partnershipId: string, filter: CohortFilter = {}, offset = 0, limit = 100) =>
    `/api/journeys${query({ partnershipId, ...filter, offset: String(offset), limit: String(limit) })}`,
  journey: (id: string) => `/api/journeys/${encodeURIComponent(id)}`,
  advance: (id: string) => `/api/journeys/${encodeURIComponent(id)}/advance`,
  exit: (id: string) => `/api/journeys/${encodeURIComponent(id)}/exit`,
  cohort: (partnershipId: string, filter: CohortFilter = {}) =>
    `/api/partnerships/${encodeURIComponent(partnershipId)}/journeys/stats${query({ ...filter })}`,
  cohortCsv: (partnershipId: string, filter: CohortFilter = {}) =>
    `/api/partnerships/${encodeURIComponent(partnershipId)}/journeys/export${query({ ...filter })}`,
};

export const journeyRoutes = {
  home: () => '/journeys',
  mine: () => '/journeys/mine',
  journey: (id: string) => `/journeys/${encodeURIComponent(id)}`,
  /** The person's pre-departure orientation (orientation/orientation-routes.tsx). */
  orientation: (id: string) => `/journeys/${encodeURIComponent(id)}/orientation`,
  cohort: (partnershipId?: string) =>
    partnershipId
      ? `/journeys/cohort?partnership=${encodeURIComponent(partnershipId)}`
      : '/journeys/cohort',
  employees: (partnershipId?: string) =>
    partnershipId
      ? `/journeys/employees?partnership=${encodeURIComponent(partnershipId)}`
      : '/journeys/employees',
};

/** Evidence given with a step: its kind, value and the day it happened. */
export interface EvidenceInput {
  kind: EvidenceKind;
  value: string;
  occurredOn?: string;
}

/** The body of a move to the next stage. */
export interface AdvanceBody {
  to: Stage;
  expectedVersion: number;
  occurredOn: string;
  evidence: EvidenceInput[];
  note?: string;
}

/** The body of an exit: the reason, always. */
export interface ExitBody {
  reason: ExitReason;
  expectedVersion: number;
  occurredOn: string;
  evidence: EvidenceInput[];
  note?: string;
}
