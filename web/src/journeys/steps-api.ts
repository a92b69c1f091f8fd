/**
 * Types, paths and pure rules of a journey's steps with content
 * (src/journeys/journey-steps.routes.ts, journey-steps.schemas.ts; docs/journeys-steps.md).
 */
import { STAGES, type JourneyEvent, type Stage } from './journeys-api';

/** The server's step vocabularies (src/journeys/step-vocabulary.ts), checked equal by a test. */
export const PERMIT_KINDS = ['visa', 'work_permit', 'residence_permit'] as const;
export const PERMIT_OUTCOMES = ['pending', 'granted', 'refused', 'withdrawn'] as const;
export const ARRIVAL_ITEMS = [
  'accommodation',
  'induction',
  'social_security_registration',
  'bank_account',
  'language_course',
  'post_arrival_orientation',
] as const;
export const CHECK_IN_DAYS = [30, 90] as const;
export const IN_WORK_KINDS = ['upskilling', 'certification', 'contract_change'] as const;
export const REINTEGRATION_PATHWAYS = ['job', 'business', 'further_study'] as const;
export const FOLLOW_UP_STATUSES = ['on_track', 'needs_support', 'off_track'] as const;

export type ArrivalItem = (typeof ARRIVAL_ITEMS)[number];

export interface Permit {
  id: string;
  kind: (typeof PERMIT_KINDS)[number];
  authority: string;
  appliedOn: string;
  dueOn: string | null;
  outcome: (typeof PERMIT_OUTCOMES)[number];
  decidedOn: string | null;
  validFrom: string | null;
  validUntil: string | null;
  updatedAt: string;
}

export interface CheckIn {
  day: number;
  dueOn: string | null;
  /** Whether the person may answer it now. */
  open: boolean;
  answer: { score: number; answer: string; answeredAt: string } | null;
}

export interface InWorkRecord {
  id: string;
  kind: (typeof IN_WORK_KINDS)[number];
  title: string;
  on: string;
  skills: string[];
  evidence: string;
  changes: { field: string; from: string; to: string }[];
  recordedAt: string;
}

/** How to ask the matching engine for the returnee's home-track openings. */
export interface HomeTrackSearch {
  operationId: 'matchCandidateOpenings';
  candidateId: string;
  country: string;
  track: 'home';
  partnershipId: string;
}

export interface ReintegrationPlan {
  pathway: (typeof REINTEGRATION_PATHWAYS)[number];
  goal: string;
  startsOn: string;
  followUps: {
    month: number;
    dueOn: string;
    followUp: {
      month: number;
      status: (typeof FOLLOW_UP_STATUSES)[number];
      note: string;
      recordedOn: string;
    } | null;
  }[];
}

export interface JourneySteps {
  journeyId: string;
  stage: Stage;
  corridor: { origin: string; destination: string } | null;
  permits: Permit[];
  arrival: {
    arrivedOn: string | null;
    checklist: {
      items: { item: ArrivalItem; doneOn: string | null; note: string }[];
      completedOn: string | null;
    };
    checkIns: CheckIn[];
  };
  inWork: InWorkRecord[];
  return: {
    plannedOn: string | null;
    returnedOn: string | null;
    plan: ReintegrationPlan | null;
    homeTrackSearch: HomeTrackSearch | null;
  };
}

const at = (id: string) => `/api/journeys/${encodeURIComponent(id)}`;

export const stepPaths = {
  steps: (id: string) => `${at(id)}/steps`,
  tick: (id: string, item: ArrivalItem) =>
    `${at(id)}/arrival/checklist/${encodeURIComponent(item)}`,
  checkIn: (id: string, day: number) => `${at(id)}/arrival/check-ins/${day}`,
  correct: (id: string) => `${at(id)}/corrections`,
  permits: (id: string) => `${at(id)}/permits`,
  permit: (id: string, permitId: string) => `${at(id)}/permits/${encodeURIComponent(permitId)}`,
  inWork: (id: string) => `${at(id)}/in-work`,
  return: (id: string) => `${at(id)}/return`,
  plan: (id: string) => `${at(id)}/reintegration-plan`,
  followUp: (id: string, month: number) => `${at(id)}/reintegration-plan/follow-ups/${month}`,
};

