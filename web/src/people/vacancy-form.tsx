import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, apiRequest } from '../api/client';
import { taxonomyPaths, type Occupation } from '../api/taxonomy';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../shell/status';
import { reasonsFor } from './field-error';
import { numberOrUndefined } from './form-fields';
import { peoplePaths, peopleRoutes, type Vacancy } from './people-api';
import { rememberSkillLabels } from './skill-name';
import {
  LanguagesAndDescription,
  OccupationSkills,
  PlaceFieldset,
  TermsFieldset,
  type NumberTexts,
  type SkillSuggestions,
  type Wage,
} from './vacancy-fieldsets';

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
  const [wage, setWage] = useState<Wage>(
    initial.wage ?? { amount: 0, currency: 'EUR', per: 'month' },
  );
  const [error, setError] = useState<ApiError | null>(null);
  const { suggested, labelsReady } = useSkillSuggestions(draft.occupationUri);
  const change = (next: Partial<Vacancy>) => setDraft({ ...draft, ...next });
  const reason = (field: string) => reasonsFor(error, field);
  const parts = { draft, change, reason, numbers, setNumbers };

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
      <OccupationSkills {...parts} suggested={suggested} labelsReady={labelsReady} />
      <PlaceFieldset {...parts} />
      <TermsFieldset {...parts} wage={wage} setWage={setWage} />
      <LanguagesAndDescription {...parts} error={error} />
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

/**
 * The skills ESCO suggests for the occupation, once their labels are known: the occupation's
 * record carries them, one request instead of one per skill.
 */
function useSkillSuggestions(occupationUri: string) {
  const suggestions = useApi<SkillSuggestions>(
    occupationUri ? peoplePaths.skillSuggestions(occupationUri) : null,
  );
  const occupation = useApi<Occupation>(
    occupationUri ? taxonomyPaths.occupation(conceptId(occupationUri)) : null,
  );
  if (occupation.status === 'ok') {
    rememberSkillLabels([...occupation.data.essentialSkills, ...occupation.data.optionalSkills]);
  }
  const labelsReady = occupation.status !== 'loading';
  const suggested: SkillSuggestions =
    suggestions.status === 'ok' && labelsReady ? suggestions.data : { essential: [], optional: [] };
  return { suggested, labelsReady };
}
