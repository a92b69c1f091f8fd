/** The words of fair recruitment (docs/protection.md#fair-recruitment). */

/** Kinds of recruitment fees and related costs a person may be charged. */
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

/** Who paid a cost. */
export const PAYERS = ['worker', 'employer', 'recruiter', 'government', 'other'] as const;
export type Payer = (typeof PAYERS)[number];

/** The versions of a contract: the offer (from the vacancy), the signed one, the actual terms. */
export const CONTRACT_STAGES = ['offer', 'signed', 'actual'] as const;
export type ContractStage = (typeof CONTRACT_STAGES)[number];

/** Parties whose compliance is recorded and who can be suspended from a partnership. */
export const COMPLIANCE_ROLES = ['employer', 'recruiter'] as const;
export type ComplianceRole = (typeof COMPLIANCE_ROLES)[number];

export const WAGE_PERIODS = ['hour', 'month', 'year'] as const;
export type WagePeriod = (typeof WAGE_PERIODS)[number];
