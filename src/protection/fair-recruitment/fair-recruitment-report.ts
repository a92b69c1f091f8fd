import {
  compareContract,
  monthlyWage,
  type ContractTerms,
  type TermsComparison,
} from './contract-comparison.js';
import type { FairRecruitmentRules } from './fair-recruitment-rules.js';
import {
  groupIndicator,
  personIndicator,
  type GroupIndicator,
  type PersonIndicator,
  type RecruitmentCost,
} from './recruitment-cost-indicator.js';
import type { ComplianceRole, ContractStage } from './vocabulary.js';

/** A person's placement with its contract versions, as the report reads it. */
export interface PlacementInput {
  contractId: string;
  candidateId: string;
  employerId: string;
  recruiterId: string | null;
  versions: Partial<Record<ContractStage, { terms: ContractTerms; statedOn: string }>>;
}

/** A recorded cost, with the organisations it was paid for or to. */
export interface CostInput extends RecruitmentCost {
  candidateId: string;
  employerId: string | null;
  recruiterId: string | null;
}

/** One person's line of the report. */
export interface PersonLine extends PersonIndicator {
  candidateId: string;
  /** The cohort: the year the contract was signed (or offered); `unplaced` without a contract. */
  cohort: string;
  /** Monthly income at destination (signed contract, else offer), with its currency. */
  monthlyIncome: { amount: number; currency: string } | null;
}

/** A contract whose versions differ beyond tolerance, with the comparisons that say so. */
export interface SubstitutionFlag {
  contractId: string;
  candidateId: string;
  employerId: string;
  recruiterId: string | null;
  comparisons: TermsComparison[];
}

/** What the report says about one employer or recruiter. */
export interface ComplianceLine {
  organisationId: string;
  role: ComplianceRole;
  /** People placed with (or by) it. */
  placements: number;
  substitutionFlags: number;
  /** Costs workers paid, attributed to it, and how many of them the employer should have paid. */
  feesChargedToWorkers: number;
  employerPaysBreaches: number;
  /** Amounts workers paid, per currency. */
  amountsChargedToWorkers: Record<string, number>;
  /** How many people the figures are computed over (for small-count suppression). */
  workers: WorkerCounts;
}

/** Distinct people behind a compliance line's figures. */
export interface WorkerCounts {
  /** People placed with (or by) it, or whose paid cost is held against it. */
  all: number;
  /** People who paid a cost held against it, overall and per currency. */
  whoPaid: number;
  whoPaidIn: Record<string, number>;
  /** People who paid a cost the employer should have paid. */
  withBreaches: number;
}

/** A compliance line with nothing recorded against it. */
export const emptyComplianceLine = (
  organisationId: string,
  role: ComplianceRole,
): ComplianceLine => ({
  organisationId,
  role,
  placements: 0,
  substitutionFlags: 0,
  feesChargedToWorkers: 0,
  employerPaysBreaches: 0,
  amountsChargedToWorkers: {},
  workers: { all: 0, whoPaid: 0, whoPaidIn: {}, withBreaches: 0 },
});

/** The fair-recruitment report of a partnership (docs/protection.md#fair-recruitment). */
export interface FairRecruitmentReport {
  overall: GroupIndicator;
  byCohort: (GroupIndicator & { cohort: string })[];
  people: PersonLine[];
  substitutions: SubstitutionFlag[];
  compliance: ComplianceLine[];
}

const incomeOf = (p: PlacementInput | undefined) => {
  const v = p?.versions.signed ?? p?.versions.offer;
  const amount = v ? monthlyWage(v.terms) : null;
  return v?.terms.wage && amount !== null ? { amount, currency: v.terms.wage.currency } : null;
};

const cohortOf = (p: PlacementInput | undefined) =>
  (p?.versions.signed ?? p?.versions.offer)?.statedOn.slice(0, 4) ?? 'unplaced';

/** Each person's SDG 10.7.1 line: their costs against the income of their placement. Pure. */
export function personLines(
  placements: readonly PlacementInput[],
  costs: readonly CostInput[],
  rules: FairRecruitmentRules,
): PersonLine[] {
  const placementOf = new Map(placements.map((p) => [p.candidateId, p]));
  const ids = [
    ...new Set([...placements.map((p) => p.candidateId), ...costs.map((c) => c.candidateId)]),
  ];
  return ids.sort().map((candidateId) => {
    const placement = placementOf.get(candidateId);
    const monthlyIncome = incomeOf(placement);
    const own = costs.filter((c) => c.candidateId === candidateId);
    return {
      candidateId,
      cohort: cohortOf(placement),
      monthlyIncome,
      ...personIndicator(own, monthlyIncome, rules.employerPays),
    };
  });
}

