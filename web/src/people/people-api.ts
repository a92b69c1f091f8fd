/** Types and paths of the people, jobs and training API. */

export const EVIDENCE_LEVELS = ['self_declared', 'assessed', 'certified'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];
export const CEFR_SKILLS = ['listening', 'reading', 'speaking', 'writing'] as const;
export const TRACKS = ['home', 'away', 'study'] as const;
export type Track = (typeof TRACKS)[number];
export const CONSENT_PURPOSES = [
  'partnership_matching',
  'employer_sharing',
  'anonymous_statistics',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export interface CandidateSkill {
  uri: string;
  evidence: EvidenceLevel;
  source: string;
}

export interface CandidateLanguage {
  tag: string;
  native: boolean;
  listening?: CefrLevel;
  reading?: CefrLevel;
  speaking?: CefrLevel;
  writing?: CefrLevel;
}

export interface Preferences {
  destinationCountries: string[];
  tracks: Track[];
  sectors: string[];
}

/** A candidate profile; fields the UI does not edit travel through unchanged. */
export interface CandidateProfile {
  name: string;
  residenceCountry: string;
  nationality: string;
  skills: CandidateSkill[];
  languages: CandidateLanguage[];
  preferences: Preferences;
  [other: string]: unknown;
}

export interface Candidate {
  id: string;
  profile: CandidateProfile;
  consentedPurposes: ConsentPurpose[];
  consents: { purpose: ConsentPurpose; grantedAt: string; withdrawnAt: string | null }[];
  updatedAt: string;
}

export interface Vacancy {
  title: string;
  employerId: string;
  occupationUri: string;
  essentialSkills: string[];
  optionalSkills: string[];
  languages: { tag: string; minimumLevel: CefrLevel }[];
  country: string;
  city?: string;
  positions: number;
  contractType: 'permanent' | 'fixed_term' | 'seasonal' | 'apprenticeship';
  legalPathway?: string;
  track: Track;
  wage?: { amount: number; currency: string; per: 'hour' | 'month' | 'year' };
}

export interface ProgrammeModule {
  title: string;
  skills: string[];
  hours: number;
}

export interface Programme {
  title: string;
  providerId: string;
  location: 'origin' | 'destination' | 'third_country' | 'online';
  country?: string;
  modules: ProgrammeModule[];
  seats: number;
}

/** API paths of the people area. */
export const peoplePaths = {
  me: () => '/api/candidates/me',
  consent: (purpose: ConsentPurpose) => `/api/candidates/me/consents/${purpose}`,
  exportMine: () => '/api/candidates/me/export',
  vacancies: () => '/api/vacancies',
  skillSuggestions: (occupationUri: string) =>
    `/api/vacancies/skill-suggestions?occupation=${encodeURIComponent(occupationUri)}`,
  programmes: () => '/api/programmes',
};

/** UI routes of the people area. */
export const peopleRoutes = {
  overview: () => '/people',
  profile: () => '/people/profile',
  vacancies: () => '/people/vacancies',
  newVacancy: () => '/people/vacancies/new',
  programmes: () => '/people/programmes',
  newProgramme: () => '/people/programmes/new',
};
