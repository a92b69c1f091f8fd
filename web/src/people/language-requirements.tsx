import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { reasonsFor } from './field-error';
import { SelectField, TextField } from './form-fields';
import { CEFR_LEVELS, type CefrLevel, type LanguageRequirement } from './people-api';

const LEVEL_OPTIONS = CEFR_LEVELS.map((l) => [l, l] as const);

/** The languages a vacancy requires, each with its minimum CEFR level (A1 … C2). */
export function LanguageRequirements({
  languages,
  onChange,
  error,
}: {
  languages: LanguageRequirement[];
  onChange: (languages: LanguageRequirement[]) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const update = (i: number, change: Partial<LanguageRequirement>) =>
    onChange(languages.map((l, j) => (j === i ? { ...l, ...change } : l)));
  return (
    <fieldset className="people-choices">
      <legend>{t('people.vacancy.languages')}</legend>
      {languages.map((l, i) => (
        <fieldset key={i} className="people-entry">
          <legend>{t('people.vacancy.language', { n: i + 1 })}</legend>
          <div className="people-pair">
            <TextField
              id={`vacancy-language-${i}-tag`}
              label={t('people.languages.tag')}
              hint={t('people.languages.tagHint')}
              value={l.tag}
              onChange={(tag) => update(i, { tag: tag.trim() })}
              reason={reasonsFor(error, `languages.${i}.tag`)}
            />
            <SelectField
              id={`vacancy-language-${i}-level`}
              label={t('people.vacancy.minimumLevel')}
              value={l.minimumLevel}
              onChange={(v) => update(i, { minimumLevel: v as CefrLevel })}
              options={LEVEL_OPTIONS}
              reason={reasonsFor(error, `languages.${i}.minimumLevel`)}
            />
          </div>
          <button
            type="button"
            className="button"
            onClick={() => onChange(languages.filter((_, j) => j !== i))}
          >
            {t('people.vacancy.removeLanguage')}
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button"
          onClick={() => onChange([...languages, { tag: '', minimumLevel: 'B1' }])}
        >
          {t('people.languages.add')}
        </button>
      </p>
    </fieldset>
  );
}
