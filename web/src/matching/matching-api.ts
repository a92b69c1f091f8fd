import type { Me } from '../api/auth';

/** Types and paths of the matching API (src/matching/matching.routes.ts, matching.presenters.ts). */

export type OpeningKind = 'vacancy' | 'programme';
export type Track = 'home' | 'away' | 'study';
export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
export type CefrSkill =
  'listening' | 'reading' | 'spokenInteraction' | 'spokenProduction' | 'writing';

/** A language the person is short of, with the reachable modules that teach it. */
export interface LanguageCourse {
  tag: string;
  skill: CefrSkill | null;
  required: CefrLevel;
  held: CefrLevel | null;
  modules: {
    id: string;
    title: string;
    provider: string;
    country: string | null;
    hours: number;
    cost: number;
  }[];
}

export interface Concept {
  uri: string;
  label: string;
}

export interface SkillCoverage {
  held: (Concept & { evidence: 'self_declared' | 'assessed' | 'certified' })[];
  /** Met only by a broader or narrower skill (`via`) of the hierarchy. */
  partial: (Concept & { via: Concept })[];
  missing: Concept[];
}

/** The eight weights a partnership ranks with, each 0 to 1 (src/matching/match-weights.ts). */
export const WEIGHT_NAMES = [
  'optionalSkills',
  'partialSkill',
  'occupationProximity',
  'evidence',
  'language',
  'qualification',
  'preferences',
  'location',
] as const;
export type WeightName = (typeof WEIGHT_NAMES)[number];
export type MatchWeights = Record<WeightName, number>;

/** The score as people read it: a share of what the opening makes attainable, and its band. */
export interface MatchRating {
  value: number;
  band: 'strong' | 'good' | 'partial' | 'weak';
  /** What a complete fit on paper scores for the opening, on the exact scale. */
  attainable: number;
}

export interface MatchExplanation {
  score: number;
  rating: MatchRating;
  skillFit: number;
  essential: SkillCoverage;
  optional: SkillCoverage;
  proximity: {
    value: number;
    via: Concept | null;
    basis: 'same_occupation' | 'isco_group' | 'shared_skills' | null;
  };
  language: {
    factor: number;
    languages: {
      tag: string;
      /** The CEFR skill compared (the one furthest short), or null for the general level. */
      skill: CefrSkill | null;
      required: CefrLevel;
      held: CefrLevel | null;
    }[];
  };
  qualification: {
    factor: number;
    requiredEqfLevel: number | null;
    heldEqfLevel: number | null;
    recognition: string | null;
  };
  preferences: { factor: number; misses: ('country_not_preferred' | 'track_not_preferred')[] };
  location: { factor: number; miss: 'home_track_abroad' | 'away_track_at_home' | null };
  weights: MatchWeights;
  /** Where no case is decided: the engine's predicted recognition, labelled as a prediction. */
  predictedRecognition?: PredictedRecognition | null;
}

/** The recognition engine's prediction for a match (src/matching/prediction.presenters.ts). */
export interface PredictedRecognition {
  status: 'predicted';
  outcome: 'recognised' | 'licence_required' | 'partial' | 'not_recognised';
  qualificationId: string;
  licenceRequired: boolean;
  asOf: string;
  compensation: {
    kind: 'bridging_training' | 'aptitude_test' | 'adaptation_period';
    skills: Concept[];
    modules: { id: string; title: string }[];
    cost: number | null;
    months: number | null;
  }[];
}

/** The cheapest training that closes a vacancy's gap (null when nothing is missing). */
export interface GapPathway {
  method: 'exact' | 'greedy';
  bound: number;
  modules: {
    id: string;
    title: string;
    provider: string;
    country: string | null;
    hours: number;
    cost: number;
    skills: Concept[];
  }[];
  hours: number;
  cost: number;
  uncoverable: Concept[];
}

export interface MatchOpening {
  id: string;
  kind: OpeningKind;
  title: string;
  organisationId: string;
  partnershipId: string | null;
  country: string;
  track: Track;
  occupation: Concept | null;
}

export interface PartnershipRef {
  id: string;
  title: string;
}

