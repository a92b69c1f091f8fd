import type { TrainingModule } from '../recognition/training-module.js';
import type { LanguageFit } from './score-factors.js';

/** A language a person is short of for an opening, and the modules that teach it. */
export interface LanguageCourse {
  gap: LanguageFit;
  modules: TrainingModule[];
}

const englishName = new Intl.DisplayNames(['en'], { type: 'language' });

/** ESCO's labels of a language and its CEFR-like skills ("French", "write French", …). */
function escoLabels(tag: string): Set<string> {
  const name = englishName.of(tag);
  if (!name || name === tag) return new Set();
  return new Set([
    name,
    `understand spoken ${name}`,
    `understand written ${name}`,
    `interact verbally in ${name}`,
    `write ${name}`,
  ]);
}

/**
 * For each language the person is short of, the cheapest modules (at most `limit`) of the
 * catalogue that teach it: modules naming the ESCO language, or one of its skills, among what
 * they teach. Pure; `labelOf` gives a skill's ESCO preferred label (docs/matching.md#languages).
 */
export function languageCourses(
  languages: readonly LanguageFit[],
  catalogue: readonly TrainingModule[],
  labelOf: (uri: string) => string | undefined,
  limit = 3,
): LanguageCourse[] {
  return languageCoursesFrom(languages, (tag) => modulesTeaching(tag, catalogue, labelOf), limit);
}

/** {@link languageCourses} with the modules teaching each language looked up (cheapest first). */
export function languageCoursesFrom(
  languages: readonly LanguageFit[],
  teaching: (tag: string) => readonly TrainingModule[],
  limit = 3,
): LanguageCourse[] {
  return languages
    .filter((l) => l.held < l.required)
    .map((gap) => ({ gap, modules: teaching(gap.tag).slice(0, limit) }));
}

/** The modules of the catalogue that teach a language, cheapest (then shortest, then by id) first. */
export function modulesTeaching(
  tag: string,
  catalogue: readonly TrainingModule[],
  labelOf: (uri: string) => string | undefined,
): TrainingModule[] {
  const labels = escoLabels(tag);
  return catalogue
    .filter((m) => m.skills.some((s) => labels.has(labelOf(s) ?? '')))
    .sort((a, b) => a.cost - b.cost || a.hours - b.hours || a.id.localeCompare(b.id));
}
