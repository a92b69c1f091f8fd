import type { TFunction } from 'i18next';
import type { MatchExplanation } from './matching-api';
import { languageName } from './names';

/**
 * The one-line summary of a match: essential skills held out of those required, then each
 * required language with the level held against the level asked.
 */
export function reasonLine(e: MatchExplanation, t: TFunction, locale: string): string {
  const { held, partial, missing } = e.essential;
  const total = held.length + partial.length + missing.length;
  const parts: string[] = [];
  if (total > 0)
    parts.push(
      partial.length > 0
        ? t('matching.reason.skillsWithPartial', {
            held: held.length,
            total,
            partial: partial.length,
          })
        : t('matching.reason.skills', { held: held.length, total }),
    );
  for (const l of e.language.languages)
    parts.push(
      l.held
        ? t('matching.reason.language', {
            language: languageName(locale, l.tag),
            held: l.held,
            required: l.required,
          })
        : t('matching.reason.languageMissing', {
            language: languageName(locale, l.tag),
            required: l.required,
          }),
    );
  return parts.join(t('matching.reason.separator'));
}