export interface OpeningMatches {
  candidateId: string;
  candidateName: string;
  /** The partnership whose weights rank the matches; null for the default weights. */
  partnership: PartnershipRef | null;
  /** The active partnerships whose corridors start where the person lives. */
  partnerships: PartnershipRef[];
  weights: MatchWeights;
  limit: number;
  offset: number;
  matches: {
    opening: MatchOpening;
    score: number;
    rating: MatchRating;
    explanation: MatchExplanation;
    pathway: GapPathway | null;
    languageCourses: LanguageCourse[];
  }[];
  /** Whether more matches follow this page. */
  hasMore: boolean;
}

export interface CandidateMatches {
  opening: MatchOpening;
  audience: 'employer' | 'coordinator';
  weights: MatchWeights;
  limit: number;
  offset: number;
  matches: {
    candidate: { id: string; name: string; residenceCountry: string };
    score: number;
    rating: MatchRating;
    explanation: MatchExplanation;
    pathway: GapPathway | null;
    languageCourses: LanguageCourse[];
  }[];
  hasMore: boolean;
}

export interface PartnershipWeights {
  partnershipId: string;
  custom: boolean;
  weights: MatchWeights;
}

/** The filters of a person's matches, as they travel in the page's address. */
export interface OpeningFilters {
  kind: OpeningKind;
  country: string;
  track: string;
  language: string;
  /** Whose weights rank: a partnership id, 'none' for the defaults, '' for the person's own. */
  partnership: string;
  offset: number;
}

/** The filters of an opening's shortlist, as they travel in the page's address. */
export interface CandidateFilters {
  /** An ISO 3166-1 alpha-2 code; '' for any country. */
  residence: string;
  /** A language subtag such as fr; '' for any language. */
  language: string;
  offset: number;
}

export const PAGE_SIZE = 10;

const query = (entries: Record<string, string | number | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(entries))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return params.toString();
};

const openingQuery = (f: OpeningFilters) =>
  query({
    kind: f.kind,
    country: f.country,
    track: f.track,
    language: f.language,
    partnershipId: f.partnership,
    limit: PAGE_SIZE,
    offset: f.offset,
  });

/** API paths of the matching area. */
export const matchingPaths = {
  myOpenings: (f: OpeningFilters) => `/api/matching/me/openings?${openingQuery(f)}`,
  candidateOpenings: (candidateId: string, f: OpeningFilters) =>
    `/api/matching/candidates/${encodeURIComponent(candidateId)}/openings?${openingQuery(f)}`,
  shortlist: (openingId: string, f: CandidateFilters) =>
    `/api/matching/openings/${encodeURIComponent(openingId)}/candidates?${query({
      residence: f.residence,
      language: f.language,
      limit: PAGE_SIZE,
      offset: f.offset,
    })}`,
  weights: (partnershipId: string) => `/api/matching/weights/${encodeURIComponent(partnershipId)}`,
  partnerships: () => '/api/partnerships',
};

/** UI routes of the matching area. */
export const matchingRoutes = {
  overview: () => '/matching',
  mine: () => '/matching/me',
  candidate: (candidateId: string) => `/matching/candidates/${encodeURIComponent(candidateId)}`,
  shortlist: (openingId: string) => `/matching/openings/${encodeURIComponent(openingId)}`,
  weights: () => '/matching/weights',
};

const holds = (me: Me, role: string) => me.memberships.some((m) => m.role === role);

/** Whether the API lets the user see an opening's shortlist (matching.policy.ts), to offer the link. */
export const maySeeShortlist = (
  me: Me,
  organisationId: string,
  kind: 'vacancy' | 'programme' = 'vacancy',
) =>
  holds(me, 'admin') ||
  // The API refuses coordinators of other partnerships; the page cannot tell whose it is.
  holds(me, 'coordinator') ||
  me.memberships.some(
    (m) =>
      m.organisationId === organisationId &&
      m.role === (kind === 'vacancy' ? 'employer' : 'trainer'),
  );

/** Whether the user may set weights of some partnership (coordinators and administrators). */
export const mayTuneWeights = (me: Me) => holds(me, 'admin') || holds(me, 'coordinator');

/** Whether the API shows the user a person's matches (matching.policy.ts), to offer the link. */
export const maySeeCandidateMatches = (me: Me, consents: readonly string[]) =>
  holds(me, 'admin') || (holds(me, 'coordinator') && consents.includes('partnership_matching'));
