import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { CatalogueQualificationSelect } from './catalogue-qualification';
import { CountrySelect } from './country-select';
import { reasonsFor } from './field-error';
import { numberOrUndefined, SelectField, TextField, textOrUndefined } from './form-fields';
import type { QualificationEntry } from './people-api';

const EQF_LEVELS = ['1', '2', '3', '4', '5', '6', '7', '8'].map((l) => [l, l] as const);

/** The qualifications the candidate holds: title, awarding body, country, EQF level, catalogue entry, date. */
export function ProfileQualifications({
  qualifications,
  onChange,
  error,
}: {
  qualifications: QualificationEntry[];
  onChange: (qualifications: QualificationEntry[]) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const update = (i: number, change: Partial<QualificationEntry>) =>
    onChange(qualifications.map((q, j) => (j === i ? { ...q, ...change } : q)));
  return (
    <section aria-labelledby="people-qualifications" className="people-card">
      <h2 id="people-qualifications">{t('people.qualifications.title')}</h2>
      {qualifications.length === 0 && <p className="empty">{t('people.qualifications.none')}</p>}
      {qualifications.map((q, i) => {
        const at = `qualifications.${i}`;
        const id = `qualification-${i}`;
        return (
          <fieldset key={i} className="people-entry">
            <legend>{t('people.qualifications.entry', { n: i + 1 })}</legend>
            <TextField
              id={`${id}-title`}
              label={t('people.qualifications.name')}
              value={q.title}
              onChange={(title) => update(i, { title })}
              reason={reasonsFor(error, `${at}.title`)}
            />
            <TextField
              id={`${id}-body`}
              label={t('people.qualifications.awardingBody')}
              value={q.awardingBody ?? ''}
              onChange={(v) => update(i, { awardingBody: textOrUndefined(v) })}
              reason={reasonsFor(error, `${at}.awardingBody`)}
            />
            <CountrySelect
              id={`${id}-country`}
              label={t('people.qualifications.country')}
              value={q.country ?? ''}
              onChange={(v) => update(i, { country: textOrUndefined(v) })}
              reason={reasonsFor(error, `${at}.country`)}
              optional
            />
            <SelectField
              id={`${id}-eqf`}
              label={t('people.qualifications.eqfLevel')}
              value={q.eqfLevel === undefined ? '' : String(q.eqfLevel)}
              onChange={(v) => update(i, { eqfLevel: numberOrUndefined(v) })}
              options={EQF_LEVELS}
              blank={t('people.unknown')}
              reason={reasonsFor(error, `${at}.eqfLevel`)}
            />
            <CatalogueQualificationSelect
              id={`${id}-catalogue`}
              value={q.qualificationId}
              onChange={(qualificationId) => update(i, { qualificationId })}
              reason={reasonsFor(error, `${at}.qualificationId`)}
            />
            <TextField
              id={`${id}-awarded`}
              type="date"
              label={t('people.qualifications.awardedOn')}
              value={q.awardedOn ?? ''}
              onChange={(v) => update(i, { awardedOn: textOrUndefined(v) })}
              reason={reasonsFor(error, `${at}.awardedOn`)}
            />
            <button
              type="button"
              className="button"
              onClick={() => onChange(qualifications.filter((_, j) => j !== i))}
            >
              {t('people.qualifications.remove')}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button"
        onClick={() => onChange([...qualifications, { title: '' }])}
      >
        {t('people.qualifications.add')}
      </button>
    </section>
  );
}
