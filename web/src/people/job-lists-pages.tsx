import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/use-api';
import type { Me } from '../api/auth';
import { useMe } from '../auth/auth-context';
import { Loaded } from '../shell/status';
import { matchingRoutes, maySeeShortlist } from '../matching/matching-api';
import { peoplePaths, peopleRoutes, type ProgrammeRecord, type VacancyRecord } from './people-api';

/** Whether the user may change an organisation's record: the API's rule, to offer the link. */
const actsFor = (me: Me, organisationId: string, roles: string[]) =>
  me.memberships.some(
    (m) => m.role === 'admin' || (m.organisationId === organisationId && roles.includes(m.role)),
  );

/** /people/vacancies — vacancies, with the employer's link to post one. */
export function VacancyListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const state = useApi<{ vacancies: VacancyRecord[] }>(peoplePaths.vacancies());
  return (
    <section aria-labelledby="people-vacancies-title" className="people-page">
      <title>{`${t('people.vacancies.title')} · ${t('app.name')}`}</title>
      <h1 id="people-vacancies-title">{t('people.vacancies.title')}</h1>
      {me.memberships.some((m) => m.role === 'employer') && (
        <p>
          <Link className="button primary" to={peopleRoutes.newVacancy()}>
            {t('people.vacancy.new')}
          </Link>
        </p>
      )}
      <Loaded state={state}>
        {({ vacancies }) =>
          vacancies.length === 0 ? (
            <p className="empty">{t('people.vacancies.none')}</p>
          ) : (
            <ul className="people-cards">
              {vacancies.map(({ id, vacancy: v }) => (
                <li key={id} className="people-card">
                  <h2>{v.title}</h2>
                  <p>
                    {v.city ? `${v.city}, ` : ''}
                    {v.country} · <span className="badge">{t(`people.tracks.${v.track}`)}</span> ·{' '}
                    {t('people.vacancies.positions', { count: v.positions })}
                  </p>
                  <p>
                    {t('people.vacancies.skills', {
                      essential: v.essentialSkills.length,
                      optional: v.optionalSkills.length,
                    })}
                    {v.languages.length > 0 &&
                      ` · ${v.languages.map((l) => `${l.tag} ${l.minimumLevel}`).join(', ')}`}
                  </p>
                  <p>
                    {t(`people.contracts.${v.contractType}`)}
                    {v.wage &&
                      ` · ${t('people.vacancies.wage', {
                        amount: v.wage.amount,
                        currency: v.wage.currency,
                        per: t(`people.periods.${v.wage.per}`),
                      })}`}
                    {v.startDate && ` · ${t('people.vacancies.starts', { date: v.startDate })}`}
                    {v.closesOn && ` · ${t('people.vacancies.closes', { date: v.closesOn })}`}
                  </p>
                  {maySeeShortlist(me, v.employerId) && (
                    <p>
                      <Link
                        to={matchingRoutes.shortlist(id)}
                        aria-label={t('matching.shortlist.linkNamed', { name: v.title })}
                      >
                        {t('matching.shortlist.link')}
                      </Link>
                    </p>
                  )}
                  {actsFor(me, v.employerId, ['employer', 'coordinator']) && (
                    <p>
                      <Link
                        to={peopleRoutes.editVacancy(id)}
                        aria-label={t('people.editNamed', { name: v.title })}
                      >
                        {t('people.edit')}
                      </Link>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}

/** /people/programmes — training programmes, with the provider's link to publish one. */
export function ProgrammeListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const state = useApi<{ programmes: ProgrammeRecord[] }>(peoplePaths.programmes());
  return (
    <section aria-labelledby="people-programmes-title" className="people-page">
      <title>{`${t('people.programmes.title')} · ${t('app.name')}`}</title>
      <h1 id="people-programmes-title">{t('people.programmes.title')}</h1>
      {me.memberships.some((m) => m.role === 'trainer') && (
        <p>
          <Link className="button primary" to={peopleRoutes.newProgramme()}>
            {t('people.programme.new')}
          </Link>
        </p>
      )}
      <Loaded state={state}>
        {({ programmes }) =>
          programmes.length === 0 ? (
            <p className="empty">{t('people.programmes.none')}</p>
          ) : (
            <ul className="people-cards">
              {programmes.map(({ id, programme: p, hours, dualCertification }) => (
                <li key={id} className="people-card">
                  <h2>{p.title}</h2>
                  <p>
                    {p.country ?? t(`people.locations.${p.location}`)} ·{' '}
                    {t('people.programmes.summary', {
                      modules: p.modules.length,
                      hours,
                      seats: p.seats,
                    })}
                    {dualCertification && (
                      <>
                        {' '}
                        · <span className="badge">{t('people.programmes.dual')}</span>
                      </>
                    )}
                  </p>
                  {(p.cost || p.startDates.length > 0) && (
                    <p>
                      {p.cost &&
                        t('people.programmes.cost', {
                          amount: p.cost.amount,
                          currency: p.cost.currency,
                        })}
                      {p.cost && p.startDates.length > 0 && ' · '}
                      {p.startDates.length > 0 &&
                        t('people.programmes.starts', { dates: p.startDates.join(', ') })}
                    </p>
                  )}
                  {actsFor(me, p.providerId, ['trainer', 'coordinator']) && (
                    <p>
                      <Link
                        to={peopleRoutes.editProgramme(id)}
                        aria-label={t('people.editNamed', { name: p.title })}
                      >
                        {t('people.edit')}
                      </Link>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
