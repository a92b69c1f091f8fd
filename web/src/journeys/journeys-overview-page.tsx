import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/auth-context';
import { journeyRoutes } from './journeys-api';

/** Roles that see a partnership's cohort (the server decides which partnerships). */
export const COHORT_VIEWER_ROLES = ['admin', 'coordinator', 'analyst', 'trainer'];

/** /journeys — where each role starts: one's own journey, the cohort view, one's employees. */
export function JourneysOverviewPage() {
  const { t } = useTranslation();
  const roles = new Set<string>(useMe().memberships.map((m) => m.role));
  const links = [
    ...(roles.has('candidate') ? [['mine', journeyRoutes.mine()] as const] : []),
    ...(COHORT_VIEWER_ROLES.some((r) => roles.has(r))
      ? [['cohort', journeyRoutes.cohort()] as const]
      : []),
    ...(roles.has('employer') ? [['employees', journeyRoutes.employees()] as const] : []),
  ];
  return (
    <section aria-labelledby="journeys-title" className="journeys-page">
      <title>{`${t('areas.journeys.label')} · ${t('app.name')}`}</title>
      <h1 id="journeys-title">{t('areas.journeys.label')}</h1>
      <p>{t('journeys.intro')}</p>
      {links.length === 0 ? (
        <p className="empty">{t('journeys.nothingForYou')}</p>
      ) : (
        <ul className="journey-cards">
          {links.map(([key, to]) => (
            <li key={key} className="journey-card">
              <h2>
                <Link to={to}>{t(`journeys.overview.${key}`)}</Link>
              </h2>
              <p>{t(`journeys.overview.${key}Summary`)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
