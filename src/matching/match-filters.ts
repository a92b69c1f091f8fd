import type { Track } from '../people/profile-fields.js';
import type { MatchCandidate, MatchOpening, OpeningKind } from './match-profiles.js';

/** Filters of a candidate's search for vacancies and programmes. All given filters must hold. */
export interface OpeningFilter {
  kinds?: readonly OpeningKind[];
  countries?: readonly string[];
  tracks?: readonly Track[];
  /** ISCO-08 code prefix of the opening's occupation (`25`, `2512`). */
  occupationGroup?: string;
  /** Openings that ask for this language (primary subtag) or for none. */
  language?: string;
  partnershipId?: string;
}

export function openingPasses(o: MatchOpening, f: OpeningFilter): boolean {
  return (
    (!f.kinds || f.kinds.includes(o.kind)) &&
    (!f.countries || f.countries.includes(o.country)) &&
    (!f.tracks || f.tracks.includes(o.track)) &&
    (!f.occupationGroup || (o.iscoCode ?? '').startsWith(f.occupationGroup)) &&
    (!f.language || o.languages.length === 0 || o.languages.some((l) => l.tag === f.language)) &&
    (!f.partnershipId || o.partnershipId === f.partnershipId)
  );
}

/** Who may appear in a vacancy's shortlist, and filters on them. */
export interface CandidateFilter {
  /**
   * `employer`: only candidates who consented both to partnership matching and to sharing with
   * employers; `coordinator`: consent to partnership matching is enough.
   */
  audience: 'employer' | 'coordinator';
  residenceCountries?: readonly string[];
  /** Candidates who speak this language (primary subtag) at any level. */
  language?: string;
}

/** What a candidate consented to, as the index keeps it. */
export interface CandidateConsents {
  matching: boolean;
  employerSharing: boolean;
}

export function candidatePasses(
  c: MatchCandidate,
  consents: CandidateConsents,
  f: CandidateFilter,
): boolean {
  return (
    consents.matching &&
    (f.audience === 'coordinator' || consents.employerSharing) &&
    (!f.residenceCountries || f.residenceCountries.includes(c.residenceCountry)) &&
    (!f.language || (c.languages.get(f.language) ?? 0) > 0)
  );
}
