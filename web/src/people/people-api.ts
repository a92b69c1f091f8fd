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

export interface QualificationEntry {
  title: string;
  awardingBody?: string;
  country?: string;
  eqfLevel?: number;
  iscedLevel?: number;
  /** YYYY-MM-DD */
  awardedOn?: string;
  qualificationId?: string;
}

export interface ExperienceEntry {
  title: string;
  occupationUri?: string;
  employer?: string;
  country?: string;
  formal: boolean;
  years?: number;
  startDate?: string;
  endDate?: string;
  description?: string;
}

export interface Availability {
  availableFrom?: string;
  noticeWeeks?: number;
}

/** A candidate profile; fields the UI does not edit travel through unchanged. */
export interface CandidateProfile {
  name: string;
  residenceCountry: string;
  nationality: string;
  skills: CandidateSkill[];
  languages: CandidateLanguage[];
  qualifications: QualificationEntry[];
  experience: ExperienceEntry[];
  preferences: Preferences;
  availability: Availability;
  [other: string]: unknown;
}

/** What a CV import read and what it could not map. */
export interface ImportReport {
  format: string;
  mapped: string[];
  unmapped: { path: string; reason: string }[];
}

export interface Candidate {
  id: string;
  profile: CandidateProfile;
  consentedPurposes: ConsentPurpose[];
  consents: { purpose: ConsentPurpose; grantedAt: string; withdrawnAt: string | null }[];
  updatedAt: string;
}

export const CONTRACT_TYPES = ['permanent', 'fixed_term', 'seasonal', 'apprenticeship'] as const;
export const WAGE_PERIODS = ['hour', 'month', 'year'] as const;

/** The CEFR skills a vacancy may state a level for (src/matching/language-levels.ts). */
export const REQUIRED_CEFR_SKILLS = [
  'listening',
  'reading',
  'spokenInteraction',
  'spokenProduction',
  'writing',
] as const;
export type RequiredCefrSkill = (typeof REQUIRED_CEFR_SKILLS)[number];

export interface LanguageRequirement {
  tag: string;
  minimumLevel: CefrLevel;
  /** Levels for the CEFR skills that matter for the job; matching then compares these. */
  skills?: Partial<Record<RequiredCefrSkill, CefrLevel>>;
}

export interface Money {
  amount: number;
  currency: string;
}

/** A vacancy; fields the form does not edit (partnership, EQF level) travel through unchanged. */
export interface Vacancy {
  title: string;
  employerId: string;
  occupationUri: string;
  essentialSkills: string[];
  optionalSkills: string[];
  languages: LanguageRequirement[];
  country: string;
  city?: string;
  positions: number;
  contractType: (typeof CONTRACT_TYPES)[number];
  contractMonths?: number;
  legalPathway?: string;
  track: Track;
  wage?: Money & { per: (typeof WAGE_PERIODS)[number] };
  postedOn?: string;
  startDate?: string;
  closesOn?: string;
  description?: string;
  [other: string]: unknown;
}

export interface VacancyRecord {
  id: string;
  vacancy: Vacancy;
  updatedAt: string;
}

export interface ProgrammeModule {
  title: string;
  skills: string[];
  hours: number;
  cost?: Money;
}

export interface Certification {
  title: string;
  /** Two or more bodies in different countries make a dual certification. */
  awardingBodies: { name: string; country: string }[];
  eqfLevel?: number;
}

/** A programme; fields the form does not edit (partnership) travel through unchanged. */
export interface Programme {
  title: string;
  providerId: string;
  location: 'origin' | 'destination' | 'third_country' | 'online';
  country?: string;
  city?: string;
  modules: ProgrammeModule[];
  seats: number;
  cost?: Money;
  certification?: Certification;
  startDates: string[];
  description?: string;
  [other: string]: unknown;
}

export interface ProgrammeRecord {
  id: string;
  programme: Programme;
  hours: number;
  dualCertification: boolean;
  updatedAt: string;
}

/** API paths of the people area. */
export const peoplePaths = {
  me: () => '/api/candidates/me',
  consent: (purpose: ConsentPurpose) => `/api/candidates/me/consents/${purpose}`,
  exportMine: () => '/api/candidates/me/export',
  importCv: () => '/api/candidates/me/import',
  candidates: (page: { limit: number; offset: number }) =>
    `/api/candidates?limit=${page.limit}&offset=${page.offset}`,
  vacancies: () => '/api/vacancies',
  vacancy: (id: string) => `/api/vacancies/${encodeURIComponent(id)}`,
  skillSuggestions: (occupationUri: string) =>
    `/api/vacancies/skill-suggestions?occupation=${encodeURIComponent(occupationUri)}`,
  programmes: () => '/api/programmes',
  programme: (id: string) => `/api/programmes/${encodeURIComponent(id)}`,
  countries: () => '/api/taxonomy/countries',
};

/** UI routes of the people area. */
export const peopleRoutes = {
  overview: () => '/people',
  profile: () => '/people/profile',
  importCv: () => '/people/profile/import',
  candidates: () => '/people/candidates',
  vacancies: () => '/people/vacancies',
  newVacancy: () => '/people/vacancies/new',
  editVacancy: (id: string) => `/people/vacancies/${encodeURIComponent(id)}/edit`,
  programmes: () => '/people/programmes',
  newProgramme: () => '/people/programmes/new',
  editProgramme: (id: string) => `/people/programmes/${encodeURIComponent(id)}/edit`,
};

/** A person's enrolment in a programme, with the journeys it opened (GET /api/programmes/:id/enrolments). */
export interface ProgrammeEnrolment {
  id: string;
  programmeId: string;
  candidateId: string;
  name: string;
  enrolledOn: string;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
  completedOn: string | null;
  journeys: { journeyId: string; partnershipId: string; stage: string; status: string }[];
}

/** The paths of a programme's enrolments. */
export const enrolmentPaths = {
  list: (programmeId: string) => `/api/programmes/${programmeId}/enrolments`,
  withdrawal: (programmeId: string, enrolmentId: string) =>
    `/api/programmes/${programmeId}/enrolments/${enrolmentId}/withdrawal`,
};
