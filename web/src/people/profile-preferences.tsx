import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { TRACKS, type Preferences } from './people-api';
import { FieldError, reasonsFor } from './field-error';

const splitCodes = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);

/** Tracks and destination countries the candidate is interested in. */
export function ProfilePreferences({
  preferences,
  onChange,
  error,
}: {
  preferences: Preferences;
  onChange: (preferences: Preferences) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="people-preferences" className="people-card">
      <h2 id="people-preferences">{t('people.preferences.title')}</h2>
      <fieldset>
        <legend>{t('people.preferences.tracks')}</legend>
        {TRACKS.map((track) => (
          <label key={track} className="people-inline">
            <input
              type="checkbox"
              checked={preferences.tracks.includes(track)}
              onChange={(e) =>
                onChange({
                  ...preferences,
                  tracks: e.target.checked
                    ? [...preferences.tracks, track]
                    : preferences.tracks.filter((x) => x !== track),
                })
              }
            />{' '}
            {t(`people.tracks.${track}`)}
          </label>
        ))}
        <FieldError reason={reasonsFor(error, 'preferences.tracks')} />
      </fieldset>
      <div className="field">
        <label htmlFor="people-destinations">{t('people.preferences.destinations')}</label>
        <input
          id="people-destinations"
          type="text"
          defaultValue={preferences.destinationCountries.join(', ')}
          onBlur={(e) =>
            onChange({ ...preferences, destinationCountries: splitCodes(e.target.value) })
          }
          aria-invalid={reasonsFor(error, 'preferences.destinationCountries') ? true : undefined}
        />
        <FieldError reason={reasonsFor(error, 'preferences.destinationCountries')} />
      </div>
    </section>
  );
}
