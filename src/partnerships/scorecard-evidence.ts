import type { ActionPlan } from './action-plan.js';
import type { Agreement } from './agreement.js';
import type { Corridor } from './partnership.js';
import type { ScorecardEvidence } from './scorecard.js';
import { sideOf } from './stakeholder-map.js';
import type { PartnershipDraft } from './partnership.js';
import type { PartyRole } from './vocabulary.js';

/** What other areas know about the partnership's corridor (null: the area holds no data yet). */
export interface CorridorFacts {
  recognitionAgreements: number;
  labourMarketObservations: number | null;
  labourMarketPeriod: { from: string; to: string } | null;
  costRules: number | null;
}

/** Gathers the scorecard's evidence from a partnership's own records and its corridor's facts. */
export function scorecardEvidence(
  partnership: Omit<PartnershipDraft, 'parties'> & {
    parties: { role: PartyRole; kind: string; country: string }[];
  },
  agreements: Agreement[],
  plan: ActionPlan,
  facts: CorridorFacts,
  asOf: string,
): ScorecardEvidence {
  const sides = partnership.parties.map((p) => ({ ...p, side: sideOf(p, partnership.corridors) }));
  const clauses = agreements.flatMap((a) => a.clauses);
  const countClauses = (kind: string) => clauses.filter((c) => c.kind === kind).length;
  const { startsOn, endsOn } = partnership;
  return {
    durationYears:
      startsOn && endsOn
        ? (Date.parse(endsOn) - Date.parse(startsOn)) / (365.25 * 86_400_000)
        : null,
    objectives: plan.objectives.length,
    milestones: plan.milestones.length,
    partySides: {
      origin: sides.some((p) => p.side === 'origin' || p.side === 'both'),
      destination: sides.some((p) => p.side === 'destination' || p.side === 'both'),
    },
    roles: new Set(partnership.parties.map((p) => p.role)),
    originRoles: new Set(
      sides.filter((p) => p.side === 'origin' || p.side === 'both').map((p) => p.role),
    ),
    committedComponents: new Set(partnership.commitments.map((c) => c.component)),
    occupations: partnership.occupations.length,
    tracks: partnership.tracks,
    cohortSize: partnership.quotas.cohortSize,
    minWomenShare: partnership.quotas.minWomenShare,
    labourMarketObservations: facts.labourMarketObservations,
    labourMarketPeriod: facts.labourMarketPeriod,
    recognitionAgreements: facts.recognitionAgreements,
    clauses: {
      recognition: countClauses('recognition'),
      training: countClauses('training'),
      cost_sharing: countClauses('cost_sharing'),
      protection: countClauses('protection'),
    },
    agreementsInForce: agreements.filter(
      (a) =>
        a.effectiveFrom !== null &&
        a.effectiveFrom <= asOf &&
        (a.expiresOn === null || a.expiresOn >= asOf),
    ).length,
    costRules: facts.costRules,
  };
}

/** Whether a recognition agreement joins two countries of the corridors (either direction). */
export function joinsCorridor(corridors: Corridor[], from: string, to: string): boolean {
  return corridors.some(
    (c) =>
      (c.origin === from && c.destination === to) || (c.origin === to && c.destination === from),
  );
}
