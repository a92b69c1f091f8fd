import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { CountryList } from './country-select';
import { FieldError, reasonsFor } from './field-error';
import { TextField } from './form-fields';
import { TRACKS, type Preferences } from './people-api';

const splitWords = (text: string) =>
  text
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);

/** Tracks, destination countries and sectors the candidate is interested in. */
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
  // The text as typed; the list is what is saved (commas are typed before the next word).
  const [sectors, setSectors] = useState(preferences.sectors.join(', '));
  return (
    <section aria-labelledby="people-preferences" className="people-card">
      <h2 id="people-preferences">{t('people.preferences.title')}</h2>
      <fieldset className="people-choices">
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
      <CountryList
        id="people-destinations"
        label={t('people.preferences.destinations')}
        values={preferences.destinationCountries}
        onChange={(destinationCountries) => onChange({ ...preferences, destinationCountries })}
        reason={reasonsFor(error, 'preferences.destinationCountries')}
      />
      <TextField
        id="people-sectors"
        label={t('people.preferences.sectors')}
        hint={t('people.preferences.sectorsHint')}
        value={sectors}
        onChange={(text) => {
          setSectors(text);
          onChange({ ...preferences, sectors: splitWords(text) });
        }}
        reason={reasonsFor(error, 'preferences.sectors')}
      />
    </section>
  );
}
