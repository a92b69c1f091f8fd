import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../api/use-api';
import { useMe } from '../auth/auth-context';
import { Loaded } from '../shell/status';
import { peoplePaths, type Vacancy, type VacancyRecord } from './people-api';
import { VacancyForm } from './vacancy-form';

/** /people/vacancies/new — an employer posts a vacancy, starting from ESCO's skills. */
export function VacancyFormPage() {
  const { t } = useTranslation();
  const me = useMe();
  const home = me.memberships.find((m) => m.role === 'employer') ?? me.memberships[0];
  const initial: Vacancy = {
    title: '',
    employerId: home?.organisationId ?? '',
    occupationUri: '',
    essentialSkills: [],
    optionalSkills: [],
    languages: [],
    country: home?.country ?? '',
    positions: 1,
    contractType: 'fixed_term',
    track: 'away',
  };
  return (
    <section aria-labelledby="people-vacancy-title" className="people-page">
      <title>{`${t('people.vacancy.new')} · ${t('app.name')}`}</title>
      <h1 id="people-vacancy-title">{t('people.vacancy.new')}</h1>
      <VacancyForm initial={initial} />
    </section>
  );
}

/** /people/vacancies/:id/edit — the employer changes a vacancy (the API checks it is theirs). */
export function VacancyEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useApi<VacancyRecord>(peoplePaths.vacancy(id));
  return (
    <section aria-labelledby="people-vacancy-title" className="people-page">
      <title>{`${t('people.vacancy.edit')} · ${t('app.name')}`}</title>
      <h1 id="people-vacancy-title">{t('people.vacancy.edit')}</h1>
      <Loaded state={state}>
        {(record) => <VacancyForm key={record.id} id={record.id} initial={record.vacancy} />}
      </Loaded>
    </section>
  );
}
