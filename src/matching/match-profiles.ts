import type { CandidateProfile } from '../people/candidates/candidate-profile.js';
import type { EvidenceLevel, Track } from '../people/profile-fields.js';
import type { Programme } from '../people/programmes/programme.js';
import type { Vacancy } from '../people/vacancies/vacancy.js';
import type { RecognitionOutcome } from '../recognition/outcome.js';
import {
  betterOf,
  CEFR_RANK,
  heldLanguage,
  requiredSkills,
  type HeldLanguage,
  type RequiredLanguage,
} from './language-levels.js';
import type { SkillGraph } from './skill-graph.js';

export { CEFR_RANK } from './language-levels.js';

/** A candidate as matching sees them: what the score and the filters read, nothing more. */
export interface MatchCandidate {
  id: string;
  residenceCountry: string;
  skills: ReadonlyMap<string, EvidenceLevel>;
  /** Language tag (primary subtag) → overall CEFR rank 1–6. */
  languages: ReadonlyMap<string, number>;
  /** Language tag → CEFR rank per skill ({@link CEFR_SKILLS} order); the overall rank when absent. */
  languageSkills?: ReadonlyMap<string, readonly number[]>;
  /** Highest EQF level of the candidate's qualifications, when known. */
  eqfLevel: number | null;
  /** Occupations of the candidate's experience. */
  occupations: readonly string[];
  preferredCountries: readonly string[];
  preferredTracks: readonly Track[];
  /** Recorded recognition decisions, per destination country. */
  recognitions: readonly { country: string; outcome: RecognitionOutcome }[];
}

export type OpeningKind = 'vacancy' | 'programme';

/** A vacancy or a training programme as matching sees it. */
export interface MatchOpening {
  id: string;
  kind: OpeningKind;
  title: string;
  /** Employer or provider organisation. */
  organisationId: string;
  partnershipId: string | null;
  country: string;
  track: Track;
  occupationUri: string | null;
  iscoCode: string | null;
  essential: readonly string[];
  optional: readonly string[];
  languages: readonly RequiredLanguage[];
  minimumEqfLevel: number | null;
}

const primaryTag = (tag: string) => tag.split('-')[0]!.toLowerCase();

export function candidateForMatching(
  id: string,
  profile: CandidateProfile,
  recognitions: MatchCandidate['recognitions'] = [],
): MatchCandidate {
  const held = new Map<string, HeldLanguage>();
  for (const l of profile.languages) {
    const tag = primaryTag(l.tag);
    held.set(tag, betterOf(held.get(tag), heldLanguage(l)));
  }
  const languages = new Map([...held].map(([tag, h]) => [tag, h.overall]));
  const languageSkills = new Map([...held].map(([tag, h]) => [tag, h.skills]));
  const levels = profile.qualifications.flatMap((q) => (q.eqfLevel ? [q.eqfLevel] : []));
  return {
    id,
    residenceCountry: profile.residenceCountry,
    skills: new Map(profile.skills.map((s) => [s.uri, s.evidence])),
    languages,
    languageSkills,
    eqfLevel: levels.length ? Math.max(...levels) : null,
    occupations: [
      ...new Set(profile.experience.flatMap((e) => (e.occupationUri ? [e.occupationUri] : []))),
    ],
    preferredCountries: profile.preferences.destinationCountries,
    preferredTracks: profile.preferences.tracks,
    recognitions,
  };
}

/**
 * A vacancy for matching. A vacancy that names no skills is matched on its occupation's ESCO
 * essential and optional skills, so that a bare posting still finds people.
 */
export function vacancyForMatching(
  id: string,
  v: Vacancy,
  graph: Pick<SkillGraph, 'occupations'>,
): MatchOpening {
  const occupation = graph.occupations.get(v.occupationUri);
  const named = v.essentialSkills.length + v.optionalSkills.length > 0;
  return {
    id,
    kind: 'vacancy',
    title: v.title,
    organisationId: v.employerId,
    partnershipId: v.partnershipId ?? null,
    country: v.country,
    track: v.track,
    occupationUri: v.occupationUri,
    iscoCode: occupation?.iscoCode ?? null,
    essential: named ? v.essentialSkills : (occupation?.essential ?? []),
    optional: named ? v.optionalSkills : (occupation?.optional ?? []),
    languages: v.languages.map((l) => ({
      tag: primaryTag(l.tag),
      minimum: CEFR_RANK[l.minimumLevel],
      ...requiredSkills(l.skills),
    })),
    minimumEqfLevel: v.minimumEqfLevel ?? null,
  };
}

/**
 * A training programme for matching: the skills it teaches are its profile (essential), and the
 * score favours people who hold part of them already and have the rest to gain
 * (docs/matching.md#programmes). Programmes at the origin or online serve the home track,
 * elsewhere the away track.
 */
export function programmeForMatching(
  id: string,
  p: Programme,
  residenceOfProvider: string,
): MatchOpening {
  const taught = [...new Set(p.modules.flatMap((m) => m.skills))];
  return {
    id,
    kind: 'programme',
    title: p.title,
    organisationId: p.providerId,
    partnershipId: p.partnershipId ?? null,
    country: p.country ?? residenceOfProvider,
    track: p.location === 'origin' || p.location === 'online' ? 'home' : 'away',
    occupationUri: null,
    iscoCode: null,
    essential: taught,
    optional: [],
    languages: [],
    minimumEqfLevel: null,
  };
}
