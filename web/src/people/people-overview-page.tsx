import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/auth-context';
import { CANDIDATE_VIEWER_ROLES } from './candidate-list-page';
import { peopleRoutes } from './people-api';

/** /people — where each role starts: the candidate's profile, vacancies, programmes. */
export function PeopleOverviewPage() {
  const { t } = useTranslation();
  const roles = new Set<string>(useMe().memberships.map((m) => m.role));
  const links = [
    ...(roles.has('candidate') ? [['profile', peopleRoutes.profile()] as const] : []),
    ...(CANDIDATE_VIEWER_ROLES.some((r) => roles.has(r))
      ? [['candidates', peopleRoutes.candidates()] as const]
      : []),
    ['vacancies', peopleRoutes.vacancies()] as const,
    ['programmes', peopleRoutes.programmes()] as const,
  ];
  return (
    <section aria-labelledby="people-title" className="people-page">
      <title>{`${t('areas.people.label')} · ${t('app.name')}`}</title>
      <h1 id="people-title">{t('areas.people.label')}</h1>
      <p>{t('people.intro')}</p>
      <ul className="people-cards">
        {links.map(([key, to]) => (
          <li key={key} className="people-card">
            <h2>
              <Link to={to}>{t(`people.overview.${key}`)}</Link>
            </h2>
            <p>{t(`people.overview.${key}Summary`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
