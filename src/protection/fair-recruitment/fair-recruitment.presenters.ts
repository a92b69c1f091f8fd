import type { PartnershipRecord } from '../../partnerships/partnership.store.js';
import { SMALL_COUNT_THRESHOLD } from '../small-counts.js';
import { compareContract } from './contract-comparison.js';
import { suppressSmallGroups, type GroupIndicator } from './recruitment-cost-indicator.js';
import { allComplianceFigures, suppressSmallComplianceFigures } from './compliance-figures.js';
import {
  emptyComplianceLine,
  type ComplianceLine,
  type FairRecruitmentReport,
} from './fair-recruitment-report.js';
import type { FairRecruitmentRules } from './fair-recruitment-rules.js';
import type { SuspensionRecord } from './compliance.store.js';
import type { PlacementRecord } from './placement.store.js';
import type { CostRecord } from './recruitment-cost.store.js';

/** The indicator's definition, as the report states it (docs/protection.md#sdg-10-7-1). */
export const SDG_10_7_1_DEFINITION =
  'Recruitment cost borne by the worker as a proportion of monthly income earned in the country of destination (SDG indicator 10.7.1; ILO and World Bank, co-custodians). A ratio of 1 is one month of income.';

/** A placement with its versions side by side and their field-by-field comparison. */
export function presentContract(
  p: PlacementRecord,
  rules: FairRecruitmentRules,
  names: Map<string, string>,
) {
  const terms = Object.fromEntries(Object.entries(p.versions).map(([s, v]) => [s, v.terms]));
  const comparisons = compareContract(terms, rules.tolerances);
  return {
    id: p.contractId,
    partnershipId: p.partnershipId,
    candidateId: p.candidateId,
    personName: p.personName,
    vacancyId: p.vacancyId,
    employerId: p.employerId,
    employerName: names.get(p.employerId) ?? '',
    recruiterId: p.recruiterId,
    recruiterName: p.recruiterId ? (names.get(p.recruiterId) ?? '') : null,
    versions: {
      offer: p.versions.offer ?? null,
      signed: p.versions.signed ?? null,
      actual: p.versions.actual ?? null,
    },
    comparisons,
    substitution: comparisons.some((c) => c.substitution),
  };
}

/** A cost, with whether the worker paid one the employer should have. */
export function presentCost(c: CostRecord, rules: FairRecruitmentRules) {
  return {
    id: c.id,
    kind: c.kind,
    amount: c.amount,
    currency: c.currency,
    paidBy: c.paidBy,
    paidOn: c.paidOn,
    employerShouldPay: c.paidBy === 'worker' && rules.employerPays.includes(c.kind),
    recordedAt: c.recordedAt.toISOString(),
  };
}

/** The report; people's lines and flagged contracts only for those who manage the partnership. */
export function presentReport(
  partnershipId: string,
  report: FairRecruitmentReport,
  rules: FairRecruitmentRules,
  rulesAreDefault: boolean,
  detailed: boolean,
) {
  // Those who manage the partnership see every figure; others (representatives, analysts of
  // parties) see groups of fewer than SMALL_COUNT_THRESHOLD people withheld.
  const group = (g: GroupIndicator) =>
    detailed ? { ...g, suppressed: false } : suppressSmallGroups(g, SMALL_COUNT_THRESHOLD);
  return {
    partnershipId,
    indicator: 'SDG 10.7.1' as const,
    definition: SDG_10_7_1_DEFINITION,
    rules: { employerPays: [...rules.employerPays], tolerances: rules.tolerances },
    rulesAreDefault,
    smallCountThreshold: SMALL_COUNT_THRESHOLD,
    overall: group(report.overall),
    byCohort: report.byCohort.map((c) => ({ cohort: c.cohort, ...group(c) })),
    people: detailed
      ? report.people.map((p) => ({
          candidateId: p.candidateId,
          cohort: p.cohort,
          workerCost: p.workerCost,
          monthlyIncome: p.monthlyIncome,
          ratio: p.ratio,
          notComputable: p.notComputable,
          employerPaysFlags: p.employerPaysFlags,
        }))
      : null,
    substitutionFlags: report.substitutions.length,
    substitutions: detailed
      ? report.substitutions.map((s) => ({
          contractId: s.contractId,
          employerId: s.employerId,
          recruiterId: s.recruiterId,
        }))
      : null,
  };
}

export function presentSuspension(s: SuspensionRecord) {
  return {
    id: s.id,
    organisationId: s.organisationId,
    role: s.role,
    reason: s.reason,
    suspendedAt: s.suspendedAt.toISOString(),
    liftedAt: s.liftedAt?.toISOString() ?? null,
    liftReason: s.liftReason,
  };
}

/**
 * One record per employer and recruiter: those with placements or costs, the partnership's
 * employer parties, and anyone suspended; the active suspension (else the latest) beside it.
 * `detailed(organisationId)` says whether the reader sees every figure of that record; others
 * get small counts withheld (`suppressSmallComplianceFigures`).
 */
export function presentCompliance(
  partnership: PartnershipRecord,
  lines: readonly ComplianceLine[],
  suspensions: readonly SuspensionRecord[],
  names: Map<string, string>,
  upheld: Map<string, number>,
  detailed: (organisationId: string) => boolean,
) {
  const records = new Map<string, ComplianceLine>();
  for (const l of lines) records.set(`${l.role}:${l.organisationId}`, l);
  for (const party of partnership.parties.filter((p) => p.role === 'employer')) {
    const key = `employer:${party.organisationId}`;
    if (!records.has(key)) records.set(key, emptyComplianceLine(party.organisationId, 'employer'));
  }
  for (const s of suspensions) {
    const key = `${s.role}:${s.organisationId}`;
    if (!records.has(key)) records.set(key, emptyComplianceLine(s.organisationId, s.role));
  }
  return [...records.values()].map((r) => {
    const own = suspensions.filter((s) => s.organisationId === r.organisationId);
    const current = own.find((s) => s.liftedAt === null) ?? own.at(-1) ?? null;
    const grievances = upheld.get(r.organisationId) ?? 0;
    return {
      organisationId: r.organisationId,
      role: r.role,
      name: names.get(r.organisationId) ?? '',
      ...(detailed(r.organisationId)
        ? allComplianceFigures(r, grievances)
        : suppressSmallComplianceFigures(r, grievances, SMALL_COUNT_THRESHOLD)),
      suspension: current ? presentSuspension(current) : null,
    };
  });
}
