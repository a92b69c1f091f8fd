/**
 * Corridor complementarity (docs/labour-market.md): occupations ranked by destination shortage ×
 * origin surplus, with how many people each side could gain or lose.
 */
export interface OccupationBalance {
  iscoCode: string;
  demand: number;
  supply: number;
}

export interface Complementarity {
  iscoCode: string;
  /** Unmet demand at destination: max(0, demand − supply). */
  destinationShortage: number;
  /** Unemployed supply at origin: max(0, supply − demand). */
  originSurplus: number;
  score: number;
  /** People who could move: the destination gains them, the origin's surplus loses them. */
  destinationCouldGain: number;
  originCouldLose: number;
  /** What the origin would keep unmatched after the move (never below zero). */
  originSurplusAfter: number;
}

/** Occupations present on both sides with a shortage at destination and a surplus at origin. */
export function corridorComplementarity(
  origin: readonly OccupationBalance[],
  destination: readonly OccupationBalance[],
): Complementarity[] {
  const atOrigin = new Map(origin.map((o) => [o.iscoCode, o]));
  const ranked: Complementarity[] = [];
  for (const d of destination) {
    const o = atOrigin.get(d.iscoCode);
    if (!o) continue;
    const destinationShortage = Math.max(0, d.demand - d.supply);
    const originSurplus = Math.max(0, o.supply - o.demand);
    if (destinationShortage === 0 || originSurplus === 0) continue;
    const movers = Math.min(destinationShortage, originSurplus);
    ranked.push({
      iscoCode: d.iscoCode,
      destinationShortage,
      originSurplus,
      score: destinationShortage * originSurplus,
      destinationCouldGain: movers,
      originCouldLose: movers,
      originSurplusAfter: originSurplus - movers,
    });
  }
  return ranked.sort((a, b) => b.score - a.score || a.iscoCode.localeCompare(b.iscoCode));
}
