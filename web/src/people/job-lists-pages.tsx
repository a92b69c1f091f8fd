import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReactNode } from 'react';
import { useApi, type ApiState } from '../api/use-api';
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

/** The link to a record's edit page, named after the record for screen readers. */
function EditLink({ to, name }: { to: string; name: string }) {
  const { t } = useTranslation();
  return (
    <p>
      <Link to={to} aria-label={t('people.editNamed', { name })}>
        {t('people.edit')}
      </Link>
    </p>
  );
}

/** The link to a vacancy's or programme's explained shortlist, named after it for screen readers. */
function ShortlistLink({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  return (
    <p>
      <Link
        to={matchingRoutes.shortlist(id)}
        aria-label={t('matching.shortlist.linkNamed', { name })}
      >
        {t('matching.shortlist.link')}
      </Link>
    </p>
  );
}

/** A page of record cards: title, the link to add one (for those who may), the list or its empty state. */
function CardListPage<R, T extends { id: string }>(props: {
  name: 'vacancies' | 'programmes';
  newLink: { show: boolean; to: string; label: string };
  state: ApiState<R>;
  items: (response: R) => T[];
  card: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = `people-${props.name}-title`;
  return (
    <section aria-labelledby={titleId} className="people-page">
      <title>{`${t(`people.${props.name}.title`)} · ${t('app.name')}`}</title>
      <h1 id={titleId}>{t(`people.${props.name}.title`)}</h1>
      {props.newLink.show && (
        <p>
          <Link className="button primary" to={props.newLink.to}>
            {props.newLink.label}
          </Link>
        </p>
      )}
      <Loaded state={props.state}>
        {(response) =>
          props.items(response).length === 0 ? (
            <p className="empty">{t(`people.${props.name}.none`)}</p>
          ) : (
            <ul className="people-cards">
              {props.items(response).map((item) => (
                <li key={item.id} className="people-card">
                  {props.card(item)}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}

/** /people/vacancies — vacancies, with the employer's link to post one. */
export function VacancyListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const state = useApi<{ vacancies: VacancyRecord[] }>(peoplePaths.vacancies());
  return (
    <CardListPage
      name="vacancies"
      newLink={{
        show: me.memberships.some((m) => m.role === 'employer'),
        to: peopleRoutes.newVacancy(),
        label: t('people.vacancy.new'),
      }}
      state={state}
      items={(r) => r.vacancies}
      card={({ id, vacancy: v }) => (
        <>
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
          {maySeeShortlist(me, v.employerId) && <ShortlistLink id={id} name={v.title} />}
          {actsFor(me, v.employerId, ['employer', 'coordinator']) && (
            <EditLink to={peopleRoutes.editVacancy(id)} name={v.title} />
          )}
        </>
      )}
    />
  );
}

/** /people/programmes — training programmes, with the provider's link to publish one. */
export function ProgrammeListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const state = useApi<{ programmes: ProgrammeRecord[] }>(peoplePaths.programmes());
  return (
    <CardListPage
      name="programmes"
      newLink={{
        show: me.memberships.some((m) => m.role === 'trainer'),
        to: peopleRoutes.newProgramme(),
        label: t('people.programme.new'),
      }}
      state={state}
      items={(r) => r.programmes}
      card={({ id, programme: p, hours, dualCertification }) => (
        <>
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
          {maySeeShortlist(me, p.providerId, 'programme') && (
            <ShortlistLink id={id} name={p.title} />
          )}
          {actsFor(me, p.providerId, ['trainer', 'coordinator']) && (
            <EditLink to={peopleRoutes.editProgramme(id)} name={p.title} />
          )}
        </>
      )}
    />
  );
}
