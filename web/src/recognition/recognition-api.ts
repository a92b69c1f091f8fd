/** Types and paths of the recognition API (src/recognition/recognition.schemas.ts). */

export type RecognitionOutcome = 'not_recognised' | 'partial' | 'licence_required' | 'recognised';
export const recognitionOutcomes: RecognitionOutcome[] = [
  'recognised',
  'licence_required',
  'partial',
  'not_recognised',
];
export type Confidence = 'high' | 'medium' | 'low' | 'demo';
export type EvidenceLevel = 'self_declared' | 'assessed' | 'certified';

export interface LevelRef {
  frameworkId: string;
  level: number;
}

export interface Framework {
  id: string;
  name: string;
  kind: 'national' | 'regional';
  country?: string;
  levels: { level: number; title?: string }[];
  source: string;
  demo: boolean;
}

export interface LevelReferencing {
  fromFrameworkId: string;
  fromLevel: number;
  toFrameworkId: string;
  toLevels: number[];
  source: string;
  confidence: Confidence;
}

export interface Registry {
  frameworks: Framework[];
  referencing: LevelReferencing[];
}

export interface Qualification {
  id: string;
  title: string;
  awardingBody: string;
  country: string;
  level: LevelRef;
  iscedLevel: number;
  iscedField: string;
  learningOutcomes: string[];
  occupations: string[];
  regulated: boolean;
  demo?: boolean;
}

export interface Agreement {
  id: string;
  title: string;
  from: { country: string; body?: string };
  to: { country: string; body?: string };
  direction: 'unilateral' | 'mutual';
  mode: 'automatic' | 'conditional';
  measures: MeasureKind[];
  scope: {
    qualificationIds: string[];
    occupations: string[];
    levels: { frameworkId: string; levels: number[] }[];
  };
  validFrom: string;
  validUntil?: string;
  source: string;
  demo?: boolean;
  /** Versions are kept: amending supersedes, retiring stops new decisions applying it. */
  status: 'in_force' | 'superseded' | 'retired';
  version: number;
  supersedes: string | null;
  supersededBy: string | null;
  retiredAt: string | null;
  retirementReason: string | null;
}

export type MeasureKind = 'bridging_training' | 'aptitude_test' | 'adaptation_period';

export interface EvidencedSkill {
  skillUri: string;
  evidence: EvidenceLevel;
  source: string;
}

export type CompensationMeasure =
  | { kind: 'bridging_training'; moduleIds: string[]; skills: string[]; cost: number }
  | { kind: 'aptitude_test'; skills: string[] }
  | { kind: 'adaptation_period'; months: number; skills: string[] };

export interface TrainingModule {
  id: string;
  title: string;
  provider: string;
  country?: string;
  cost: number;
  hours: number;
  skills: string[];
  demo?: boolean;
}

export interface BridgingPlan {
  method: 'exact' | 'greedy';
  bound: number;
  modules: TrainingModule[];
  cost: number;
  covered: string[];
  uncoverable: string[];
  coverExists: boolean;
}

export interface LevelComparison {
  from: LevelRef;
  to: LevelRef;
  relation: 'higher' | 'equal' | 'overlapping' | 'lower' | 'incomparable';
  via?: string;
  fromLevels: number[];
  toLevels: number[];
  shortfall: number;
  steps: LevelReferencing[];
  confidence: Confidence;
}

/** The reasons the UI draws as more than words; the others are read from `explanation`. */
export type RecognitionReason =
  | { kind: 'level_comparison'; comparison: LevelComparison }
  | { kind: 'compensation'; plan: BridgingPlan; allowed: MeasureKind[]; unclosed: string[] }
  | { kind: string };

export interface RecognitionResult {
  outcome: RecognitionOutcome;
  qualificationId?: string;
  licenceRequired: boolean;
  coverage: { essential: string[]; covered: EvidencedSkill[]; missing: string[] };
  measures: CompensationMeasure[];
  reasons: RecognitionReason[];
  target: { country: string; label: string; occupations?: string[]; qualificationId?: string };
  asOf: string;
  rulesVersion: string;
  considered: { qualificationId?: string; outcome: RecognitionOutcome }[];
  /** The reasons and measures in English words; absent from the evaluation a case records. */
  explanation?: string[];
}

export type TargetSpec = { country: string; occupation: string } | { qualificationId: string };

export interface EvaluateRequest {
  target: TargetSpec;
  qualificationIds: string[];
  experience: { occupation: string; country: string; months: number }[];
}

export type CaseStatus = 'submitted' | 'in_review' | 'decided' | 'appealed' | 'appeal_decided';

export interface RecognitionCase {
  id: string;
  applicantUserId: string;
  target: TargetSpec;
  targetCountry: string;
  qualificationIds: string[];
  status: CaseStatus;
  submittedAt: string;
  dueAt: string | null;
  appealDeadline: string | null;
  outcome: RecognitionOutcome | null;
  decisionReasons: string | null;
  evaluation: RecognitionResult | null;
  events: {
    at: string;
    actorUserId: string | null;
    step: string;
    detail: Record<string, unknown>;
  }[];
}

export type CaseStep =
  | { step: 'start_review' }
  | { step: 'decide' | 'decide_appeal'; outcome: RecognitionOutcome; reasons: string }
  | { step: 'appeal'; grounds: string };

/** API paths of the recognition area. */
export const recognitionPaths = {
  frameworks: () => '/api/recognition/frameworks',
  qualifications: () => '/api/recognition/qualifications',
  agreements: () => '/api/recognition/agreements',
  evaluate: () => '/api/recognition/evaluate',
  cases: () => '/api/recognition/cases',
  case: (id: string) => `/api/recognition/cases/${encodeURIComponent(id)}`,
  steps: (id: string) => `/api/recognition/cases/${encodeURIComponent(id)}/steps`,
  rpl: (userId: string) => `/api/recognition/people/${encodeURIComponent(userId)}/rpl`,
  countries: () => '/api/taxonomy/countries',
};

/** UI routes of the recognition area. */
export const recognitionRoutes = {
  overview: () => '/recognition',
  evaluate: () => '/recognition/evaluate',
  myCases: () => '/recognition/cases',
  queue: () => '/recognition/queue',
};

/** The id the taxonomy pages use for an ESCO concept: the last segment of its URI. */
export const conceptId = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

/** "ma-nqf 5", or "Framework name 5" when the framework is known. */
export function levelLabel(ref: LevelRef, frameworks: Map<string, Framework>): string {
  return `${frameworks.get(ref.frameworkId)?.name ?? ref.frameworkId} ${ref.level}`;
}
