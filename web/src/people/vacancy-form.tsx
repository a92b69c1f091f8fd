import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, apiRequest } from '../api/client';
import { taxonomyPaths, type Occupation } from '../api/taxonomy';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../shell/status';
import { CountrySelect } from './country-select';
import { FieldError, reasonsFor } from './field-error';
import { numberOrUndefined, SelectField, TextField, textOrUndefined } from './form-fields';
import { LanguageRequirements } from './language-requirements';
import { OccupationPicker } from './occupation-picker';
import {
  CONTRACT_TYPES,
  peoplePaths,
  peopleRoutes,
  TRACKS,
  WAGE_PERIODS,
  type Track,
  type Vacancy,
} from './people-api';
import { SkillChoices } from './skill-choices';
import { rememberSkillLabels } from './skill-name';

/** Numbers as typed (a half-typed `17.` must survive); converted when sending. */
interface NumberTexts {
  positions: string;
  contractMonths: string;
  wageAmount: string;
}

const unique = (...lists: string[][]) => [...new Set(lists.flat())];
const conceptId = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

/** The vacancy to send: the draft with its typed numbers, and a wage only when an amount is. */
function toVacancy(draft: Vacancy, numbers: NumberTexts, wage: Vacancy['wage']): Vacancy {
  const amount = numberOrUndefined(numbers.wageAmount);
  const rest: Vacancy = { ...draft };
  delete rest.wage;
  return {
    ...rest,
    positions: numberOrUndefined(numbers.positions) ?? Number.NaN,
    contractMonths: numberOrUndefined(numbers.contractMonths),
    ...(amount === undefined || !wage ? {} : { wage: { ...wage, amount } }),
  };
}

/**
 * The employer's vacancy form, to post one or change it: occupation first (ESCO's essential and
 * optional skills are suggested from it), then place, contract, wage, dates and languages.
 */
