import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../api/use-api';
import { useMe } from '../auth/auth-context';
import { Loaded } from '../shell/status';
import { peoplePaths, type Programme, type ProgrammeRecord } from './people-api';
import { ProgrammeEnrolments } from './programme-enrolments';
import { ProgrammeForm } from './programme-form';

/** /people/programmes/new — a training provider publishes a programme mapped to skills. */
export function ProgrammeFormPage() {
  const { t } = useTranslation();
  const me = useMe();
  const home = me.memberships.find((m) => m.role === 'trainer') ?? me.memberships[0];
  const initial: Programme = {
    title: '',
    providerId: home?.organisationId ?? '',
    location: 'origin',
    country: home?.country,
    modules: [],
    seats: 20,
    startDates: [],
  };
  return (
    <section aria-labelledby="people-programme-title" className="people-page">
      <title>{`${t('people.programme.new')} · ${t('app.name')}`}</title>
      <h1 id="people-programme-title">{t('people.programme.new')}</h1>
      <ProgrammeForm initial={initial} />
    </section>
  );
}

/**
 * /people/programmes/:id/edit — the provider changes a programme (the API checks it is theirs)
 * and enrols people in it.
 */
export function ProgrammeEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useApi<ProgrammeRecord>(peoplePaths.programme(id));
  return (
    <section aria-labelledby="people-programme-title" className="people-page">
      <title>{`${t('people.programme.edit')} · ${t('app.name')}`}</title>
      <h1 id="people-programme-title">{t('people.programme.edit')}</h1>
      <Loaded state={state}>
        {(record) => (
          <>
            <ProgrammeForm
              key={record.id}
              id={record.id}
              initial={{ ...record.programme, startDates: record.programme.startDates ?? [] }}
            />
            <ProgrammeEnrolments programmeId={record.id} />
          </>
        )}
      </Loaded>
    </section>
  );
}
