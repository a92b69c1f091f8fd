import {
  asCohortPartnership,
  type CohortPartnership,
} from '../people/candidates/candidate-scope.js';
import type { Corridor } from '../partnerships/partnership.js';
import { defaultMatchWeights, type MatchWeights } from './match-weights.js';

/** What matching reads of a partnership: who takes part, where its corridors start, its status. */
export interface SnapshotPartnership {
  id: string;
  title: string;
  status: string;
  corridors: readonly Pick<Corridor, 'origin'>[];
  parties: readonly { organisationId: string }[];
}

/**
 * Every partnership as matching reads them for each request — visibility (cohorts and parties),
 * the partnership ranking a person's matches, and its weights — held in memory between changes
 * (the matching service drops it when the change log names a partnership). Pure.
 */
export class PartnershipSnapshot {
  /** As candidate visibility sees them, by id. */
  readonly cohort: ReadonlyMap<string, CohortPartnership>;
  private readonly byId: ReadonlyMap<string, SnapshotPartnership>;
  private readonly starting = new Map<string, { id: string; title: string }[]>();

  /**
   * `partnerships` in the order the partnership list gives them (title, then id, as the database
   * sorts them); `weights`, the weights partnerships set for themselves.
   */
  constructor(
    private readonly partnerships: readonly SnapshotPartnership[],
    private readonly weights: ReadonlyMap<string, MatchWeights>,
  ) {
    this.cohort = new Map(partnerships.map((p) => [p.id, asCohortPartnership(p)]));
    this.byId = new Map(partnerships.map((p) => [p.id, p]));
  }

  /**
   * The active partnerships whose corridors start in the country, by title (what
   * `partnershipsFrom` reads).
   */
  startingIn(country: string): { id: string; title: string }[] {
    let found = this.starting.get(country);
    if (!found) {
      found = this.partnerships
        .filter((p) => p.status === 'active' && p.corridors.some((c) => c.origin === country))
        .map((p) => ({ id: p.id, title: p.title }));
      this.starting.set(country, found);
    }
    return found;
  }

  /**
   * Whose weights rank a person's matches (as `rankingPartnership` decides); `unknown` is what
   * an asked id of no partnership throws.
   */
  ranking(
    residenceCountry: string,
    asked: string | undefined,
    unknown: () => Error,
  ): {
    chosen: { id: string; title: string } | null;
    partnerships: { id: string; title: string }[];
  } {
    const partnerships = this.startingIn(residenceCountry);
    if (asked === 'none') return { chosen: null, partnerships };
    if (asked === undefined)
      return { chosen: partnerships.length === 1 ? partnerships[0]! : null, partnerships };
    const known = this.byId.get(asked);
    if (!known) throw unknown();
    return { chosen: { id: known.id, title: known.title }, partnerships };
  }

  /** The weights a partnership ranks with: its own, or the defaults (also when none is given). */
  weightsFor(partnershipId: string | undefined): MatchWeights {
    return (partnershipId && this.weights.get(partnershipId)) || defaultMatchWeights;
  }
}
