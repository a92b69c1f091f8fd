/** Types and paths of the orientation API (src/journeys/orientation*.routes.ts). */

export const ORIENTATION_TOPICS = [
  'rights_and_duties',
  'contract',
  'cost_of_living',
  'health_and_social_security',
  'culture_and_language',
  'grievance',
] as const;
export type OrientationTopic = (typeof ORIENTATION_TOPICS)[number];

export const ORIENTATION_LANGUAGES = ['en', 'fr', 'ar'] as const;
export type OrientationLanguage = (typeof ORIENTATION_LANGUAGES)[number];

export interface CheckQuestion {
  prompt: string;
  choices: string[];
  answer: number;
  explanation: string;
}

/** What an editor writes (saveOrientationModule). */
export interface ModuleInput {
  origin: string;
  destination: string;
  topic: OrientationTopic;
  language: OrientationLanguage;
  title: string;
  body: string;
  questions: CheckQuestion[];
  passMark: number;
}

/** A module as its editors see it (listOrientationModules). */
export interface OrientationModule extends ModuleInput {
  id: string;
  partnershipId: string;
  version: number;
  updatedAt: string;
}

/** A module as the person taking it sees it: no answer key. */
export interface ModuleToTake {
  id: string;
  topic: OrientationTopic;
  language: OrientationLanguage;
  version: number;
  title: string;
  body: string;
  passMark: number;
  questions: { prompt: string; choices: string[] }[];
}

export interface OrientationProgress {
  topics: { topic: OrientationTopic; attempts: number; best: number; passedAt: string | null }[];
  completedAt: string | null;
}

/** getJourneyOrientation. */
export interface JourneyOrientation {
  origin: string;
  destination: string;
  language: OrientationLanguage | null;
  languages: OrientationLanguage[];
  modules: ModuleToTake[];
  progress: OrientationProgress;
}

/** answerOrientationCheck. */
export interface CheckResult {
  correct: number;
  total: number;
  passMark: number;
  passed: boolean;
  feedback: { correct: boolean; answer: number; explanation: string }[];
  progress: OrientationProgress;
}

export const orientationPaths = {
  modules: (partnershipId: string) => `/api/partnerships/${partnershipId}/orientation-modules`,
  module: (partnershipId: string, moduleId: string) =>
    `/api/partnerships/${partnershipId}/orientation-modules/${moduleId}`,
  journey: (journeyId: string, language?: string) =>
    `/api/journeys/${journeyId}/orientation${language ? `?language=${language}` : ''}`,
  answers: (journeyId: string, moduleId: string) =>
    `/api/journeys/${journeyId}/orientation/modules/${moduleId}/answers`,
};