/** How many home-track matches the journey page shows; the matching page holds the rest. */
export const HOME_MATCHES_SHOWN = 3;

/**
 * Where the returnee's home-track matches are asked for: the person's own route when they are
 * the viewer, the candidate's route otherwise (the descriptor names it); the same query.
 */
export function homeTrackPath(search: HomeTrackSearch, viewerIsPerson: boolean): string {
  const query = new URLSearchParams({
    country: search.country,
    track: search.track,
    partnershipId: search.partnershipId,
    limit: String(HOME_MATCHES_SHOWN),
    offset: '0',
  }).toString();
  return viewerIsPerson
    ? `/api/matching/me/openings?${query}`
    : `/api/matching/candidates/${encodeURIComponent(search.candidateId)}/openings?${query}`;
}

/** The matching page showing the same home-track matches in full, with their explanations. */
export function homeTrackPage(search: HomeTrackSearch, viewerIsPerson: boolean): string {
  const query = new URLSearchParams({
    country: search.country,
    track: search.track,
    partnership: search.partnershipId,
  }).toString();
  return viewerIsPerson
    ? `/matching/me?${query}`
    : `/matching/candidates/${encodeURIComponent(search.candidateId)}?${query}`;
}

const reached = (stage: Stage, from: Stage) => STAGES.indexOf(stage) >= STAGES.indexOf(from);

/** The sections of the steps the journey page shows. */
export type StepSection = 'permits' | 'arrival' | 'inWork' | 'return';

/**
 * The sections that matter at the journey's stage: each from the stage where it starts, or
 * earlier when something was recorded in it already. A home-track journey never goes abroad,
 * so it shows none unless something was recorded.
 */
export function sectionsShown(steps: JourneySteps): StepSection[] {
  const { stage } = steps;
  const away = stage !== 'employed_home';
  const shown: [StepSection, boolean][] = [
    ['permits', steps.permits.length > 0 || (away && reached(stage, 'pre_departure'))],
    ['arrival', steps.arrival.arrivedOn !== null || (away && reached(stage, 'arrived'))],
    ['inWork', steps.inWork.length > 0 || (away && reached(stage, 'employed_abroad'))],
    [
      'return',
      steps.return.plannedOn !== null ||
        steps.return.returnedOn !== null ||
        steps.return.plan !== null ||
        (away && reached(stage, 'contract_ended')),
    ],
  ];
  return shown.filter(([, show]) => show).map(([section]) => section);
}

/** A permit's date to watch: a pending application's expected decision, a permit's expiry. */
export interface PermitDeadline {
  id: string;
  kind: 'permitDue' | 'permitExpiry';
  due: string;
  permit: Permit['kind'];
}

/** The permits' dates to watch, soonest first (a refused or withdrawn one has none). */
export function permitDeadlines(permits: readonly Permit[]): PermitDeadline[] {
  return permits
    .flatMap((p): PermitDeadline[] => {
      if (p.outcome === 'pending' && p.dueOn)
        return [{ id: p.id, kind: 'permitDue', due: p.dueOn, permit: p.kind }];
      if (p.outcome === 'granted' && p.validUntil)
        return [{ id: p.id, kind: 'permitExpiry', due: p.validUntil, permit: p.kind }];
      return [];
    })
    .sort((a, b) => a.due.localeCompare(b.due));
}

/** What the timeline says of an event: the later event correcting it, when there is one. */
export function correctionsOf(events: readonly JourneyEvent[]): Map<number, JourneyEvent> {
  const latest = new Map<number, JourneyEvent>();
  for (const e of events) {
    if (e.correctsSeq === null) continue;
    const before = latest.get(e.correctsSeq);
    if (!before || before.seq < e.seq) latest.set(e.correctsSeq, e);
  }
  return latest;
}
