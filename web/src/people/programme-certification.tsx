import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { CountrySelect } from './country-select';
import { reasonsFor } from './field-error';
import { numberOrUndefined, SelectField, TextField } from './form-fields';
import type { Certification } from './people-api';

const EQF_LEVELS = ['1', '2', '3', '4', '5', '6', '7', '8'].map((l) => [l, l] as const);

/**
 * The certification a programme leads to. Awarding bodies in two or more countries make it a
 * dual certification (recognised on both sides of the corridor), which the form points out.
 */
export function ProgrammeCertification({
  certification,
  onChange,
  error,
}: {
  certification: Certification | undefined;
  onChange: (certification: Certification | undefined) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const c = certification;
  const bodies = c?.awardingBodies ?? [];
  const dual = new Set(bodies.map((b) => b.country).filter(Boolean)).size >= 2;
  const setBody = (i: number, change: Partial<Certification['awardingBodies'][number]>) =>
    c &&
    onChange({
      ...c,
      awardingBodies: bodies.map((b, j) => (j === i ? { ...b, ...change } : b)),
    });
  return (
    <fieldset className="people-card">
      <legend>{t('people.programme.certification')}</legend>
      <label className="people-inline">
        <input
          type="checkbox"
          checked={c !== undefined}
          onChange={(e) =>
            onChange(
              e.target.checked
                ? { title: '', awardingBodies: [{ name: '', country: '' }] }
                : undefined,
            )
          }
        />{' '}
        {t('people.programme.certified')}
      </label>
      {c && (
        <>
          <TextField
            id="certification-title"
            label={t('people.programme.certificationTitle')}
            value={c.title}
            onChange={(title) => onChange({ ...c, title })}
            reason={reasonsFor(error, 'certification.title')}
          />
          <SelectField
            id="certification-eqf"
            label={t('people.qualifications.eqfLevel')}
            value={c.eqfLevel === undefined ? '' : String(c.eqfLevel)}
            onChange={(v) => onChange({ ...c, eqfLevel: numberOrUndefined(v) })}
            options={EQF_LEVELS}
            blank={t('people.unknown')}
            reason={reasonsFor(error, 'certification.eqfLevel')}
          />
          {bodies.map((b, i) => (
            <fieldset key={i} className="people-entry">
              <legend>{t('people.programme.awardingBody', { n: i + 1 })}</legend>
              <TextField
                id={`certification-body-${i}-name`}
                label={t('people.programme.bodyName')}
                value={b.name}
                onChange={(name) => setBody(i, { name })}
                reason={reasonsFor(error, `certification.awardingBodies.${i}.name`)}
              />
              <CountrySelect
                id={`certification-body-${i}-country`}
                label={t('people.programme.bodyCountry')}
                value={b.country}
                onChange={(country) => setBody(i, { country })}
                reason={reasonsFor(error, `certification.awardingBodies.${i}.country`)}
              />
              {bodies.length > 1 && (
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    onChange({ ...c, awardingBodies: bodies.filter((_, j) => j !== i) })
                  }
                >
                  {t('people.programme.removeBody')}
                </button>
              )}
            </fieldset>
          ))}
          <p className="people-actions">
            <button
              type="button"
              className="button"
              disabled={bodies.length >= 5}
              onClick={() =>
                onChange({ ...c, awardingBodies: [...bodies, { name: '', country: '' }] })
              }
            >
              {t('people.programme.addBody')}
            </button>
            <span role="status">{dual ? t('people.programmes.dual') : ''}</span>
          </p>
        </>
      )}
    </fieldset>
  );
}
