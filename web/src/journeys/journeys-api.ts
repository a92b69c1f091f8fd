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

export interface JourneySummary {
  id: string;
  personId: string;
  personName: string | null;
  partnershipId: string;
  partnershipTitle: string;
  track: JourneyTrack;
  intake: string | null;
  stage: Stage;
  stageSince: string;
  exit: { reason: ExitReason; on: string } | null;
  version: number;
}

export interface JourneyEvidence {
  kind: string;
  value: string;
  recordedOn: string;
}

export interface JourneyEvent {
  id: string;
  kind: 'opened' | 'transition' | 'exit' | 'correction' | 'evidence';
  from: Stage | null;
  to: Stage | null;
  reason: ExitReason | null;
  on: string;
  actor: string | null;
  evidence: { kind: string; value: string }[];
  correctionOf: string | null;
  note: string | null;
}

export interface NextStep {
  to: Stage;
  /** Evidence kinds the guard requires before this transition. */
  requires: string[];
  /** Those still missing. */
  missing: string[];
  /** Whether the signed-in user may perform it (policy). */
  allowed: boolean;
}

export interface JourneyDeadline {
  kind: string;
  due: string;
  overdue: boolean;
}

export interface JourneyContact {
  role: string;
  name: string;
  organisation: string | null;
  email: string | null;
  phone: string | null;
}

export interface JourneyDetail {
  journey: JourneySummary;
  events: JourneyEvent[];
  evidence: JourneyEvidence[];
  next: NextStep[];
  deadlines: JourneyDeadline[];
  contacts: JourneyContact[];
  /** Whether the signed-in user may end the journey with an exit reason. */
  canExit: boolean;
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
  from?: string;
  to?: string;
}

const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const journeyPaths = {
  mine: () => '/api/journeys/mine',
  list: (partnershipId: string, filter: CohortFilter = {}) =>
    `/api/journeys${query({ partnership: partnershipId, ...filter })}`,
  employees: () => '/api/journeys/employees',
  journey: (id: string) => `/api/journeys/${encodeURIComponent(id)}`,
  transitions: (id: string) => `/api/journeys/${encodeURIComponent(id)}/transitions`,
  cohort: (partnershipId: string, filter: CohortFilter = {}) =>
    `/api/partnerships/${encodeURIComponent(partnershipId)}/journeys/stats${query({ ...filter })}`,
  cohortCsv: (partnershipId: string, filter: CohortFilter = {}) =>
    `/api/partnerships/${encodeURIComponent(partnershipId)}/journeys.csv${query({ ...filter })}`,
};

export const journeyRoutes = {
  home: () => '/journeys',
  mine: () => '/journeys/mine',
  journey: (id: string) => `/journeys/${encodeURIComponent(id)}`,
  cohort: (partnershipId?: string) =>
    partnershipId
      ? `/journeys/cohort?partnership=${encodeURIComponent(partnershipId)}`
      : '/journeys/cohort',
  employees: () => '/journeys/employees',
};

/** The body of a transition: to a stage, or an exit with its reason; evidence by kind. */
export interface TransitionBody {
  to?: Stage;
  exit?: { reason: ExitReason; grievanceId?: string };
  on: string;
  expectedVersion: number;
  evidence: { kind: string; value: string }[];
  note?: string;
}
