import type { MatchCandidate, MatchOpening } from './match-profiles.js';
import type { MatchWeights } from './match-weights.js';
import type { RecognitionOutcome } from '../recognition/outcome.js';
import { compareLanguage, type CefrSkill } from './language-levels.js';

/**
 * The multiplicative factors of the score, each in (0, 1]: a raw factor from the facts, softened
 * by its weight (`1 − weight × (1 − raw)`), so that a weight of 0 switches a factor off.
 * Each returns its facts too, for the explanation. Pure.
 */
const soften = (weight: number, raw: number) => 1 - weight * (1 - raw);

export interface LanguageFit {
  tag: string;
  /** The CEFR skill compared (the one furthest short), or null for the general level. */
  skill: CefrSkill | null;
  required: number;
  /** CEFR rank the candidate holds, 0 when they do not speak it. */
  held: number;
}

export function languageFactor(
  candidate: Pick<MatchCandidate, 'languages' | 'languageSkills'>,
  opening: Pick<MatchOpening, 'languages'>,
  weights: Pick<MatchWeights, 'language'>,
): { factor: number; languages: LanguageFit[] } {
  let raw = 1;
  const languages = opening.languages.map((l) => {
    const overall = candidate.languages.get(l.tag) ?? 0;
    const compared = compareLanguage(l, overall, candidate.languageSkills?.get(l.tag));
    const gap = compared.required - compared.held;
    // Each CEFR level short costs a fifth; a language not spoken at all still leaves 0.2, since
    // language training is the most common pre-departure measure.
    if (gap > 0) raw *= Math.max(0.2, 1 - 0.2 * gap);
    return { tag: l.tag, ...compared };
  });
  return { factor: soften(weights.language, raw), languages };
}

const RECOGNITION_RAW: Record<RecognitionOutcome, number> = {
  recognised: 1,
  licence_required: 0.95,
  partial: 0.85,
  not_recognised: 0.6,
};

export function qualificationFactor(
  candidate: Pick<MatchCandidate, 'eqfLevel' | 'recognitions'>,
  opening: Pick<MatchOpening, 'minimumEqfLevel' | 'country' | 'kind'>,
  weights: Pick<MatchWeights, 'qualification'>,
): { factor: number; recognition: RecognitionOutcome | null } {
  let raw = 1;
  const required = opening.minimumEqfLevel;
  if (required !== null) {
    if (candidate.eqfLevel === null) raw *= 0.85;
    else if (candidate.eqfLevel < required)
      raw *= Math.max(0.3, 1 - 0.15 * (required - candidate.eqfLevel));
  }
  const decided = candidate.recognitions.filter((r) => r.country === opening.country);
  // The best recorded decision counts: a later, better decision supersedes a refusal.
  const recognition =
    opening.kind === 'vacancy' && decided.length
      ? decided.map((r) => r.outcome).sort((a, b) => RECOGNITION_RAW[b] - RECOGNITION_RAW[a])[0]!
      : null;
  if (recognition) raw *= RECOGNITION_RAW[recognition];
  return { factor: soften(weights.qualification, raw), recognition };
}

export type PreferenceMiss = 'country_not_preferred' | 'track_not_preferred';

export function preferenceFactor(
  candidate: Pick<MatchCandidate, 'preferredCountries' | 'preferredTracks' | 'residenceCountry'>,
  opening: Pick<MatchOpening, 'country' | 'track'>,
  weights: Pick<MatchWeights, 'preferences'>,
): { factor: number; misses: PreferenceMiss[] } {
  const misses: PreferenceMiss[] = [];
  const abroad = opening.country !== candidate.residenceCountry;
  if (
    abroad &&
    candidate.preferredCountries.length > 0 &&
    !candidate.preferredCountries.includes(opening.country)
  )
    misses.push('country_not_preferred');
  if (candidate.preferredTracks.length > 0 && !candidate.preferredTracks.includes(opening.track))
    misses.push('track_not_preferred');
  return { factor: soften(weights.preferences, 0.5 ** misses.length), misses };
}

export type LocationMiss = 'home_track_abroad' | 'away_track_at_home';

export function locationFactor(
  candidate: Pick<MatchCandidate, 'residenceCountry'>,
  opening: Pick<MatchOpening, 'country' | 'track'>,
  weights: Pick<MatchWeights, 'location'>,
): { factor: number; miss: LocationMiss | null } {
  const atHome = opening.country === candidate.residenceCountry;
  const miss: LocationMiss | null =
    opening.track === 'home' && !atHome
      ? 'home_track_abroad'
      : opening.track === 'away' && atHome
        ? 'away_track_at_home'
        : null;
  return { factor: soften(weights.location, miss ? 0.5 : 1), miss };
}
