/** The keys the opening index sorts openings by: its groups of rows, and its signatures. */
import type { MatchOpening } from './match-profiles.js';

/** Everything of an opening that filters or factors read, but neither skills nor occupation. */
export function signatureKey(o: MatchOpening): string {
  const languages = o.languages
    .map((l) => `${l.tag}:${l.minimum}:${l.skills?.join('') ?? ''}`)
    .join(',');
  return [
    o.kind,
    o.country,
    o.track,
    o.iscoCode ?? '',
    o.partnershipId ?? '',
    o.minimumEqfLevel ?? '',
    languages,
  ].join('|');
}

/** Openings alike in skills: the same country, track, kind and occupation. */
export function groupKey(o: MatchOpening): string {
  return `${o.country}|${o.track}|${o.kind}|${o.occupationUri ?? ''}`;
}
