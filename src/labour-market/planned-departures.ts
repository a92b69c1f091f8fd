/**
 * Planned away-track departures of an origin country per occupation, from the partnerships whose
 * corridors start there (docs/labour-market.md#planned-departures). Pure.
 */

/** What one partnership plans: its quotas, and the away-track slots its latest run allocated. */
export interface PartnershipPlan {
  partnershipId: string;
  tracks: readonly string[];
  /** Target share of the cohort on the away track, in percent, when set. */
  awayShare: number | undefined;
  /** Most people per priority occupation (ISCO-08 code). */
  perOccupation: readonly { occupation: string; max: number }[];
  /** People its latest succeeded allocation run placed in away-track jobs, per ISCO code. */
  allocatedAway: ReadonlyMap<string, number>;
}

export interface PlannedDepartures {
  iscoCode: string;
  /** Away-track departures the quotas plan (per-occupation cap × away share). */
  fromQuotas: number;
  /** People already allocated to away-track jobs. */
  allocated: number;
  /** Departures typed in by hand for this query. */
  typed: number;
  /** What the warning counts: per partnership the larger of quotas and allocations, plus typed. */
  total: number;
  partnershipIds: string[];
}

/** The away-track share a partnership's quotas imply: the set share, or all when it offers away. */
const awayShareOf = (plan: PartnershipPlan) =>
  plan.awayShare ?? (plan.tracks.includes('away') ? 100 : 0);

/**
 * Per ISCO code: quota-planned and allocated departures of each partnership (the larger counts,
 * as allocations fill the quotas rather than add to them), summed over partnerships, plus the
 * departures typed by hand.
 */
export function plannedDepartures(
  plans: readonly PartnershipPlan[],
  typed: ReadonlyMap<string, number>,
): PlannedDepartures[] {
  const byCode = new Map<string, PlannedDepartures>();
  const entry = (iscoCode: string) => {
    let found = byCode.get(iscoCode);
    if (!found) {
      found = { iscoCode, fromQuotas: 0, allocated: 0, typed: 0, total: 0, partnershipIds: [] };
      byCode.set(iscoCode, found);
    }
    return found;
  };
  for (const plan of plans) {
    const share = awayShareOf(plan);
    const quota = new Map(
      plan.perOccupation.map((q) => [q.occupation, Math.round((q.max * share) / 100)]),
    );
    for (const code of new Set([...quota.keys(), ...plan.allocatedAway.keys()])) {
      const fromQuotas = quota.get(code) ?? 0;
      const allocated = plan.allocatedAway.get(code) ?? 0;
      if (fromQuotas === 0 && allocated === 0) continue;
      const e = entry(code);
      e.fromQuotas += fromQuotas;
      e.allocated += allocated;
      e.total += Math.max(fromQuotas, allocated);
      e.partnershipIds.push(plan.partnershipId);
    }
  }
  for (const [code, count] of typed) {
    const e = entry(code);
    e.typed += count;
    e.total += count;
  }
  return [...byCode.values()].sort((a, b) => a.iscoCode.localeCompare(b.iscoCode));
}
