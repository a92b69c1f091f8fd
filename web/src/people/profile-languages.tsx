import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { CEFR_LEVELS, CEFR_SKILLS, type CandidateLanguage, type CefrLevel } from './people-api';
import { FieldError, reasonsFor } from './field-error';

/** The profile's languages with the CEFR self-assessment grid (listening … writing). */
export function ProfileLanguages({
  languages,
  onChange,
  error,
}: {
  languages: CandidateLanguage[];
  onChange: (languages: CandidateLanguage[]) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const [tag, setTag] = useState('');
  const update = (i: number, change: Partial<CandidateLanguage>) =>
    onChange(languages.map((l, j) => (j === i ? { ...l, ...change } : l)));
  return (
    <section aria-labelledby="people-languages" className="people-card">
      <h2 id="people-languages">{t('people.languages.title')}</h2>
      {languages.map((l, i) => (
        <fieldset key={`${l.tag}-${i}`} className="people-language">
          <legend>{l.tag}</legend>
          <label className="people-inline">
            <input
              type="checkbox"
              checked={l.native}
              onChange={(e) => update(i, { native: e.target.checked })}
            />{' '}
            {t('people.languages.native')}
          </label>
          {!l.native && (
            <div className="people-cefr">
              {CEFR_SKILLS.map((skill) => (
                <label key={skill}>
                  {t(`people.languages.${skill}`)}
                  <select
                    value={l[skill] ?? ''}
                    onChange={(e) =>
                      update(i, { [skill]: (e.target.value || undefined) as CefrLevel | undefined })
                    }
                  >
                    <option value="">–</option>
                    {CEFR_LEVELS.map((level) => (
                      <option key={level}>{level}</option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          )}
          <button
            type="button"
            className="button"
            onClick={() => onChange(languages.filter((_, j) => j !== i))}
          >
            {t('people.remove')}
          </button>
          <FieldError reason={reasonsFor(error, `languages.${i}`)} />
        </fieldset>
      ))}
      <div className="field people-row">
        <label htmlFor="people-new-language">{t('people.languages.tag')}</label>
        <input
          id="people-new-language"
          type="text"
          value={tag}
          onChange={(e) => setTag(e.target.value)}
          placeholder="fr, en, ar, nl-BE"
        />
        <button
          type="button"
          className="button"
          disabled={tag.trim() === ''}
          onClick={() => {
            onChange([...languages, { tag: tag.trim(), native: false }]);
            setTag('');
          }}
        >
          {t('people.languages.add')}
        </button>
      </div>
    </section>
  );
}
