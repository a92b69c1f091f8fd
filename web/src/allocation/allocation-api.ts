/** Types and paths of the allocation API (src/allocation/allocation.schemas.ts). */

export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'infeasible';
export type AllocationMode = 'optimal' | 'stable';
export type SlotKind = 'away_job' | 'home_job' | 'training_seat';

export interface RunSummary {
  objective: number;
  dualBound: number | null;
  gap: number | null;
  provenOptimal: boolean;
  quotasEnforced: boolean;
  assigned: number;
  unassigned: number;
  iterations: number;
  durationMs: number;
  quotaPrices: { constraint: string; price: number; unit: 'per_percentage_point' | 'per_person' }[];
}

export interface AllocationRun {
  id: string;
  partnershipId: string;
  mode: AllocationMode;
  status: RunStatus;
  progress: number;
  message: string;
  seed: number;
  scoreModel?: string;
  candidates?: number;
  slots?: number;
  rerunOf: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  summary: RunSummary | null;
  conflicts: { constraint: string; reason: string }[];
}

export interface RunOverride {
  candidateId: string;
  slotId: string | null;
  locked: boolean;
  reason: string;
  userId: string | null;
  at: string;
}

export interface FairnessGroup {
  value: string;
  count: number;
  assigned: number;
  /** assigned / count, 0–1. */
  rate: number;
  meanScore: number | null;
}

export const FAIRNESS_DIMENSIONS = ['gender', 'nationality', 'originRegion', 'ageBand'] as const;
export type FairnessDimension = (typeof FAIRNESS_DIMENSIONS)[number];

export interface FairnessReport {
  overall: FairnessGroup;
  groups: Record<FairnessDimension, FairnessGroup[]>;
}

export type Scenario =
  'optimum_with_quotas' | 'optimum_without_quotas' | 'first_come_first_served' | 'stable';

export interface WhatIf {
  costOfQuotas: number;
  scenarios: {
    scenario: Scenario;
    objective: number;
    assigned: number;
    relativeObjective: number;
    fairness: FairnessReport;
  }[];
}

export interface RunDetail {
  run: AllocationRun;
  slots: (PersonSlot & { capacity: number })[];
  fairness: FairnessReport | null;
  whatIf: WhatIf | null;
  overrides: RunOverride[];
}

export interface PersonSlot {
  id: string;
  kind: SlotKind;
  label: string;
}

export interface AllocationPerson {
  candidateId: string;
  name: string | null;
  gender: string;
  originRegion: string;
  slot: PersonSlot | null;
  score: number | null;
  reasonCode: string;
  reason: string;
  finalSlot: PersonSlot | null;
  override: { slotId: string | null; locked: boolean; reason: string } | null;
}

export interface PeoplePage {
  total: number;
  offset: number;
  limit: number;
  people: AllocationPerson[];
}

export type PeopleFilter = 'all' | 'assigned' | 'unassigned';

export const allocationPaths = {
  runs: (partnershipId: string) =>
    `/api/partnerships/${encodeURIComponent(partnershipId)}/allocations`,
  run: (runId: string) => `/api/allocations/${encodeURIComponent(runId)}`,
  rerun: (runId: string) => `/api/allocations/${encodeURIComponent(runId)}/rerun`,
  overrides: (runId: string) => `/api/allocations/${encodeURIComponent(runId)}/overrides`,
  people: (runId: string, show: PeopleFilter, offset: number, limit: number) =>
    `/api/allocations/${encodeURIComponent(runId)}/people?show=${show}&offset=${offset}&limit=${limit}`,
};

export const allocationRoutes = {
  home: (partnershipId?: string) =>
    partnershipId ? `/allocation?partnership=${encodeURIComponent(partnershipId)}` : '/allocation',
  run: (runId: string) => `/allocation/runs/${encodeURIComponent(runId)}`,
};

/** Whether a run is still waiting or working. */
export const isActive = (status: RunStatus) => status === 'queued' || status === 'running';
