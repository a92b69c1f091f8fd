/** Types and paths of the workshop and editing API (src/partnerships/workshop.routes.ts, agreement-plan.routes.ts). */
import type { Track } from './partnerships-api';

export interface Criterion {
  key: string;
  label: string;
  weight: number;
}

export interface Delegation {
  id: string;
  country: string;
  constituency: 'government' | 'employers' | 'workers';
  organisationId: string;
}

export interface Idea {
  id: string;
  delegationId: string;
  title: string;
  summary: string;
  origin: string;
  destination: string;
  occupations: string[];
  tracks: Track[];
  partnershipId: string | null;
  scoreCount: number;
  weighted: number | null;
  rank: number;
  means: Record<string, number>;
  scoredBy: string[] | null;
  scoredByMe: boolean;
}

export interface Workshop {
  id: string;
  title: string;
  heldOn: string;
  criteria: Criterion[];
  anonymousScoring: boolean;
  delegations: Delegation[];
  ideas: Idea[];
}

export interface WorkshopSummary {
  id: string;
  title: string;
  heldOn: string;
  anonymousScoring: boolean;
}

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'blocked'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface PlanAction {
  id: string;
  objectiveId: string;
  title: string;
  ownerOrganisationId: string;
  deadline: string;
  status: ActionStatus;
  evidence: string[];
}

export interface ActionPlan {
  objectives: { id: string; title: string }[];
  actions: PlanAction[];
  milestones: { id: string; title: string; dueOn: string; reachedOn: string | null }[];
}

export const AGREEMENT_KINDS = [
  'blma',
  'memorandum',
  'skills_module',
  'city_agreement',
  'framework',
  'implementation_plan',
] as const;

const enc = encodeURIComponent;

export const workshopPaths = {
  list: () => '/api/workshops',
  workshop: (id: string) => `/api/workshops/${enc(id)}`,
  ideas: (id: string) => `/api/workshops/${enc(id)}/ideas`,
  scores: (id: string, ideaId: string) => `/api/workshops/${enc(id)}/ideas/${enc(ideaId)}/scores`,
  winners: (id: string) => `/api/workshops/${enc(id)}/winners`,
  plan: (id: string) => `/api/partnerships/${enc(id)}/plan`,
  actions: (id: string) => `/api/partnerships/${enc(id)}/plan/actions`,
  action: (id: string, actionId: string) =>
    `/api/partnerships/${enc(id)}/plan/actions/${enc(actionId)}`,
  assessment: (id: string, prerequisite: string) =>
    `/api/partnerships/${enc(id)}/scorecard/${enc(prerequisite)}`,
  agreements: (id: string) => `/api/partnerships/${enc(id)}/agreements`,
};

export const workshopRoutes = {
  list: () => '/partnerships/workshops',
  workshop: (id: string) => `/partnerships/workshops/${enc(id)}`,
  manage: (id: string) => `/partnerships/${enc(id)}/manage`,
};
