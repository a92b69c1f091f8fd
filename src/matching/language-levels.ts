import type { CandidateLanguage } from '../people/candidates/candidate-profile.js';
import type { CefrLevel } from '../people/profile-fields.js';

/**
 * CEFR levels per language skill, as matching compares them (docs/matching.md#languages). Ranks
 * 1 (A1) to 6 (C2); 0 is "does not speak it" in a person, "not stated" in a requirement.
 */
export const CEFR_SKILLS = [
  'listening',
  'reading',
  'spokenInteraction',
  'spokenProduction',
  'writing',
] as const;
export type CefrSkill = (typeof CEFR_SKILLS)[number];

/** CEFR levels as numbers 1 (A1) to 6 (C2); 0 is "does not speak it". */
export const CEFR_RANK: Record<CefrLevel, number> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6 };

/** A person's levels in one language: overall, and per CEFR skill in {@link CEFR_SKILLS} order. */
export interface HeldLanguage {
  overall: number;
  skills: readonly number[];
}

/**
 * A person's levels in a language from their self-assessment grid: native is C2 throughout;
 * otherwise the overall level is the mean of the skills given, rounded down (the CEFR global
 * scale, not the weakest skill), speaking counts for both spoken interaction and production, and
 * a skill not given is taken at the overall level.
 */
export function heldLanguage(l: CandidateLanguage): HeldLanguage {
  if (l.native) return { overall: 6, skills: CEFR_SKILLS.map(() => 6) };
  const rank = (x: CefrLevel | undefined) => (x ? CEFR_RANK[x] : 0);
  const grid = [l.listening, l.reading, l.speaking, l.speaking, l.writing].map(rank);
  const given = [l.listening, l.reading, l.speaking, l.writing].flatMap((x) =>
    x ? [rank(x)] : [],
  );
  const overall = given.length ? Math.floor(given.reduce((a, b) => a + b, 0) / given.length) : 0;
  return { overall, skills: grid.map((x) => x || overall) };
}

/** The better of two people's levels in a language (a person listing `fr` and `fr-BE`). */
export function betterOf(a: HeldLanguage | undefined, b: HeldLanguage): HeldLanguage {
  if (!a) return b;
  return {
    overall: Math.max(a.overall, b.overall),
    skills: a.skills.map((x, i) => Math.max(x, b.skills[i] ?? 0)),
  };
}

/** A required language as matching reads it: the general minimum, and per CEFR skill (0 unstated). */
export interface RequiredLanguage {
  tag: string;
  minimum: number;
  skills?: readonly number[];
}

/** A vacancy's per-skill levels as ranks ({@link CEFR_SKILLS} order, 0 unstated); none when none stated. */
export function requiredSkills(stated: Partial<Record<CefrSkill, CefrLevel>> | undefined): {
  skills?: number[];
} {
  const ranks = CEFR_SKILLS.map((s) => {
    const level = stated?.[s];
    return level ? CEFR_RANK[level] : 0;
  });
  return ranks.some((r) => r > 0) ? { skills: ranks } : {};
}

/** What a language requirement is measured on: the skill with the largest shortfall, or overall. */
export interface LanguageComparison {
  skill: CefrSkill | null;
  required: number;
  held: number;
}

/**
 * Compares a person with a requirement. Stated per-skill levels are compared skill by skill (the
 * skills that matter for the job) and the one furthest short decides; without them, the general
 * minimum is compared with the person's overall level. Pure.
 */
export function compareLanguage(
  requirement: RequiredLanguage,
  overall: number,
  held: readonly number[] | undefined,
): LanguageComparison {
  let best: LanguageComparison | null = null;
  requirement.skills?.forEach((required, i) => {
    if (required <= 0) return;
    const level = held?.[i] ?? overall;
    if (!best || required - level > best.required - best.held)
      best = { skill: CEFR_SKILLS[i]!, required, held: level };
  });
  return best ?? { skill: null, required: requirement.minimum, held: overall };
}
