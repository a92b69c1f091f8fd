import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { fieldError } from './field-errors';
import { OccupationCombobox, type ChosenOccupation } from './occupation-combobox';
import type { EvaluateRequest, Qualification } from './recognition-api';

export interface Country {
  alpha2: string;
  name: string;
}

/** What the evaluate form asks; `toRequest` turns it into the API's body. */
export interface EvaluateDraft {
  qualificationIds: string[];
  country: string;
  occupation: ChosenOccupation | null;
  months: string;
  experienceCountry: string;
}

export const emptyDraft: EvaluateDraft = {
  qualificationIds: [],
  country: '',
  occupation: null,
  months: '',
  experienceCountry: '',
};

/** The client's own checks, in the server's field names, so errors land on the same fields. */
export function draftProblems(d: EvaluateDraft): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  if (!d.country) problems.push({ field: 'target.country', reason: 'required' });
  if (!d.occupation) problems.push({ field: 'target.occupation', reason: 'choose_occupation' });
  if (d.months && !(Number.isInteger(Number(d.months)) && Number(d.months) >= 0))
    problems.push({ field: 'experience.months', reason: 'not_whole_number' });
  if (d.months && !d.experienceCountry)
    problems.push({ field: 'experience.country', reason: 'required' });
  return problems;
}

export function toRequest(d: EvaluateDraft): EvaluateRequest {
  const occupation = d.occupation?.uri ?? '';
  const months = Number(d.months);
  return {
    target: { country: d.country, occupation },
    qualificationIds: d.qualificationIds,
    experience:
      d.months && months > 0 ? [{ occupation, country: d.experienceCountry, months }] : [],
  };
}

function FieldError({ id, reason }: { id: string; reason: string | undefined }) {
  return reason ? (
    <p id={id} className="field-error">
      {reason}
    </p>
  ) : null;
}

/** Qualifications held, the target (country + occupation) and optional experience. */
export function EvaluateForm({
  qualifications,
  countries,
  submitting,
  error,
  onSubmit,
}: {
  qualifications: Qualification[];
  countries: Country[];
  submitting: boolean;
  error: ApiError | null;
  onSubmit: (draft: EvaluateDraft) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<EvaluateDraft>(emptyDraft);
  const set = (patch: Partial<EvaluateDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const reason = (...names: string[]) => {
    const r = fieldError(error, ...names);
    return r && t(`recognition.errors.${r}`, { defaultValue: r });
  };
  const qualificationsError = reason('qualificationIds');
  const countryError = reason('target.country', 'target', 'country');
  const occupationError = reason('target.occupation', 'occupation');
  const monthsError = reason('experience.months', 'experience');
  const experienceCountryError = reason('experience.country');

  const toggle = (id: string, on: boolean) =>
    set({
      qualificationIds: on
        ? [...draft.qualificationIds, id]
        : draft.qualificationIds.filter((q) => q !== id),
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(draft);
  };

  const countryOptions = countries.map((c) => (
    <option key={c.alpha2} value={c.alpha2}>
      {c.name} ({c.alpha2})
    </option>
  ));

  return (
    <form className="recognition-form" onSubmit={submit} noValidate aria-labelledby="evaluate-form">
      <h2 id="evaluate-form">{t('recognition.evaluateForm')}</h2>
      <fieldset
        className="field"
        aria-invalid={qualificationsError ? true : undefined}
        aria-describedby={qualificationsError ? 'eval-qualifications-error' : undefined}
      >
        <legend>{t('recognition.qualificationsHeld')}</legend>
        <p className="meta">{t('recognition.qualificationsHint')}</p>
        <ul className="checkbox-list">
          {qualifications.map((q) => (
            <li key={q.id}>
              <label>
                <input
                  type="checkbox"
                  name="qualification"
                  value={q.id}
                  checked={draft.qualificationIds.includes(q.id)}
                  onChange={(e) => toggle(q.id, e.target.checked)}
                />
                <span>
                  {q.title} <span className="meta">({q.country})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <FieldError id="eval-qualifications-error" reason={qualificationsError} />
      </fieldset>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="eval-country">{t('recognition.targetCountry')}</label>
          <select
            id="eval-country"
            value={draft.country}
            onChange={(e) => set({ country: e.target.value })}
            aria-invalid={countryError ? true : undefined}
            aria-describedby={countryError ? 'eval-country-error' : undefined}
          >
            <option value="">{t('recognition.chooseCountry')}</option>
            {countryOptions}
          </select>
          <FieldError id="eval-country-error" reason={countryError} />
        </div>
        <OccupationCombobox
          id="eval-occupation"
          label={t('recognition.targetOccupation')}
          value={draft.occupation}
          onChange={(occupation) => set({ occupation })}
          error={occupationError}
        />
      </div>
      <fieldset className="field">
        <legend>{t('recognition.experience')}</legend>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="eval-months">{t('recognition.experienceMonths')}</label>
            <input
              id="eval-months"
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              value={draft.months}
              onChange={(e) => set({ months: e.target.value })}
              aria-invalid={monthsError ? true : undefined}
              aria-describedby={monthsError ? 'eval-months-error' : undefined}
            />
            <FieldError id="eval-months-error" reason={monthsError} />
          </div>
          <div className="field">
            <label htmlFor="eval-experience-country">{t('recognition.experienceCountry')}</label>
            <select
              id="eval-experience-country"
              value={draft.experienceCountry}
              onChange={(e) => set({ experienceCountry: e.target.value })}
              aria-invalid={experienceCountryError ? true : undefined}
              aria-describedby={
                experienceCountryError ? 'eval-experience-country-error' : undefined
              }
            >
              <option value="">{t('recognition.chooseCountry')}</option>
              {countryOptions}
            </select>
            <FieldError id="eval-experience-country-error" reason={experienceCountryError} />
          </div>
        </div>
      </fieldset>
      <button type="submit" className="button primary" disabled={submitting}>
        {submitting ? t('recognition.evaluating') : t('recognition.evaluate')}
      </button>
    </form>
  );
}
