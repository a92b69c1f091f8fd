import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { CountrySelect } from './country-select';
import { reasonsFor } from './field-error';
import { numberOrUndefined, TextField, textOrUndefined } from './form-fields';
import { OccupationPicker } from './occupation-picker';
import type { ExperienceEntry } from './people-api';

/** One work experience: job, ESCO occupation, employer, country, formal or not, dates. */
function ExperienceEditor({
  index,
  entry,
  onChange,
  onRemove,
  error,
}: {
  index: number;
  entry: ExperienceEntry;
  onChange: (change: Partial<ExperienceEntry>) => void;
  onRemove: () => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const at = `experience.${index}`;
  const id = `experience-${index}`;
  return (
    <fieldset className="people-entry">
      <legend>{t('people.experience.entry', { n: index + 1 })}</legend>
      <TextField
        id={`${id}-title`}
        label={t('people.experience.jobTitle')}
        value={entry.title}
        onChange={(title) => onChange({ title })}
        reason={reasonsFor(error, `${at}.title`)}
      />
      <OccupationPicker
        id={`${id}-occupation`}
        label={t('people.experience.occupation')}
        uri={entry.occupationUri}
        onChange={(o) => onChange({ occupationUri: o?.uri })}
        error={reasonsFor(error, `${at}.occupationUri`)}
      />
      <TextField
        id={`${id}-employer`}
        label={t('people.experience.employer')}
        value={entry.employer ?? ''}
        onChange={(v) => onChange({ employer: textOrUndefined(v) })}
        reason={reasonsFor(error, `${at}.employer`)}
      />
      <CountrySelect
        id={`${id}-country`}
        label={t('people.experience.country')}
        value={entry.country ?? ''}
        onChange={(v) => onChange({ country: textOrUndefined(v) })}
        reason={reasonsFor(error, `${at}.country`)}
        optional
      />
      <label className="people-inline">
        <input
          type="checkbox"
          checked={entry.formal}
          onChange={(e) => onChange({ formal: e.target.checked })}
        />{' '}
        {t('people.experience.formal')}
      </label>
      <div className="people-pair">
        <TextField
          id={`${id}-start`}
          type="date"
          label={t('people.experience.startDate')}
          value={entry.startDate ?? ''}
          onChange={(v) => onChange({ startDate: textOrUndefined(v) })}
          reason={reasonsFor(error, `${at}.startDate`)}
        />
        <TextField
          id={`${id}-end`}
          type="date"
          label={t('people.experience.endDate')}
          value={entry.endDate ?? ''}
          onChange={(v) => onChange({ endDate: textOrUndefined(v) })}
          reason={reasonsFor(error, `${at}.endDate`)}
        />
      </div>
      <TextField
        id={`${id}-years`}
        numeric
        label={t('people.experience.years')}
        value={entry.years === undefined ? '' : String(entry.years)}
        onChange={(v) => onChange({ years: numberOrUndefined(v) })}
        reason={reasonsFor(error, `${at}.years`)}
      />
      <TextField
        id={`${id}-description`}
        multiline
        label={t('people.experience.description')}
        value={entry.description ?? ''}
        onChange={(v) => onChange({ description: textOrUndefined(v) })}
        reason={reasonsFor(error, `${at}.description`)}
      />
      <button type="button" className="button" onClick={onRemove}>
        {t('people.experience.remove')}
      </button>
    </fieldset>
  );
}

/** The candidate's work experience, formal and informal, newest first as they enter it. */
export function ProfileExperience({
  experience,
  onChange,
  error,
}: {
  experience: ExperienceEntry[];
  onChange: (experience: ExperienceEntry[]) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="people-experience" className="people-card">
      <h2 id="people-experience">{t('people.experience.title')}</h2>
      {experience.length === 0 && <p className="empty">{t('people.experience.none')}</p>}
      {experience.map((entry, i) => (
        <ExperienceEditor
          // Removing an entry remounts the rest: each occupation picker keeps its own label.
          key={`${i}/${experience.length}`}
          index={i}
          entry={entry}
          error={error}
          onChange={(change) =>
            onChange(experience.map((e, j) => (j === i ? { ...e, ...change } : e)))
          }
          onRemove={() => onChange(experience.filter((_, j) => j !== i))}
        />
      ))}
      <button
        type="button"
        className="button"
        onClick={() => onChange([...experience, { title: '', formal: true }])}
      >
        {t('people.experience.add')}
      </button>
    </section>
  );
}
