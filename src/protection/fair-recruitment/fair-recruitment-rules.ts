import { COST_KINDS, type CostKind } from './vocabulary.js';

/** How far the signed or actual terms may drift from the offer before substitution is flagged. */
export interface SubstitutionTolerances {
  /** Largest wage drop accepted, in percent of the earlier wage (5 → a 5 % cut is still fine). */
  wageDropPercent: number;
  /** Largest rise of weekly hours accepted, in percent of the earlier hours. */
  hoursRisePercent: number;
  /** A different occupation is a substitution. */
  occupationMustMatch: boolean;
  /** A different country or city of work is a substitution. */
  placeMustMatch: boolean;
}

/** A partnership's fair-recruitment rules, as data (docs/protection.md#fair-recruitment). */
export interface FairRecruitmentRules {
  /** Cost kinds the partnership's agreement says the employer pays: a worker paying one is flagged. */
  employerPays: readonly CostKind[];
  tolerances: SubstitutionTolerances;
}

/** Defaults: the ILO "employer pays" principle (every cost) and wage −5 %, hours +10 %, same job. */
export const DEFAULT_RULES: FairRecruitmentRules = {
  employerPays: COST_KINDS,
  tolerances: {
    wageDropPercent: 5,
    hoursRisePercent: 10,
    occupationMustMatch: true,
    placeMustMatch: false,
  },
};

/** The rules of a partnership: its stored ones, or the defaults when it declared none. */
export function rulesOrDefault(stored: FairRecruitmentRules | null | undefined) {
  return stored ?? DEFAULT_RULES;
}