interface PeopleBehind {
  all: Set<string>;
  paid: Set<string>;
  paidIn: Map<string, Set<string>>;
  breaches: Set<string>;
}

function complianceLines(
  placements: readonly PlacementInput[],
  costs: readonly CostInput[],
  substitutions: readonly SubstitutionFlag[],
  rules: FairRecruitmentRules,
): ComplianceLine[] {
  const lines = new Map<string, ComplianceLine>();
  const line = (organisationId: string, role: ComplianceRole) => {
    const key = `${role}:${organisationId}`;
    const found = lines.get(key);
    if (found) return found;
    const fresh = emptyComplianceLine(organisationId, role);
    lines.set(key, fresh);
    people.set(fresh, { all: new Set(), paid: new Set(), paidIn: new Map(), breaches: new Set() });
    return fresh;
  };
  const people = new Map<ComplianceLine, PeopleBehind>();
  const behind = (l: ComplianceLine) => people.get(l)!;
  const placementOf = new Map(placements.map((p) => [p.candidateId, p]));
  for (const p of placements) {
    for (const l of [
      line(p.employerId, 'employer'),
      ...(p.recruiterId ? [line(p.recruiterId, 'recruiter')] : []),
    ]) {
      l.placements += 1;
      behind(l).all.add(p.candidateId);
    }
  }
  for (const s of substitutions) {
    line(s.employerId, 'employer').substitutionFlags += 1;
    if (s.recruiterId) line(s.recruiterId, 'recruiter').substitutionFlags += 1;
  }
  for (const c of costs.filter((x) => x.paidBy === 'worker' && x.amount > 0)) {
    // A cost is held against the recruiter it was paid to, else the employer it was paid for.
    const placement = placementOf.get(c.candidateId);
    const recruiter = c.recruiterId ?? placement?.recruiterId ?? null;
    const employer = c.employerId ?? placement?.employerId ?? null;
    const target = recruiter
      ? line(recruiter, 'recruiter')
      : employer
        ? line(employer, 'employer')
        : null;
    if (!target) continue;
    target.feesChargedToWorkers += 1;
    const who = behind(target);
    who.all.add(c.candidateId);
    who.paid.add(c.candidateId);
    who.paidIn.set(c.currency, (who.paidIn.get(c.currency) ?? new Set()).add(c.candidateId));
    if (rules.employerPays.includes(c.kind)) {
      target.employerPaysBreaches += 1;
      who.breaches.add(c.candidateId);
    }
    target.amountsChargedToWorkers[c.currency] =
      (target.amountsChargedToWorkers[c.currency] ?? 0) + c.amount;
  }
  for (const [l, who] of people) {
    l.workers = {
      all: who.all.size,
      whoPaid: who.paid.size,
      whoPaidIn: Object.fromEntries([...who.paidIn].map(([currency, ids]) => [currency, ids.size])),
      withBreaches: who.breaches.size,
    };
  }
  return [...lines.values()].sort((a, b) =>
    `${a.role}:${a.organisationId}`.localeCompare(`${b.role}:${b.organisationId}`),
  );
}

/**
 * The partnership's fair-recruitment report: SDG 10.7.1 overall and per cohort, each person's
 * line, the contracts flagged for possible substitution and each employer's and recruiter's
 * record. Pure.
 */
export function fairRecruitmentReport(
  placements: readonly PlacementInput[],
  costs: readonly CostInput[],
  rules: FairRecruitmentRules,
): FairRecruitmentReport {
  const people = personLines(placements, costs, rules);
  const cohorts = [...new Set(people.map((p) => p.cohort))].sort();
  const substitutions = placements.flatMap((p) => {
    const versions = Object.fromEntries(
      Object.entries(p.versions).map(([stage, v]) => [stage, v.terms]),
    );
    const comparisons = compareContract(versions, rules.tolerances);
    return comparisons.some((c) => c.substitution)
      ? [
          {
            contractId: p.contractId,
            candidateId: p.candidateId,
            employerId: p.employerId,
            recruiterId: p.recruiterId,
            comparisons,
          },
        ]
      : [];
  });
  return {
    overall: groupIndicator(people),
    byCohort: cohorts.map((cohort) => ({
      cohort,
      ...groupIndicator(people.filter((p) => p.cohort === cohort)),
    })),
    people,
    substitutions,
    compliance: complianceLines(placements, costs, substitutions, rules),
  };
}
