import type { RuleViolation } from '../partnerships/rule-violation.js';

/**
 * Pre-departure orientation (docs/journeys-steps.md#orientation): modules per corridor and
 * language, one per topic, each closed by a short check of understanding with a pass mark.
 */

/** The topics every corridor's orientation covers (after the IOM and GFMD guidance). */
export const ORIENTATION_TOPICS = [
  'rights_and_duties',
  'contract',
  'cost_of_living',
  'health_and_social_security',
  'culture_and_language',
  'grievance',
] as const;
export type OrientationTopic = (typeof ORIENTATION_TOPICS)[number];

/** The languages of the interface, and of orientation modules. */
export const ORIENTATION_LANGUAGES = ['en', 'fr', 'ar'] as const;
export type OrientationLanguage = (typeof ORIENTATION_LANGUAGES)[number];

/** One question of a check of understanding: a few choices, one of them right. */
export interface CheckQuestion {
  prompt: string;
  choices: string[];
  /** Index of the right choice. */
  answer: number;
  /** Why that choice is right, shown once the check is answered. */
  explanation: string;
}

/** What an editor writes: the content of one module. */
export interface ModuleContent {
  title: string;
  /** Plain text; paragraphs separated by a blank line. */
  body: string;
  questions: CheckQuestion[];
  /** How many questions must be answered right to pass. */
  passMark: number;
}

/** Where a module belongs: a corridor of a partnership, a topic and a language. */
export interface ModulePlace {
  origin: string;
  destination: string;
  topic: OrientationTopic;
  language: OrientationLanguage;
}

export const MAX_QUESTIONS = 10;
const MAX_CHOICES = 6;

/** The rules of a module's content: questions answerable, pass mark within reach. */
export function moduleViolations(content: ModuleContent): RuleViolation[] {
  const code = 'orientation.invalid_module';
  const violations: RuleViolation[] = [];
  if (content.questions.length === 0 || content.questions.length > MAX_QUESTIONS) {
    violations.push({
      code,
      field: 'questions',
      reason: `must hold between 1 and ${MAX_QUESTIONS} questions`,
    });
  }
  content.questions.forEach((q, i) => {
    if (q.choices.length < 2 || q.choices.length > MAX_CHOICES) {
      violations.push({
        code,
        field: `questions.${i}.choices`,
        reason: `must offer between 2 and ${MAX_CHOICES} choices`,
      });
    } else if (q.answer < 0 || q.answer >= q.choices.length) {
      violations.push({
        code,
        field: `questions.${i}.answer`,
        reason: 'must be the index of one of the choices',
      });
    }
    if (new Set(q.choices.map((c) => c.trim().toLowerCase())).size !== q.choices.length) {
      violations.push({ code, field: `questions.${i}.choices`, reason: 'must all differ' });
    }
  });
  if (content.passMark < 1 || content.passMark > content.questions.length) {
    violations.push({
      code,
      field: 'passMark',
      reason: 'must be between 1 and the number of questions',
    });
  }
  return violations;
}

/** A corridor's module must cross a border. */
export function placeViolations(place: Pick<ModulePlace, 'origin' | 'destination'>) {
  return place.origin === place.destination
    ? [
        {
          code: 'orientation.invalid_corridor',
          field: 'destination',
          reason: 'must differ from the origin',
        },
      ]
    : [];
}

/** A module belongs to one of its partnership's corridors. */
export function corridorViolations(
  place: Pick<ModulePlace, 'origin' | 'destination'>,
  corridors: readonly { origin: string; destination: string }[],
): RuleViolation[] {
  if (place.origin === place.destination) return [];
  return corridors.some((c) => c.origin === place.origin && c.destination === place.destination)
    ? []
    : [
        {
          code: 'orientation.unknown_corridor',
          field: 'destination',
          reason: `${place.origin} → ${place.destination} is not a corridor of the partnership`,
        },
      ];
}

/** The outcome of one attempt at a module's check. */
export interface CheckResult {
  correct: number;
  total: number;
  passMark: number;
  passed: boolean;
  /** Per question: whether it was right, the right choice and why. */
  feedback: { correct: boolean; answer: number; explanation: string }[];
}

/** Marks the answers (one choice index per question, in order) against the module's check. */
export function markCheck(content: ModuleContent, answers: readonly number[]): CheckResult {
  const feedback = content.questions.map((q, i) => ({
    correct: answers[i] === q.answer,
    answer: q.answer,
    explanation: q.explanation,
  }));
  const correct = feedback.filter((f) => f.correct).length;
  return {
    correct,
    total: content.questions.length,
    passMark: content.passMark,
    passed: correct >= content.passMark,
    feedback,
  };
}

/** The answers must answer every question with one of its choices. */
export function answerViolations(
  content: ModuleContent,
  answers: readonly number[],
): RuleViolation[] {
  const code = 'orientation.invalid_answers';
  if (answers.length !== content.questions.length) {
    return [
      {
        code,
        field: 'answers',
        reason: `must answer each of the ${content.questions.length} questions`,
      },
    ];
  }
  return answers.flatMap((a, i) =>
    a < (content.questions[i]?.choices.length ?? 0)
      ? []
      : [{ code, field: `answers.${i}`, reason: 'must be the index of one of the choices' }],
  );
}

/** A module without its answer key, as the person taking it sees it. */
export function withoutAnswers(content: ModuleContent) {
  return {
    title: content.title,
    body: content.body,
    passMark: content.passMark,
    questions: content.questions.map((q) => ({ prompt: q.prompt, choices: q.choices })),
  };
}

/** One topic's passed module, as the completion rule sees it. */
export interface PassedTopic {
  topic: OrientationTopic;
  passedAt: Date;
}

/**
 * Orientation is complete when every topic the corridor offers has a passed check (in any
 * language); the completion date is the last topic's pass. Null while a topic is missing.
 */
export function orientationCompletion(
  offeredTopics: readonly OrientationTopic[],
  passed: readonly PassedTopic[],
): { completedAt: Date } | null {
  if (offeredTopics.length === 0) return null;
  let completedAt = new Date(0);
  for (const topic of offeredTopics) {
    const passes = passed.filter((p) => p.topic === topic);
    if (passes.length === 0) return null;
    const first = passes.reduce((a, b) => (a.passedAt <= b.passedAt ? a : b));
    if (first.passedAt > completedAt) completedAt = first.passedAt;
  }
  return { completedAt };
}

/** The language to show a person: theirs if offered, else English, else the first offered. */
export function pickLanguage(
  preferred: string | null,
  offered: readonly OrientationLanguage[],
): OrientationLanguage | null {
  const wanted = (ORIENTATION_LANGUAGES as readonly string[]).find((l) => l === preferred);
  if (wanted && offered.includes(wanted as OrientationLanguage))
    return wanted as OrientationLanguage;
  if (offered.includes('en')) return 'en';
  return offered[0] ?? null;
}
