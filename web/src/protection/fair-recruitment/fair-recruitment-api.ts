/** Types and paths of the fair-recruitment API (src/protection/fair-recruitment/fair-recruitment.schemas.ts). */

export const COST_KINDS = [
  'recruitment_fee',
  'travel',
  'visa',
  'medical',
  'documents',
  'training',
  'accommodation_deposit',
] as const;
export type CostKind = (typeof COST_KINDS)[number];
export const PAYERS = ['worker', 'employer', 'recruiter', 'government', 'other'] as const;
export type Payer = (typeof PAYERS)[number];
export const STAGES = ['offer', 'signed', 'actual'] as const;
export type Stage = (typeof STAGES)[number];
export type ComparedField = 'wage' | 'hoursPerWeek' | 'occupationUri' | 'place';

export interface Wage {
  amount: number;
  currency: string;
  per: 'hour' | 'month' | 'year';
}

export interface ContractTerms {
  wage: Wage | null;
  hoursPerWeek: number | null;
  occupationUri: string | null;
  country: string | null;
  city: string | null;
}

export interface TermsComparison {
  from: Stage;
  to: Stage;
  differences: {
    field: ComparedField;
    changePercent: number | null;
    beyondTolerance: boolean;
    reason: string | null;
  }[];
  substitution: boolean;
}

export interface Contract {
  id: string;
  partnershipId: string;
  candidateId: string;
  personName: string;
  vacancyId: string | null;
  employerId: string;
  employerName: string;
  recruiterId: string | null;
  recruiterName: string | null;
  versions: Record<Stage, { terms: ContractTerms; statedOn: string } | null>;
  comparisons: TermsComparison[];
  substitution: boolean;
}

export interface RecruitmentCost {
  id: string;
  kind: CostKind;
  amount: number;
  currency: string;
  paidBy: Payer;
  paidOn: string | null;
  employerShouldPay: boolean;
  recordedAt: string;
}

/** SDG 10.7.1 over a group; a null count was withheld for small numbers (see `suppressed`). */
export interface GroupIndicator {
  people: number | null;
  computed: number | null;
  median: number | null;
  mean: number | null;
  shareWhoPaid: number | null;
  peopleWithEmployerPaysFlags: number | null;
  suppressed: boolean;
}

export interface FairRecruitmentReport {
  partnershipId: string;
  indicator: 'SDG 10.7.1';
  definition: string;
  rulesAreDefault: boolean;
  rules: {
    employerPays: CostKind[];
    tolerances: {
      wageDropPercent: number;
      hoursRisePercent: number;
      occupationMustMatch: boolean;
      placeMustMatch: boolean;
    };
  };
  smallCountThreshold: number;
  overall: GroupIndicator;
  byCohort: (GroupIndicator & { cohort: string })[];
  substitutionFlags: number;
}

export interface Suspension {
  id: string;
  organisationId: string;
  role: 'employer' | 'recruiter';
  reason: string;
  suspendedAt: string;
  liftedAt: string | null;
  liftReason: string | null;
}

export interface ComplianceRecord {
  organisationId: string;
  name: string;
  role: 'employer' | 'recruiter';
  /** A null figure was withheld for small counts (see `suppressed`). */
  placements: number | null;
  substitutionFlags: number | null;
  feesChargedToWorkers: number | null;
  employerPaysBreaches: number | null;
  amountsChargedToWorkers: Record<string, number> | null;
  grievancesUpheld: number | null;
  /** Facts about the organisation, never withheld. */
  flags: { substitution: boolean; employerPaysBreached: boolean; grievanceUpheld: boolean };
  suppressed: boolean;
  suspension: Suspension | null;
}

export const fairRecruitmentPaths = {
  contracts: '/api/contracts',
  contract: (id: string) => `/api/contracts/${id}`,
  version: (id: string, stage: Stage) => `/api/contracts/${id}/versions/${stage}`,
  costs: (contractId: string) => `/api/recruitment-costs?contractId=${contractId}`,
  recordCost: '/api/recruitment-costs',
  report: (partnershipId: string) => `/api/fair-recruitment/${partnershipId}/report`,
  compliance: (partnershipId: string) => `/api/compliance/${partnershipId}`,
  suspend: (partnershipId: string) => `/api/compliance/${partnershipId}/suspensions`,
  lift: (partnershipId: string, id: string) =>
    `/api/compliance/${partnershipId}/suspensions/${id}/lift`,
};

export const fairRecruitmentRoutes = {
  home: '/protection/fair-recruitment',
  contract: (id: string) => `/protection/fair-recruitment/contracts/${id}`,
  partnership: (id: string) => `/protection/fair-recruitment/partnerships/${id}`,
};