export function VacancyForm({ id, initial }: { id?: string; initial: Vacancy }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Vacancy>(initial);
  const [numbers, setNumbers] = useState<NumberTexts>({
    positions: String(initial.positions),
    contractMonths: initial.contractMonths === undefined ? '' : String(initial.contractMonths),
    wageAmount: initial.wage ? String(initial.wage.amount) : '',
  });
  const [wage, setWage] = useState<NonNullable<Vacancy['wage']>>(
    initial.wage ?? { amount: 0, currency: 'EUR', per: 'month' },
  );
  const [error, setError] = useState<ApiError | null>(null);
  const suggestions = useApi<{ essential: string[]; optional: string[] }>(
    draft.occupationUri ? peoplePaths.skillSuggestions(draft.occupationUri) : null,
  );
  // The occupation's record carries its skills' labels: one request instead of one per skill.
  const occupation = useApi<Occupation>(
    draft.occupationUri ? taxonomyPaths.occupation(conceptId(draft.occupationUri)) : null,
  );
  if (occupation.status === 'ok') {
    rememberSkillLabels([...occupation.data.essentialSkills, ...occupation.data.optionalSkills]);
  }
  const labelsReady = occupation.status !== 'loading';
  const suggested =
    suggestions.status === 'ok' && labelsReady ? suggestions.data : { essential: [], optional: [] };
  const change = (next: Partial<Vacancy>) => setDraft({ ...draft, ...next });
  const toggle = (field: 'essentialSkills' | 'optionalSkills') => (uri: string) =>
    change({
      [field]: draft[field].includes(uri)
        ? draft[field].filter((u) => u !== uri)
        : [...draft[field], uri],
    });
  const reason = (field: string) => reasonsFor(error, field);
  const text = (field: 'title' | 'city' | 'legalPathway', required = false) => (
    <TextField
      id={`vacancy-${field}`}
      label={t(`people.vacancy.${field}`)}
      value={draft[field] ?? ''}
      onChange={(v) => change({ [field]: required ? v : textOrUndefined(v) })}
      reason={reason(field)}
    />
  );
  const date = (field: 'postedOn' | 'startDate' | 'closesOn') => (
    <TextField
      id={`vacancy-${field}`}
      type="date"
      label={t(`people.vacancy.${field}`)}
      value={draft[field] ?? ''}
      onChange={(v) => change({ [field]: textOrUndefined(v) })}
      reason={reason(field)}
    />
  );
  const number = (field: keyof NumberTexts, label: string, at: string) => (
    <TextField
      id={`vacancy-${field}`}
      numeric
      label={label}
      value={numbers[field]}
      onChange={(v) => setNumbers({ ...numbers, [field]: v })}
      reason={reason(at)}
    />
  );

  const submit = async () => {
    setError(null);
    try {
      await apiRequest(id ? peoplePaths.vacancy(id) : peoplePaths.vacancies(), {
        method: id ? 'PUT' : 'POST',
        body: toVacancy(draft, numbers, wage),
      });
      void navigate(peopleRoutes.vacancies());
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) }));
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {error && error.fields.length === 0 && <ProblemMessage error={error} />}
      <div className="people-card">
        {text('title', true)}
        <OccupationPicker
          id="vacancy-occupation"
          label={t('people.vacancy.occupation')}
          uri={draft.occupationUri || undefined}
          onChange={(o) => {
            change({
              occupationUri: o?.uri ?? '',
              essentialSkills: [],
              optionalSkills: [],
              ...(o && !draft.title ? { title: o.label } : {}),
            });
          }}
          error={reason('occupationUri')}
        />
        {suggested.essential.length > 0 && (
          <p>
            <button
              type="button"
              className="button"
              onClick={() => change({ essentialSkills: unique(suggested.essential) })}
            >
              {t('people.vacancy.takeEssentials')}
            </button>
          </p>
        )}
        <SkillChoices
          title={t('people.vacancy.essentialSkills')}
          uris={labelsReady ? unique(suggested.essential, draft.essentialSkills) : []}
          chosen={new Set(draft.essentialSkills)}
          onToggle={toggle('essentialSkills')}
        />
        <FieldError reason={reason('essentialSkills')} />
        <SkillChoices
          title={t('people.vacancy.optionalSkills')}
          uris={labelsReady ? unique(suggested.optional, draft.optionalSkills) : []}
          chosen={new Set(draft.optionalSkills)}
          onToggle={toggle('optionalSkills')}
        />
        <FieldError reason={reason('optionalSkills')} />
      </div>
      <fieldset className="people-card">
        <legend>{t('people.vacancy.place')}</legend>
        <CountrySelect
          id="vacancy-country"
          label={t('people.vacancy.country')}
          value={draft.country}
          onChange={(country) => change({ country })}
          reason={reason('country')}
        />
        {text('city')}
        {number('positions', t('people.vacancy.positions'), 'positions')}
        <SelectField
          id="vacancy-track"
          label={t('people.vacancy.track')}
          value={draft.track}
          onChange={(v) => change({ track: v as Track })}
          options={TRACKS.map((tr) => [tr, t(`people.tracks.${tr}`)] as const)}
          reason={reason('track')}
        />
        {text('legalPathway')}
      </fieldset>
      <fieldset className="people-card">
        <legend>{t('people.vacancy.terms')}</legend>
        <SelectField
          id="vacancy-contract"
          label={t('people.vacancy.contractType')}
          value={draft.contractType}
          onChange={(v) => change({ contractType: v as Vacancy['contractType'] })}
          options={CONTRACT_TYPES.map((c) => [c, t(`people.contracts.${c}`)] as const)}
          reason={reason('contractType')}
        />
        {number('contractMonths', t('people.vacancy.contractMonths'), 'contractMonths')}
        <fieldset className="people-choices">
          <legend>{t('people.vacancy.wage')}</legend>
          <div className="people-pair">
            {number('wageAmount', t('people.vacancy.wageAmount'), 'wage.amount')}
            <TextField
              id="vacancy-wage-currency"
              label={t('people.vacancy.currency')}
              value={wage.currency}
              onChange={(v) => setWage({ ...wage, currency: v.trim().toUpperCase() })}
              reason={reason('wage.currency')}
            />
            <SelectField
              id="vacancy-wage-per"
              label={t('people.vacancy.per')}
              value={wage.per}
              onChange={(v) => setWage({ ...wage, per: v as (typeof WAGE_PERIODS)[number] })}
              options={WAGE_PERIODS.map((p) => [p, t(`people.periods.${p}`)] as const)}
              reason={reason('wage.per')}
            />
          </div>
        </fieldset>
        <div className="people-pair">
          {date('postedOn')}
          {date('startDate')}
          {date('closesOn')}
        </div>
      </fieldset>
      <div className="people-card">
        <LanguageRequirements
          languages={draft.languages}
          onChange={(languages) => change({ languages })}
          error={error}
        />
        <TextField
          id="vacancy-description"
          multiline
          label={t('people.vacancy.description')}
          value={draft.description ?? ''}
          onChange={(v) => change({ description: textOrUndefined(v) })}
          reason={reason('description')}
        />
      </div>
      <p className="people-actions">
        <button type="submit" className="button primary">
          {id ? t('people.vacancy.save') : t('people.vacancy.post')}
        </button>
        {error && error.fields.length > 0 && (
          <span className="field-error" role="alert">
            {t('people.fixFields')}
          </span>
        )}
      </p>
    </form>
  );
}
